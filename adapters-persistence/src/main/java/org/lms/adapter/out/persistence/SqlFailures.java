package org.lms.adapter.out.persistence;

import java.sql.SQLException;

/** Reads SQLSTATE codes from a failure's cause chain; the codes are the same on PostgreSQL and H2. */
public final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return hasState(failure, UNIQUE_VIOLATION);
    }

    public static boolean isForeignKeyViolation(Throwable failure) {
        return hasState(failure, FOREIGN_KEY_VIOLATION);
    }

    private static boolean hasState(Throwable failure, String state) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
