package app.bravo.pulse.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reply keys of anonymous conversations (issue 14 point 6, DD022): 32 random bytes, written as 43
 * characters of base64url, one per submission. The database never holds a key, only one hash per
 * comment: SHA-256 over a label, the key and the comment's ordinal within its submission, so that
 * two comments of one submission have unrelated hashes and nothing stored ties them together. A key
 * of 256 random bits needs no salt: there is nothing to guess.
 * <p>
 * Keys are secrets: nothing here or in its callers logs them, puts them in an exception, or lets
 * them reach a URL.
 */
public final class ReplyKeys {

    /** The most comments of one submission a key reaches; later ones get no key (no survey asks that many). */
    public static final int COMMENTS_PER_KEY = 32;

    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final byte[] LABEL = "bravo.pulse.reply.v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReplyKeys() {
    }

    /** A new key, as its author's browser keeps it. */
    public static String newKey() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The key's bytes, or empty when the text is not a key (surrounding blanks are forgiven). */
    public static Optional<byte[]> parse(String key) {
        String k = key.strip();
        if (!FORMAT.matcher(k).matches()) {
            return Optional.empty();
        }
        byte[] b = Base64.getUrlDecoder().decode(k);
        return b.length == BYTES ? Optional.of(b) : Optional.empty();
    }

    /** The hash stored beside the {@code ordinal}-th comment (0-based) of the key's submission. */
    public static byte[] hash(byte[] key, int ordinal) {
        if (ordinal < 0 || ordinal >= COMMENTS_PER_KEY) {
            throw new IllegalArgumentException("ordinal out of range");
        }
        MessageDigest sha = sha256();
        sha.update(LABEL);
        sha.update(key);
        sha.update((byte) ordinal);
        return sha.digest();
    }

    /** Every hash the key may have left: one per possible comment of its submission. */
    public static List<byte[]> hashes(byte[] key) {
        var out = new ArrayList<byte[]>(COMMENTS_PER_KEY);
        for (int i = 0; i < COMMENTS_PER_KEY; i++) {
            out.add(hash(key, i));
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
