package app.bravo.people;

import app.bravo.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's profile. */
public record PersonDetails(long id, String displayName, String email, @Nullable String jobTitle,
                            @Nullable Long departmentId, @Nullable String departmentName,
                            @Nullable Long managerId, @Nullable String managerName,
                            @Nullable LocalDate hireDate, boolean active, Set<Role> roles,
                            List<PersonSummary> directReports) {
}
