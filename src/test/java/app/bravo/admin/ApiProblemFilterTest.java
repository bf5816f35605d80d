package app.bravo.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's last line of error handling, as a plain unit: an exception no one handled. */
@ExtendWith(OutputCaptureExtension.class)
class ApiProblemFilterTest {

    @Test
    void an_unhandled_failure_is_a_500_problem_with_an_error_id_that_the_log_also_has_and_no_stack_trace(CapturedOutput log)
            throws Exception {
        var filter = new ApiProblemFilter(1024);
        var request = new MockHttpServletRequest("POST", "/api/v1/feedback");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("secret internals at app.bravo.Something");
        });

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString();
        String errorId = body.replaceAll("(?s).*\"errorId\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(errorId).hasSize(36);
        assertThat(body).contains("\"status\":500").doesNotContain("secret internals", "IllegalStateException", "at app.bravo");
        assertThat(log.getOut() + log.getErr()).contains(errorId).contains("IllegalStateException: secret internals");
    }

    @Test
    void send_error_becomes_a_problem_body_without_an_error_dispatch() throws Exception {
        var filter = new ApiProblemFilter(1024);
        var response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("DELETE", "/api/v1/feedback"), response,
                (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(405));
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getErrorMessage()).isNull();
        assertThat(response.getContentAsString()).contains("\"status\":405", "\"title\":\"Method Not Allowed\"");
    }
}
