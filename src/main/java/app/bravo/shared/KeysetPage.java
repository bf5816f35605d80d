package app.bravo.shared;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list read by keyset (time, then id) and, when there are more, the
 * {@link KeysetToken} just after its last row: the comment threads of the wall and of the
 * recognition feed page this way.
 */
public record KeysetPage<T>(List<T> items, @Nullable KeysetToken next) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    /**
     * A page from rows read with a limit of {@code size + 1}: the extra row only says that there is a
     * next page, which starts after the last row kept.
     */
    public static <T> KeysetPage<T> of(List<T> rows, int size, Function<? super T, KeysetToken> key) {
        if (rows.size() <= size) {
            return new KeysetPage<>(rows, null);
        }
        List<T> kept = rows.subList(0, size);
        return new KeysetPage<>(kept, key.apply(kept.getLast()));
    }

    public boolean hasNext() {
        return next != null;
    }

    public <U> KeysetPage<U> map(Function<? super T, ? extends U> f) {
        return new KeysetPage<>(items.stream().<U>map(f).toList(), next);
    }
}
