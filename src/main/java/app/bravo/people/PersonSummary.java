package app.bravo.people;

import app.bravo.shared.upload.Uploads;
import org.jspecify.annotations.Nullable;

/** A row of the directory. */
public record PersonSummary(long id, String displayName, String email, @Nullable String jobTitle,
                            @Nullable String departmentName, boolean active, @Nullable String photoKey) {

    /** A row without a photo. */
    public PersonSummary(long id, String displayName, String email, @Nullable String jobTitle,
                         @Nullable String departmentName, boolean active) {
        this(id, displayName, email, jobTitle, departmentName, active, null);
    }

    /** The address of the person's photo, if they uploaded one. */
    public @Nullable String photoUrl() {
        return photoKey == null ? null : Uploads.url(photoKey);
    }
}
