package app.bravo.admin;

/**
 * A screen just made: {@code secret} (and the address {@code path} built from it) is shown to the
 * administrator this once and is kept nowhere.
 */
public record NewKioskToken(long id, String name, String secret) {

    /** The screen's address, relative to the application's root. */
    public String path() {
        return "kiosk/" + secret;
    }

    @Override
    public String toString() {
        return "NewKioskToken[" + id + ", " + name + "]";
    }
}
