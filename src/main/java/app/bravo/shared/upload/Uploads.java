package app.bravo.shared.upload;

import app.bravo.shared.UserError;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one upload service. An image is accepted only if its bytes are one (the JDK's ImageIO
 * readers recognise PNG, JPEG, GIF and BMP by their magic bytes; the file name and the browser's
 * type are never trusted), within the size limits of its {@link ImageRules}; it is then decoded,
 * scaled down to the rules' longest side and encoded afresh as PNG (if it has transparency) or
 * JPEG, so that nothing of the original file survives: no EXIF (location, camera), no comments,
 * no trailing payload. Files are stored in the database under a random 128-bit key.
 * <p>
 * Not a {@code @Service}: the shared kernel knows no roles. The feature service that calls it
 * (with its own {@code @PreAuthorize}) decides who may upload, and its transaction covers the write.
 */
@Component
public class Uploads {

    private static final Set<String> IMAGE_FORMATS = Set.of("png", "jpeg", "gif", "bmp");
    private static final float JPEG_QUALITY = 0.86f;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    Uploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The address a stored file is served at, relative to the application's root. */
    public static String url(String key) {
        return "files/" + key;
    }

    /**
     * Checks, cleans and stores an image; the caller's transaction covers the write.
     *
     * @throws UserError {@code upload.image.too-large}, {@code upload.image.not-image},
     *                   {@code upload.image.too-many-pixels} or {@code upload.image.unreadable}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredImage storeImage(byte[] data, ImageRules rules) {
        Cleaned cleaned = clean(data, rules);
        String key = newKey();
        jdbc.sql("""
                        insert into stored_file (file_key, purpose, content_type, size_bytes, width, height, content, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, rules.purpose(), cleaned.contentType(), cleaned.bytes().length, cleaned.width(), cleaned.height(),
                        cleaned.bytes(), Instant.now(clock), actor())
                .update();
        return new StoredImage(key, cleaned.contentType(), cleaned.width(), cleaned.height(), cleaned.bytes().length);
    }

    /** Deletes a stored file; rows that point at it lose the reference (ON DELETE SET NULL). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(String key) {
        jdbc.sql("delete from stored_file where file_key = ?").param(key).update();
    }

    /** The stored file with this key, for serving. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(String key) {
        if (!isKey(key)) {
            return Optional.empty();
        }
        return jdbc.sql("select file_key, purpose, content_type, content, created_at from stored_file where file_key = ?")
                .param(key)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    static boolean isKey(String key) {
        return key.length() == 22 && key.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }

    // ---- checking and cleaning ----

    record Cleaned(byte[] bytes, String contentType, int width, int height) {
    }

    /** Checks and re-encodes an image without storing it. */
    static Cleaned clean(byte[] data, ImageRules rules) {
        if (data.length > rules.maxBytes()) {
            throw new UserError("upload.image.too-large", rules.maxBytes() / (1024 * 1024));
        }
        if (data.length == 0) {
            throw new UserError("upload.image.not-image");
        }
        BufferedImage image = decode(data);
        BufferedImage scaled = scale(image, rules.maxSide());
        boolean alpha = scaled.getColorModel().hasAlpha();
        byte[] out = alpha ? png(scaled) : jpeg(scaled);
        return new Cleaned(out, alpha ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
    }

    private static BufferedImage decode(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            // the readers are chosen by looking at the content itself
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UserError("upload.image.not-image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!IMAGE_FORMATS.contains(format)) {
                    throw new UserError("upload.image.not-image");
                }
                reader.setInput(in, true, true); // ignore metadata: it is not read, and not kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > ImageRules.MAX_PIXELS) {
                    throw new UserError("upload.image.too-many-pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError("upload.image.unreadable");
        }
    }

    /** Scales down (never up) to fit the longest side, halving step by step for a smooth result. */
    static BufferedImage scale(BufferedImage source, int maxSide) {
        boolean alpha = source.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) maxSide / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = source;
        do {
            int nextW = Math.max(targetW, current.getWidth() / 2);
            int nextH = Math.max(targetH, current.getHeight() / 2);
            if (current != source && nextW == current.getWidth() && nextH == current.getHeight()) {
                break;
            }
            current = draw(current, nextW, nextH, type);
        } while (current.getWidth() != targetW || current.getHeight() != targetH);
        return current;
    }

    private static BufferedImage draw(BufferedImage from, int w, int h, int type) {
        BufferedImage to = new BufferedImage(w, h, type);
        Graphics2D g = to.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(java.awt.Color.WHITE); // transparent pixels of a GIF or BMP become white, not black
                g.fillRect(0, 0, w, h);
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return to;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UserError("upload.image.unreadable");
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UserError("upload.image.unreadable");
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
