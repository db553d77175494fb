package org.lms.adapter.out.persistence.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;
import org.lms.application.event.SchemaReady;

/**
 * Brings the database schema to the newest version when the application starts, before it serves
 * a request. A failed migration fails the deployment: the application never runs on a schema it
 * does not know.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);

    @Resource(lookup = "java:jboss/datasources/LmsDS")
    DataSource dataSource;

    private static final Object ONE_AT_A_TIME = new Object();
    private static volatile boolean migrated;

    @Inject
    Event<SchemaReady> schemaReady;

    /**
     * Every module of the EAR fires its own start-up event, on its own thread and in no fixed order;
     * the first migrates and the others wait for it (two Flyway runs at once raced on an empty
     * database), then each announces the schema to start-up work that needs the tables.
     */
    void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        synchronized (ONE_AT_A_TIME) {
            if (!migrated) {
                migrate();
            }
        }
        schemaReady.fire(new SchemaReady());
    }

    private void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        migrated = true;
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    public boolean isMigrated() {
        return migrated;
    }
}
