package org.lms.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The PostgreSQL the tests use, reached directly (not through the proxy) to check what was written. */
public final class Itdb {

    static final String HOST = env("LMS_IT_PG_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(env("LMS_IT_PG_PORT", "5432"));
    static final String USER = env("LMS_IT_PG_USER", "postgres");
    static final String PASSWORD = env("LMS_IT_PG_PASSWORD", "postgres");
    static final String NAME = env("LMS_IT_DB_NAME", "lms_it");

    private Itdb() {
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(NAME), USER, PASSWORD);
    }

    public static long count(String sql) {
        try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows directly, as a test's way to stand in for the passing of time; answers the rows changed. */
    public static int execute(String sql) {
        try (Connection c = connect(); var statement = c.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
