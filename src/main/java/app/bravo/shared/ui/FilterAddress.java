package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list view's filters kept in its address ({@code /wall?channel=CHAT&from=2025-01-01}), so that a
 * bookmark, a reload or a shared link shows the same list. The view reads the fields from the
 * address on navigation ({@link #apply}), and when the reader changes a filter the address follows
 * without a new history entry ({@link #changed}). Nonsense in an address is ignored, never an error.
 * One per view.
 */
public final class FilterAddress implements Serializable {

    private boolean applying;

    /**
     * Sets the filter fields from the address; their change listeners see {@link #changed} do
     * nothing meanwhile, so the view reloads once, afterwards, as it chooses.
     */
    public void apply(Location location, Consumer<Parameters> setFields) {
        quietly(() -> setFields.accept(new Parameters(location.getQueryParameters().getParameters())));
    }

    /** Changes several fields as one (clearing them all, say): {@link #changed} ignores each. */
    public void quietly(Runnable change) {
        applying = true;
        try {
            change.run();
        } finally {
            applying = false;
        }
    }

    /**
     * A filter changed by the reader: the browser's address becomes {@code address} and
     * {@code then} runs (the reload); does nothing while {@link #apply} or {@link #quietly} runs.
     */
    public void changed(Component view, String address, Runnable then) {
        if (applying) {
            return;
        }
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address));
        then.run();
    }

    /** The address of {@code path} with these filters; parameters whose value is null are left out. */
    public static Query query(String path) {
        return new Query(path);
    }

    /** An address being built: {@code FilterAddress.query("kudos").with("value", id).address()}. */
    public static final class Query {

        private final String path;
        private final Map<String, String> parameters = new LinkedHashMap<>();

        private Query(String path) {
            this.path = path;
        }

        /** Adds the parameter when the value is set (its {@code toString}, an enum's name). */
        public Query with(String name, @Nullable Object value) {
            if (value != null) {
                parameters.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
            }
            return this;
        }

        /** The path with its query, as the browser's address shows it. */
        public String address() {
            return new Location(path, QueryParameters.simple(parameters)).getPathWithQueryParameters();
        }
    }

    /** An address's query parameters, read leniently: a value that does not parse is absent. */
    public record Parameters(Map<String, List<String>> all) {

        /** The first value of this name that is not blank. */
        public Optional<String> text(String name) {
            return all.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
        }

        public Optional<Long> number(String name) {
            return parsed(name, Long::parseLong);
        }

        /** An enum constant by its name, in any case. */
        public <E extends Enum<E>> Optional<E> option(String name, Class<E> type) {
            return parsed(name, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
        }

        /** An ISO date ({@code 2025-01-31}). */
        public Optional<LocalDate> date(String name) {
            return parsed(name, LocalDate::parse);
        }

        private <T> Optional<T> parsed(String name, Function<String, T> parse) {
            return text(name).flatMap(v -> {
                try {
                    return Optional.of(parse.apply(v.strip()));
                } catch (IllegalArgumentException | DateTimeException e) {
                    return Optional.empty();
                }
            });
        }
    }
}
