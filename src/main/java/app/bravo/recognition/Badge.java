package app.bravo.recognition;

import app.bravo.shared.time.CompanyCalendar.Month;
import org.jspecify.annotations.Nullable;

/**
 * A badge a person holds. A value champion's badge names the value and the company month, and how
 * many kudos with that value the person received in it; the other badges carry none of these.
 */
public record Badge(BadgeKind kind, @Nullable Long valueId, @Nullable String valueName, @Nullable Month month,
                    long kudos) {

    public static Badge of(BadgeKind kind) {
        return new Badge(kind, null, null, null, 0);
    }
}
