package app.bravo.shared.upload;

import java.time.Instant;

/** A stored file's bytes and how to serve them. */
public record StoredFile(String key, String purpose, String contentType, byte[] content, Instant createdAt) {

    /** The file name offered in Content-Disposition: the purpose and the type's usual extension. */
    public String fileName() {
        String ext = switch (contentType) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
        return purpose + "-" + key + ext;
    }
}
