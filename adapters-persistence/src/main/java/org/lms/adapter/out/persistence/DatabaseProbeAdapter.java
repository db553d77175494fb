package org.lms.adapter.out.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.lms.adapter.out.persistence.schema.SchemaMigration;
import org.lms.application.port.out.DatabaseProbePort;

/** Probes with {@code SELECT 1} on a pooled connection, with a short timeout so probes never hang. */
@ApplicationScoped
public class DatabaseProbeAdapter implements DatabaseProbePort {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/LmsDS")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public boolean isSchemaMigrated() {
        return schema.isMigrated();
    }

    @Override
    public void probe() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw new IllegalStateException("Database unreachable: " + e.getMessage(), e);
        }
    }
}
