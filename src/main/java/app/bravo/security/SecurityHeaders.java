package app.bravo.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The security headers of every answer, for every security chain (the web application, the REST
 * API, the operations endpoints): no MIME sniffing, no framing (frame-ancestors and
 * X-Frame-Options) except the office screen where the setting allows it, a referrer kept to our
 * own origin, browser features off, HSTS over TLS, and a Content-Security-Policy as strict as
 * Vaadin Flow allows (docs/decisions/DD011-security-headers.md). The headers are written before the
 * request is handled, so that Vaadin's own page writer finds them and adds no X-Frame-Options of
 * its own.
 */
@Component
public class SecurityHeaders {

    /**
     * Vaadin Flow's bootstrap page starts its client engine with inline scripts and styles, and the
     * engine runs the expressions the server sends ({@code executeJs}) by constructing functions, so
     * scripts need 'unsafe-inline' and 'unsafe-eval' and styles 'unsafe-inline'. Everything else is
     * our own origin only; images may be data: and blob: URLs (component icons, previews of uploads).
     */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
            + "display-capture=(), fullscreen=(self)";

    private static final String CSP_HEADER = "Content-Security-Policy";
    private static final String FRAME_OPTIONS_HEADER = "X-Frame-Options";
    private static final String NONE = "'none'";
    private static final Pattern ORIGIN = Pattern.compile("'self'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:\\d{1,5})?");

    private final String kioskAncestors;

    /**
     * @param kioskFrameAncestors origins that may show the office screen ({@code /kiosk/**}) in a
     *        frame, separated by spaces or commas (e.g. {@code https://signage.example.com}); empty: none
     */
    public SecurityHeaders(@Value("${bravo.kiosk.frame-ancestors:}") String kioskFrameAncestors) {
        this.kioskAncestors = ancestors(kioskFrameAncestors);
    }

    static String ancestors(String setting) {
        List<String> origins = new ArrayList<>();
        for (String o : setting.strip().split("[\\s,]+")) {
            if (o.isEmpty()) {
                continue;
            }
            if (!ORIGIN.matcher(o).matches()) {
                throw new IllegalArgumentException("bravo.kiosk.frame-ancestors: '" + o
                        + "' is not an origin such as https://signage.example.com");
            }
            origins.add(o);
        }
        return origins.isEmpty() ? NONE : String.join(" ", origins);
    }

    /** Adds the headers to a security chain. */
    public void applyTo(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(f -> f.disable())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
                .addHeaderWriter(new Framing()));
    }

    /** Content-Security-Policy and X-Frame-Options, which differ for the office screen only. */
    private final class Framing implements HeaderWriter {
        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            boolean kiosk = isKiosk(request);
            String ancestors = kiosk ? kioskAncestors : NONE;
            response.setHeader(CSP_HEADER, CSP + ancestors);
            if (ancestors.equals(NONE)) {
                response.setHeader(FRAME_OPTIONS_HEADER, "DENY");
            }
        }
    }

    private static boolean isKiosk(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/kiosk/");
    }
}
