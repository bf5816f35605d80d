package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section a feature adds to a person's profile (customer praise, kudos received, badges). Each
 * is a Spring bean; the profile shows them in order.
 */
public interface ProfileCard {

    int order();

    /** The section for the person with this id, or empty when there is nothing to show. */
    Optional<Component> create(long personId);
}
