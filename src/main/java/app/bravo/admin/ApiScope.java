package app.bravo.admin;

import app.bravo.security.Roles;

/**
 * What an API token may do (DESIGN section 3). An administrator picks them when making a token;
 * each request path of the API needs one (see {@link ApiSecurityConfig}), so a token made for
 * feedback intake reads nothing else. The names are stored in {@code api_token_scope}.
 */
public enum ApiScope {

    /** {@code POST /api/v1/feedback} and the state of the notes this integration posted. */
    FEEDBACK_INTAKE(Roles.SCOPE_FEEDBACK_INTAKE),
    /** {@code GET /api/v1/wall}: the published notes. */
    WALL_READ(Roles.SCOPE_WALL_READ),
    /** {@code GET /api/v1/kudos}: the public recognition feed, when it comes. */
    RECOGNITION_READ(Roles.SCOPE_RECOGNITION_READ);

    private final String authority;

    ApiScope(String authority) {
        this.authority = authority;
    }

    /** The granted authority a request with such a token carries, e.g. {@code SCOPE_feedback:write}. */
    public String authority() {
        return authority;
    }
}
