package app.bravo.admin;

/** A token just made: {@code token} is shown to the administrator this once and is kept nowhere. */
public record NewApiToken(long id, long integrationId, String name, String token) {

    @Override
    public String toString() {
        return "NewApiToken[" + id + ", " + name + "]";
    }
}
