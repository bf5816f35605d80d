package app.bravo.people;

import app.bravo.security.Role;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a person. A blank password leaves the current one unchanged
 * (or, for a new person, leaves the account without a password until one is set).
 */
public record PersonForm(String email, String displayName, @Nullable String jobTitle,
                         @Nullable Long departmentId, @Nullable Long managerId, @Nullable LocalDate hireDate,
                         Set<Role> roles, @Nullable String password) {
}
