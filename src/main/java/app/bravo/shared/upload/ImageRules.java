package app.bravo.shared.upload;

/**
 * What an image upload may be, per use: its purpose (recorded with the file), the largest file
 * accepted, and the longest side the stored image is scaled down to.
 */
public record ImageRules(String purpose, int maxBytes, int maxSide) {

    /** Profile photos: up to 5 MB in, at most 512 pixels a side out (an avatar never shows larger). */
    public static final ImageRules PHOTO = new ImageRules("photo", 5 * 1024 * 1024, 512);

    /** The largest picture decoded at all, in pixels, whatever its file size (a "decompression bomb" guard). */
    public static final long MAX_PIXELS = 40_000_000L;

    public ImageRules {
        if (purpose.isBlank() || purpose.length() > 40 || maxBytes <= 0 || maxSide < 16) {
            throw new IllegalArgumentException("Bad image rules: " + purpose);
        }
    }
}
