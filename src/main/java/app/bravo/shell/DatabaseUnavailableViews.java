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

    /** One page for every exception type below; Vaadin reads the type from the subclass. */
    abstract static class Page<E extends Exception> extends Main implements HasErrorParameter<E> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
            return show(this, parameter.getException());
        }
    }

    @AnonymousAllowed
    public static class NoConnection extends Page<CannotCreateTransactionException> {
    }

    @AnonymousAllowed
    public static class NoJdbcConnection extends Page<CannotGetJdbcConnectionException> {
    }

    @AnonymousAllowed
    public static class ResourceFailure extends Page<DataAccessResourceFailureException> {
    }

    @AnonymousAllowed
    public static class QueryTimeout extends Page<QueryTimeoutException> {
    }

    @AnonymousAllowed
    public static class TransactionTimeout extends Page<TransactionTimedOutException> {
    }

    @AnonymousAllowed
    public static class RollbackFailed extends Page<TransactionSystemException> {
    }

    @AnonymousAllowed
    public static class JpaFailure extends Page<JpaSystemException> {
    }
}
