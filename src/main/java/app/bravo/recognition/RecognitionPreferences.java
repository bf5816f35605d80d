package app.bravo.recognition;

import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * A person's own recognition choices: whether they appear on leaderboards, and whether the feed
 * celebrates their birthday (only then is the day kept; the year never is).
 */
public record RecognitionPreferences(boolean hiddenFromLeaderboards, boolean celebrateBirthday, @Nullable MonthDay birthday) {

    public static final RecognitionPreferences DEFAULT = new RecognitionPreferences(false, false, null);
}
