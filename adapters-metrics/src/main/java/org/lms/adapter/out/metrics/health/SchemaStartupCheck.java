package org.lms.adapter.out.metrics.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.lms.application.port.out.DatabaseProbePort;

/** Started once the schema migrations have run. */
@Startup
@ApplicationScoped
public class SchemaStartupCheck implements HealthCheck {

    private DatabaseProbePort database;

    protected SchemaStartupCheck() {
    }

    @Inject
    public SchemaStartupCheck(DatabaseProbePort database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(database.isSchemaMigrated()).build();
    }
}
