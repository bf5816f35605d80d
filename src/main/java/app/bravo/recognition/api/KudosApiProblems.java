package app.bravo.recognition.api;

import app.bravo.shared.i18n.Translations;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for recognition's API, in the wall API's shape: every bad parameter named
 * in an {@code errors} array of {@code {field, code, message}}, the message in the request's language.
 * Scoped to this package.
 */
@RestControllerAdvice(basePackageClasses = KudosApiProblems.class)
class KudosApiProblems extends ResponseEntityExceptionHandler {

    /** A bad parameter: its name, the message key and its arguments. */
    record FieldProblem(String field, String key, Object... args) {
    }

    /** The request's parameters are wrong; each one is named. */
    static class InvalidRequest extends RuntimeException {
        private final transient List<FieldProblem> problems;

        InvalidRequest(List<FieldProblem> problems) {
            super("invalid request", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    record FieldError(String field, String code, String message) {
    }

    private final Translations translations;

    KudosApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return problem(e.problems.size() + " parameter(s) are invalid", e.problems);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                                 HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return ResponseEntity.badRequest().body(problem("A parameter has the wrong type.",
                List.of(new FieldProblem(field, "kudos.api.wrong-type"))));
    }

    private ProblemDetail problem(String detail, List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", problems.stream()
                .map(p -> new FieldError(p.field(), p.key(), translations.getTranslation(p.key(), LocaleContextHolder.getLocale(), p.args())))
                .toList());
        return problem;
    }
}
