package app.bravo.recognition;

import app.bravo.shared.time.CompanyCalendar.Month;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The two leaderboards of a company month, for the whole company or one department with its
 * sub-departments: who received the most recognition and who gave the most. {@code youOptedOut}
 * tells the reader that they chose not to appear.
 */
public record Leaderboards(Month month, @Nullable Long departmentId, List<LeaderboardEntry> received,
                           List<LeaderboardEntry> given, boolean youOptedOut) {
}
