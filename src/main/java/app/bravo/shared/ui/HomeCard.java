package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card a feature adds to the home page (the wall, today's note, kudos, open pulses). Each is a
 * Spring bean; the home page shows the cards the signed-in person may see, in order.
 */
public interface HomeCard {

    /** Where the card stands; lower comes first. */
    int order();

    /** The card for the signed-in person, or empty when it has nothing for them. */
    Optional<Component> create();
}
