package app.bravo.shell;

import app.bravo.shared.db.DatabaseUnavailable;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * The page shown when opening a page failed because the database did not answer in time
 * (README, "Operations"): a calm message in the person's language that asks to reload in a minute,
 * answered with 503, never a stack trace. Vaadin picks an error page by the exception's exact class,
 * so each failure that means "no answer" has its own small class. Without the main layout, whose
 * menu might itself need the database.
 */
final class DatabaseUnavailableViews {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableViews.class);

    private DatabaseUnavailableViews() {
    }

    static int show(Main main, Exception failure) {
        if (!DatabaseUnavailable.is(failure)) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", id, failure);
            ErrorViews.page(main, VaadinIcon.WARNING, main.getTranslation("error.database-unavailable.title"),
                    main.getTranslation("error.unexpected", id));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        log.warn("Database not answering while opening a page: {}", failure.toString());
        ErrorViews.page(main, VaadinIcon.PLUG, main.getTranslation("error.database-unavailable.title"),
                main.getTranslation("error.database-unavailable.text"));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @AnonymousAllowed
    public static class NoConnection extends Main implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class NoJdbcConnection extends Main implements HasErrorParameter<CannotGetJdbcConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CannotGetJdbcConnectionException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class ResourceFailure extends Main implements HasErrorParameter<DataAccessResourceFailureException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessResourceFailureException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class QueryTimeout extends Main implements HasErrorParameter<QueryTimeoutException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<QueryTimeoutException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class TransactionTimeout extends Main implements HasErrorParameter<TransactionTimedOutException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionTimedOutException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class RollbackFailed extends Main implements HasErrorParameter<TransactionSystemException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionSystemException> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class JpaFailure extends Main implements HasErrorParameter<JpaSystemException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<JpaSystemException> parameter) {
            return show(this, parameter.getException());
        }
    }
}
