package app.bravo.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A big-win nomination as the nominator fills it in: who it celebrates, the award level, the
 * company values it shows and the words. Big wins are celebrations, so there is no private flag.
 */
public record BigWinForm(List<Long> recipientIds, @Nullable Long awardLevelId, List<Long> valueIds, String message) {

    public BigWinForm {
        recipientIds = List.copyOf(recipientIds);
        valueIds = List.copyOf(valueIds);
    }
}
