package app.bravo.shared.upload;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored files to signed-in people: the type as stored (never guessed), nosniff, shown
 * inline under a harmless name, sandboxed by its own Content-Security-Policy, and cached privately
 * for a year: a key never changes its content, a new upload gets a new key.
 */
@RestController
class StoredFileController {

    private final Uploads uploads;

    StoredFileController(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/files/{key}")
    ResponseEntity<byte[]> file(@PathVariable String key) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return uploads.find(key)
                .map(f -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(f.contentType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; sandbox")
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(f.fileName()).build().toString())
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                        .lastModified(f.createdAt())
                        .body(f.content()))
                .orElseGet(() -> ResponseEntity.notFound()
                        .header("X-Content-Type-Options", "nosniff")
                        .cacheControl(CacheControl.noStore())
                        .build());
    }
}
