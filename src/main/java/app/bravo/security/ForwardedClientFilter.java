package app.bravo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Behind a reverse proxy or load balancer, the client's own address (for sign-in throttling and
 * the logs) and whether it came over TLS (for HSTS), taken from {@code Forwarded} (RFC 7239) or
 * {@code X-Forwarded-For} / {@code X-Forwarded-Proto}, but only when the request comes from one of
 * the configured trusted proxies; from anyone else these headers are ignored, so they cannot be
 * forged. Each proxy appends the address it saw, so the list is read from the right, skipping the
 * trusted proxies: the first address that is not one of them is the client (docs/decisions/DD010-forwarded-headers.md).
 */
public class ForwardedClientFilter extends OncePerRequestFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<IpAddressMatcher> trusted;

    /** @param trustedProxies addresses and CIDR ranges, comma-separated, e.g. {@code 10.0.0.5, 172.16.0.0/12} */
    public ForwardedClientFilter(String trustedProxies) {
        List<IpAddressMatcher> list = new ArrayList<>();
        for (String p : trustedProxies.split(",")) {
            if (!p.isBlank()) {
                list.add(new IpAddressMatcher(p.strip()));
            }
        }
        this.trusted = List.copyOf(list);
    }

    public boolean isActive() {
        return !trusted.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTrusted(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
        Hops hops = forwarded.isEmpty()
                ? new Hops(values(Collections.list(request.getHeaders("X-Forwarded-For"))),
                        last(values(Collections.list(request.getHeaders("X-Forwarded-Proto")))))
                : parseForwarded(forwarded);
        String client = request.getRemoteAddr();
        for (int i = hops.addresses.size() - 1; i >= 0; i--) {
            String hop = hops.addresses.get(i);
            if (!isIpLiteral(hop)) {
                break; // "unknown" or an obfuscated name: the last address we can trust stays
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        boolean secure = hops.proto == null ? request.isSecure() : hops.proto.equalsIgnoreCase("https");
        chain.doFilter(new ForwardedRequest(request, client, secure), response);
    }

    private boolean isTrusted(@Nullable String address) {
        if (address == null || !isIpLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher m : trusted) {
            if (m.matches(address)) {
                return true;
            }
        }
        return false;
    }

    /** Only literal addresses are compared: a host name would cost a DNS look-up per request. */
    static boolean isIpLiteral(String s) {
        return IPV4.matcher(s).matches() || IPV6.matcher(s).matches();
    }

    private record Hops(List<String> addresses, @Nullable String proto) {
    }

    private static List<String> values(List<String> headers) {
        List<String> out = new ArrayList<>();
        for (String h : headers) {
            for (String v : h.split(",")) {
                if (!v.isBlank()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    private static @Nullable String last(List<String> values) {
        return values.isEmpty() ? null : values.getLast();
    }

    /** {@code Forwarded: for=192.0.2.60;proto=https, for="[2001:db8::1]:4711"} */
    private static Hops parseForwarded(List<String> headers) {
        List<String> addresses = new ArrayList<>();
        String proto = null;
        for (String element : values(headers)) {
            String elementProto = null;
            for (String pair : element.split(";")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = unquote(pair.substring(eq + 1).strip());
                if (name.equals("for")) {
                    addresses.add(hostOf(value));
                } else if (name.equals("proto")) {
                    elementProto = value;
                }
            }
            if (elementProto != null) {
                proto = elementProto;
            }
        }
        return new Hops(addresses, proto);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** Drops the port: {@code [2001:db8::1]:4711} becomes {@code 2001:db8::1}, {@code 192.0.2.1:80} becomes {@code 192.0.2.1}. */
    private static String hostOf(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    private static final class ForwardedRequest extends HttpServletRequestWrapper {

        private final String client;
        private final boolean secure;

        ForwardedRequest(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme().equals("https") ? "http" : super.getScheme();
        }
    }
}
