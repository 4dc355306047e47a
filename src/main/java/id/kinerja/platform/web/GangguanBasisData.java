package id.kinerja.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Whether a failure means "the database cannot be reached" (a 503, not a bug). */
public final class GangguanBasisData {

    private GangguanBasisData() {
    }

    public static boolean adalah(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // 08xxx connection exceptions; 57P01-03 server shutting down / not yet accepting connections
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // a pooled connection the server closed under us (seen on the first request of an
            // outage: the rollback fails with "Connection is closed", hiding the original cause)
            if (t instanceof SQLException && t.getMessage() != null
                    && (t.getMessage().contains("Connection is closed")
                            || t.getMessage().contains("terminating connection"))) {
                return true;
            }
        }
        return false;
    }
}
