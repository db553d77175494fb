package org.lms.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL database for one test class, migrated by the production migrations.
 * Server and credentials come from LMS_IT_PG_HOST/PORT/USER/PASSWORD (defaults 127.0.0.1:5432, postgres).
 */
public final class TestDatabase {

    private static final String HOST = env("LMS_IT_PG_HOST", "127.0.0.1");
    private static final String PORT = env("LMS_IT_PG_PORT", "5432");
    public static final String USER = env("LMS_IT_PG_USER", "postgres");
    public static final String PASSWORD = env("LMS_IT_PG_PASSWORD", "postgres");

    private TestDatabase() {
    }

    /**
     * Drops and recreates the database {@code <lms.it.db.name>_<suffix>} (so parallel test runs with
     * different {@code lms.it.db.name} never share one), applies the migrations, returns its JDBC URL.
     */
    public static String recreate(String suffix) throws SQLException {
        return migrate(recreateEmpty(suffix), null);
    }

    /** A fresh database as it was at migration {@code version}, to test what a later migration does to data. */
    public static String recreateAt(String suffix, String version) throws SQLException {
        return migrate(recreateEmpty(suffix), version);
    }

    /** Applies the migrations up to {@code target} (every one when null); answers the URL. */
    public static String migrate(String url, String target) {
        var flyway = Flyway.configure().dataSource(url, USER, PASSWORD).locations("classpath:db/migration");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
        return url;
    }

    private static String recreateEmpty(String suffix) throws SQLException {
        String name = System.getProperty("lms.it.db.name", "lms_it") + "_" + suffix;
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
