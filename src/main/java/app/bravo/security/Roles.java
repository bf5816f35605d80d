package app.bravo.security;

/**
 * The role names and the security expressions built from them, in one place so that views
 * ({@code @RolesAllowed}) and services ({@code @PreAuthorize}) say the same thing. Roles add up:
 * every active person is an EMPLOYEE, and an HR person holds both EMPLOYEE and HR.
 */
public final class Roles {

    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String MANAGER = "MANAGER";
    public static final String MODERATOR = "MODERATOR";
    public static final String HR = "HR";
    public static final String ADMIN = "ADMIN";
    /** Not a person's role: what an integration holding an API token may do (the REST API). */
    public static final String API_CLIENT = "API_CLIENT";

    public static final String IS_EMPLOYEE = "hasRole('EMPLOYEE')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_HR = "hasRole('HR')";
    public static final String IS_HR_OR_ADMIN = "hasAnyRole('HR','ADMIN')";
    public static final String IS_MODERATOR_OR_ADMIN = "hasAnyRole('MODERATOR','ADMIN')";
    public static final String IS_API_CLIENT = "hasRole('API_CLIENT')";
    public static final String IS_EMPLOYEE_OR_API_CLIENT = "hasAnyRole('EMPLOYEE','API_CLIENT')";

    /** The authorities of an API token's scopes (app.bravo.admin.ApiScope). */
    public static final String SCOPE_FEEDBACK_INTAKE = "SCOPE_feedback:write";
    public static final String SCOPE_WALL_READ = "SCOPE_wall:read";
    public static final String SCOPE_RECOGNITION_READ = "SCOPE_recognition:read";
    public static final String IS_FEEDBACK_INTAKE = "hasRole('API_CLIENT') and hasAuthority('" + SCOPE_FEEDBACK_INTAKE + "')";
    public static final String IS_EMPLOYEE_OR_WALL_READER = "hasRole('EMPLOYEE') or (hasRole('API_CLIENT') and hasAuthority('"
            + SCOPE_WALL_READ + "'))";

    private Roles() {
    }
}
