package app.bravo.admin;

import java.io.IOException;

/**
 * Raised while an API request's body is read once it passes the limit ({@code bravo.api.max-body-size});
 * the API's error handling answers 413 when it finds this among the causes of a failed read.
 */
public final class ApiBodyTooLarge extends IOException {

    private final long limit;

    ApiBodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
