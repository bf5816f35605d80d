package app.bravo.shared.db;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a failure of the database itself (no connection within the pool's wait, no answer within
 * the request's statement timeout, a connection lost) from a failure of the request. Such a failure
 * says nothing about what the person did: the API answers 503 and the UI asks to try again shortly.
 */
public final class DatabaseUnavailable {

    /** What an API client reads in the 503 problem. */
    public static final String DETAIL = "The database is not answering. Nothing was saved; try again in a minute.";

    private DatabaseUnavailable() {
    }

    /** True when the throwable or one of its causes says that the database did not answer. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || t instanceof QueryTimeoutException
                    || t instanceof TransactionTimedOutException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException // the pool's wait ran out
                    || t instanceof SQLNonTransientConnectionException // the connection was lost or timed out
                    || t instanceof SQLTimeoutException
                    || t instanceof SocketTimeoutException
                    // SQL state class 08: connection exception, e.g. a rollback on a connection a timeout closed
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    // a rollback fails when the connection is gone, and its failure replaces the timeout that closed it
                    || t instanceof org.hibernate.TransactionException && String.valueOf(t.getMessage()).contains("rollback")) {
                return true;
            }
            if (t instanceof org.springframework.transaction.TransactionSystemException tse
                    && tse.getApplicationException() != null && is(tse.getApplicationException())) {
                return true;
            }
        }
        return false;
    }
}
