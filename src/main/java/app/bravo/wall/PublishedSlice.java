package app.bravo.wall;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Some published notes, newest first, and where the next ones start ({@code next} null: no more). */
public record PublishedSlice(List<NoteView> notes, @Nullable PublishedKey next) {
}
