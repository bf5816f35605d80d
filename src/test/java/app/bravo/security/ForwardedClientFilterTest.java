package app.bravo.security;

import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The client's address from forwarded headers, believed from trusted proxies only. */
class ForwardedClientFilterTest {

    private final ForwardedClientFilter filter = new ForwardedClientFilter("203.0.113.10, 10.0.0.0/8, 2001:db8:10::/48");

    private ServletRequest seen(String remote, String... headers) throws Exception {
        var request = new MockHttpServletRequest("GET", "/login");
        request.setRemoteAddr(remote);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        var seen = new AtomicReference<ServletRequest>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        return seen.get();
    }

    @Test
    void a_trusted_proxy_passes_on_the_client_it_saw() throws Exception {
        assertThat(seen("203.0.113.10", "X-Forwarded-For", "192.0.2.44").getRemoteAddr()).isEqualTo("192.0.2.44");
    }

    @Test
    void forged_entries_left_of_the_real_client_are_ignored() throws Exception {
        // the client sent "X-Forwarded-For: 198.51.100.1" itself; the proxy appended the address it saw
        assertThat(seen("203.0.113.10", "X-Forwarded-For", "198.51.100.1, 192.0.2.44").getRemoteAddr()).isEqualTo("192.0.2.44");
    }

    @Test
    void a_chain_of_trusted_proxies_is_walked_from_the_right() throws Exception {
        assertThat(seen("10.0.0.2", "X-Forwarded-For", "192.0.2.44, 10.1.1.1").getRemoteAddr()).isEqualTo("192.0.2.44");
        assertThat(seen("10.0.0.2", "X-Forwarded-For", "192.0.2.44", "X-Forwarded-For", "10.1.1.1").getRemoteAddr()).isEqualTo("192.0.2.44");
    }

    @Test
    void headers_from_anyone_else_are_ignored() throws Exception {
        var request = seen("198.51.100.7", "X-Forwarded-For", "192.0.2.44", "X-Forwarded-Proto", "https");
        assertThat(request.getRemoteAddr()).isEqualTo("198.51.100.7");
        assertThat(request.isSecure()).isFalse();
    }

    @Test
    void the_standard_forwarded_header_is_understood() throws Exception {
        var request = seen("203.0.113.10", "Forwarded", "for=198.51.100.1, for=\"[2001:db8::7]:4711\";proto=https");
        assertThat(request.getRemoteAddr()).isEqualTo("2001:db8::7");
        assertThat(request.isSecure()).isTrue();
        assertThat(request.getScheme()).isEqualTo("https");
        assertThat(seen("2001:db8:10::1", "Forwarded", "for=192.0.2.9:5000").getRemoteAddr()).isEqualTo("192.0.2.9");
    }

    @Test
    void an_unknown_or_obfuscated_hop_keeps_the_proxy_address() throws Exception {
        assertThat(seen("203.0.113.10", "Forwarded", "for=unknown").getRemoteAddr()).isEqualTo("203.0.113.10");
        assertThat(seen("203.0.113.10", "X-Forwarded-For", "client.example.com").getRemoteAddr()).isEqualTo("203.0.113.10");
    }

    @Test
    void without_trusted_proxies_nothing_changes() throws Exception {
        var none = new ForwardedClientFilter("");
        assertThat(none.isActive()).isFalse();
        var request = new MockHttpServletRequest("GET", "/login");
        request.setRemoteAddr("203.0.113.10");
        request.addHeader("X-Forwarded-For", "192.0.2.44");
        var seen = new AtomicReference<ServletRequest>();
        none.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        assertThat(seen.get().getRemoteAddr()).isEqualTo("203.0.113.10");
    }
}
