package app.bravo.people;

import app.bravo.shared.upload.Uploads;
import org.jspecify.annotations.Nullable;

/** What the signed-in person sees on their settings page. */
public record MySettings(long personId, String displayName, String email, String language, String theme,
                         @Nullable String aboutMe, @Nullable String photoKey) {

    public @Nullable String photoUrl() {
        return photoKey == null ? null : Uploads.url(photoKey);
    }
}
