package app.bravo.recognition;

import app.bravo.shared.upload.Uploads;
import org.jspecify.annotations.Nullable;

/** A giver or recipient as a kudos shows them: name and photo. */
public record KudosPerson(long id, String name, @Nullable String photoKey) {

    /** The address of the person's photo, if they uploaded one. */
    public @Nullable String photoUrl() {
        return photoKey == null ? null : Uploads.url(photoKey);
    }
}
