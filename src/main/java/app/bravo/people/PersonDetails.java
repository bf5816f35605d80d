package app.bravo.people;

import app.bravo.security.Role;
import app.bravo.shared.upload.Uploads;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person's profile. Job title and department are the directory's; "about me" and the photo are the person's own. */
public record PersonDetails(long id, String displayName, String email, @Nullable String jobTitle,
                            @Nullable Long departmentId, @Nullable String departmentName,
                            @Nullable Long managerId, @Nullable String managerName,
                            @Nullable LocalDate hireDate, boolean active, Set<Role> roles,
                            List<PersonSummary> directReports, @Nullable String aboutMe, @Nullable String photoKey) {

    /** The address of the person's photo, if they uploaded one. */
    public @Nullable String photoUrl() {
        return photoKey == null ? null : Uploads.url(photoKey);
    }
}
