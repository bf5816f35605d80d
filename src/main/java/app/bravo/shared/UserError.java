package app.bravo.shared;

import java.util.Arrays;

/**
 * A rule of the domain that the user's input broke. Its message is a key of the translation
 * bundles, so that every view can show it in the user's language; it never carries a stack trace
 * to the screen.
 */
public class UserError extends RuntimeException {

    private final transient Object[] args;

    public UserError(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.args = args.clone();
    }

    public String key() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "UserError[" + getMessage() + Arrays.toString(args) + "]";
    }
}
