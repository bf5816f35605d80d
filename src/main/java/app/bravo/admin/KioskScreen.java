package app.bravo.admin;

import java.util.Set;

/** What an office screen with a valid token shows: its settings, never its secret. */
public record KioskScreen(long id, String name, int rotationSeconds, Set<Long> departments) {
}
