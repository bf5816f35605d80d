package app.bravo.wall.api;

import app.bravo.admin.ApiBodyTooLarge;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Translations;
import app.bravo.wall.FieldProblem;
import app.bravo.wall.InvalidFeedback;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for the wall's API: every bad field named in an {@code errors} array of
 * {@code {field, code, message}} (the message in the request's language, English or Persian).
 * Scoped to this package so that the rest of the application keeps its own error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    record FieldError(String field, String code, String message) {
    }

    @ExceptionHandler(InvalidFeedback.class)
    ProblemDetail invalid(InvalidFeedback e) {
        return problem("Invalid request", e.problems().size() + " field(s) are invalid", e.problems());
    }

    @ExceptionHandler(UserError.class)
    ProblemDetail userError(UserError e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message(e.key(), e.args()));
        problem.setTitle("Request refused");
        problem.setProperty("code", e.key());
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ApiBodyTooLarge tooLarge) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "The request body is larger than " + tooLarge.limit() + " bytes.");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        String field = fieldOf(e);
        List<FieldProblem> problems = field == null ? List.of() : List.of(new FieldProblem(field, "wall.error.wrong-type"));
        return ResponseEntity.badRequest().body(problem("Malformed request body",
                field == null ? "The body is not valid JSON." : "A value has the wrong type.", problems));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                                 HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return ResponseEntity.badRequest().body(problem("Invalid request", "A parameter has the wrong type.",
                List.of(new FieldProblem(field, "wall.error.wrong-type"))));
    }

    private ProblemDetail problem(String title, String detail, List<FieldProblem> problems) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("errors", problems.stream()
                .map(p -> new FieldError(p.field(), p.key(), message(p.key(), p.args())))
                .toList());
        return problem;
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return translations.getTranslation(key, locale, args);
    }

    /** The JSON path of the value Jackson could not read ({@code score}, {@code tags[1]}), if it knows it. */
    private static @Nullable String fieldOf(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference r : j.getPath()) {
                    if (r.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }
}
