package app.bravo.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;

/**
 * The optional token that a metrics scraper presents as {@code Authorization: Bearer <token>}.
 * Without a configured token the metrics are open, as before; with one, only its holder reads
 * them. Compared in constant time.
 */
final class ScrapeToken {

    private final byte[] token;

    ScrapeToken(String token) {
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    AuthorizationDecision decide(HttpServletRequest request) {
        if (token.length == 0) {
            return new AuthorizationDecision(true);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean ok = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
        return new AuthorizationDecision(ok);
    }
}
