package app.bravo.shared.upload;

/** An image as stored: its key (the address), the type it is served as, its size in pixels and bytes. */
public record StoredImage(String key, String contentType, int width, int height, int sizeBytes) {

    /** The address to show it at, relative to the application's root (Vaadin's base). */
    public String url() {
        return Uploads.url(key);
    }
}
