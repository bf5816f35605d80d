package app.bravo.wall;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of published notes and, when there are more, the cursor that reads the next page. */
public record WallSlice<T>(List<T> items, @Nullable WallCursor next) {

    public WallSlice {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <U> WallSlice<U> map(Function<? super T, ? extends U> f) {
        return new WallSlice<>(items.stream().<U>map(f).toList(), next);
    }
}
