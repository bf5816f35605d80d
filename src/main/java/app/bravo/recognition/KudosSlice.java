package app.bravo.recognition;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of the recognition feed and, when there are more, the cursor that reads the next page. */
public record KudosSlice<T>(List<T> items, @Nullable KudosCursor next) {

    public KudosSlice {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <U> KudosSlice<U> map(Function<? super T, ? extends U> f) {
        return new KudosSlice<>(items.stream().<U>map(f).toList(), next);
    }
}
