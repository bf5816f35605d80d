package app.bravo.shared.upload;

import app.bravo.shared.UserError;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload service's checks and cleaning, without a database. */
class UploadsTest {

    static byte[] image(String format, int w, int h, boolean alpha) throws IOException {
        var img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(30, 120, 200, alpha ? 128 : 255));
        g.fillRect(0, 0, w / 2, h);
        g.dispose();
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A JPEG with a comment segment right after its start marker, as cameras write EXIF there. */
    static byte[] jpegWithComment(int w, int h, String comment) throws IOException {
        byte[] jpeg = image("jpeg", w, h, false);
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        int length = text.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(text);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static final ImageRules RULES = new ImageRules("test", 1024 * 1024, 512);

    @Test
    void a_photo_is_scaled_down_and_re_encoded_without_its_metadata() throws IOException {
        byte[] original = jpegWithComment(1200, 800, "GPS 35.6892N 51.3890E secret-comment");
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("secret-comment");

        Uploads.Cleaned cleaned = Uploads.clean(original, RULES);

        assertThat(cleaned.contentType()).isEqualTo("image/jpeg");
        assertThat(cleaned.width()).isEqualTo(512);
        assertThat(cleaned.height()).isEqualTo(341);
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("secret-comment");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        assertThat(back.getWidth()).isEqualTo(512);
    }

    @Test
    void trailing_bytes_after_an_image_do_not_survive() throws IOException {
        byte[] png = image("png", 64, 64, true);
        byte[] polyglot = new byte[png.length + 40];
        System.arraycopy(png, 0, polyglot, 0, png.length);
        byte[] script = "<script>alert('x')</script>".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(script, 0, polyglot, png.length, script.length);

        Uploads.Cleaned cleaned = Uploads.clean(polyglot, RULES);

        assertThat(cleaned.contentType()).isEqualTo("image/png");
        assertThat(cleaned.width()).isEqualTo(64); // never scaled up
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>");
    }

    @Test
    void the_type_comes_from_the_content_not_the_name() throws IOException {
        byte[] gif = image("gif", 40, 20, false);
        assertThat(Uploads.clean(gif, RULES).contentType()).isIn("image/jpeg", "image/png");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Uploads.clean(html, RULES))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("upload.image.not-image"));
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Uploads.clean(svg, RULES))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("upload.image.not-image"));
    }

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() {
        byte[] big = new byte[RULES.maxBytes() + 1];
        assertThatThrownBy(() -> Uploads.clean(big, RULES))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("upload.image.too-large"));
    }

    @Test
    void a_small_file_that_claims_a_huge_picture_is_refused_before_it_is_decoded() throws IOException {
        byte[] png = image("png", 8, 8, false);
        // IHDR width and height (big-endian ints at offsets 16 and 20): 100000 x 100000 pixels
        byte[] bomb = png.clone();
        for (int offset : new int[] {16, 20}) {
            bomb[offset] = 0;
            bomb[offset + 1] = 0x01;
            bomb[offset + 2] = (byte) 0x86;
            bomb[offset + 3] = (byte) 0xA0;
        }
        var crc = new java.util.zip.CRC32();
        crc.update(bomb, 12, 17); // the chunk type and its 13 bytes of data
        long c = crc.getValue();
        for (int i = 0; i < 4; i++) {
            bomb[29 + i] = (byte) (c >> (24 - 8 * i));
        }
        assertThatThrownBy(() -> Uploads.clean(bomb, RULES))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.key()).isEqualTo("upload.image.too-many-pixels"));
    }

    @Test
    void keys_are_random_and_url_safe() {
        assertThat(Uploads.isKey("abcdefghijABCDEFGHIJ-_")).isTrue();
        assertThat(Uploads.isKey("../../etc/passwd......")).isFalse();
        assertThat(Uploads.isKey("short")).isFalse();
    }
}
