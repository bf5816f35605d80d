package app.bravo.shell;

import com.vaadin.flow.component.Component;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the router's refusal looks like in a browserless test: the navigation ends on Bravo's
 * "access denied" page (or, for no one signed in, on the sign-in page) instead of the view asked
 * for. Any other exception is a crash, not a refusal.
 */
public final class ErrorPages {

    /** The page the router shows a signed-in person who may not open a route. */
    public static final Class<? extends Component> DENIED = ErrorViews.Denied.class;
    /** The page the router shows for a route or a thing that does not exist. */
    public static final Class<? extends Component> MISSING = ErrorViews.Missing.class;

    private ErrorPages() {
    }

    /** Asserts that navigating to {@code view} ended on the access-denied page. */
    public static void assertDenied(ThrowingCallable navigation, Class<? extends Component> view) {
        assertEndedOn(navigation, view, DENIED);
    }

    /** Asserts that navigating to {@code view} ended on {@code page} instead, and nothing else went wrong. */
    public static void assertEndedOn(ThrowingCallable navigation, Class<? extends Component> view, Class<? extends Component> page) {
        assertThatThrownBy(navigation).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Navigation resulted in unexpected class " + page.getName() + " instead of " + view.getName());
    }
}
