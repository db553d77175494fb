package org.lms.adapter.out.metrics.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lms.application.port.out.DatabaseProbePort;

/** Ready only while the database answers: a load balancer stops sending traffic when it does not. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private DatabaseProbePort database;

    protected DatabaseReadinessCheck() {
    }

    @Inject
    public DatabaseReadinessCheck(DatabaseProbePort database) {
        this.database = database;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            database.probe();
            return HealthCheckResponse.up("database");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
