package app.bravo.admin;

import app.bravo.shared.db.DatabaseTimeouts;
import app.bravo.shared.db.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's last line of error handling, first in its security chain: whatever goes wrong under
 * {@code /api} answers as an RFC 9457 problem, never as the container's error page or a redirect
 * to the sign-in page. It turns {@code sendError} (405, 406, 415 and the 404 of an unknown path,
 * which Spring MVC reports that way) into a problem body instead of an error dispatch, refuses a
 * body over the limit with 413 (by its length, or while it is read when it is sent in chunks), and
 * answers an exception no one handled with a 500 problem whose {@code errorId} is logged with the
 * stack trace, which stays in the log.
 */
final class ApiProblemFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemFilter.class);

    private final long maxBodyBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblemFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            write(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(), null);
            return;
        }
        var problems = new ProblemResponse(response);
        try {
            chain.doFilter(new LimitedRequest(request, maxBodyBytes), problems);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (DatabaseUnavailable.is(e)) {
                // the bearer token is checked against the database before any controller advice could answer
                log.warn("Database not answering during API request {} {}: answered 503 ({})", request.getMethod(),
                        request.getRequestURI(), e.toString());
                response.resetBuffer();
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseTimeouts.RETRY_AFTER_SECONDS);
                write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL, null);
                return;
            }
            String errorId = UUID.randomUUID().toString();
            log.error("API request {} {} failed; problem errorId {}", request.getMethod(), request.getRequestURI(), errorId, e);
            response.resetBuffer();
            write(response, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Quote errorId " + errorId + " if you report it.", errorId);
        }
    }

    private String tooLarge() {
        return "The request body is larger than " + maxBodyBytes + " bytes.";
    }

    private void write(HttpServletResponse response, HttpStatus status, @Nullable String detail, @Nullable String errorId)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        if (detail != null && !detail.isBlank()) {
            body.put("detail", detail);
        }
        if (errorId != null) {
            body.put("errorId", errorId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body));
        response.flushBuffer();
    }

    /** Writes what Spring MVC and Spring Security report with {@code sendError} as a problem, with no error dispatch. */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        ProblemResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, @Nullable String msg) throws IOException {
            HttpStatus status = HttpStatus.resolve(sc);
            if (status == null || isCommitted()) {
                super.sendError(sc, msg);
                return;
            }
            resetBuffer();
            write((HttpServletResponse) getResponse(), status, detail(status), null);
        }

        /** Container messages can carry internals; only statuses the client can act on get a sentence. */
        private @Nullable String detail(HttpStatus status) {
            return switch (status.value()) {
                case 404 -> "No such resource.";
                case 405 -> "This method is not supported here.";
                case 406 -> "This resource answers application/json only.";
                case 413 -> tooLarge();
                case 415 -> "Send the body as application/json.";
                default -> null;
            };
        }
    }

    /** A body longer than the limit fails while it is read, whatever its Content-Length said. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long max;
        private @Nullable ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        LimitedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws ApiBodyTooLarge {
            read += n;
            if (read > max) {
                throw new ApiBodyTooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
