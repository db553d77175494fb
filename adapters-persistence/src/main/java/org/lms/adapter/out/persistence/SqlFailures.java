package org.lms.adapter.out.persistence;

import java.sql.SQLException;

/** Reads SQLSTATE codes from a failure's cause chain; the codes are the same on PostgreSQL and H2. */
public final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
