package app.bravo.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of big wins, newest first, and where the next page starts (null: there is none). */
public record BigWinSlice(List<BigWin> items, @Nullable BigWinCursor next) {
}
