package app.bravo.shared.upload;

import java.io.IOException;

/** Test images for other packages' tests. */
public final class UploadsTestImages {

    private UploadsTestImages() {
    }

    public static byte[] image(String format, int w, int h, boolean alpha) throws IOException {
        return UploadsTest.image(format, w, h, alpha);
    }

    public static byte[] jpegWithComment(int w, int h, String comment) throws IOException {
        return UploadsTest.jpegWithComment(w, h, comment);
    }
}
