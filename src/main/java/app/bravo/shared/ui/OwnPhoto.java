package app.bravo.shared.ui;

import java.util.Optional;

/** The signed-in person's photo, for the shell's avatar menu; the people feature keeps it. */
public interface OwnPhoto {

    /** The address of the signed-in person's photo, if they uploaded one. */
    Optional<String> url();
}
