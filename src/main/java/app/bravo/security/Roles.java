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

    public static final String IS_EMPLOYEE = "hasRole('EMPLOYEE')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_HR_OR_ADMIN = "hasAnyRole('HR','ADMIN')";

    private Roles() {
    }
}
