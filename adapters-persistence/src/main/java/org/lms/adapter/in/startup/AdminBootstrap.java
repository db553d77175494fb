package org.lms.adapter.in.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lms.application.event.SchemaReady;
import org.lms.application.port.in.UserAdministrationUseCase;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailTakenException;

/**
 * Creates the installation's first admin from {@code LMS_BOOTSTRAP_ADMIN_EMAIL} and
 * {@code LMS_BOOTSTRAP_ADMIN_PASSWORD} at start, when no admin exists yet; without an admin nobody
 * could grant the instructor role. Does nothing once an admin exists, so the variables may stay set.
 *
 * <p>A start-up adapter in the EAR's library: it drives a use case like a resource does, once the
 * schema migration announces the tables ({@link SchemaReady}).
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private UserAdministrationUseCase users;
    private Optional<String> email;
    private Optional<String> password;
    private final AtomicBoolean checked = new AtomicBoolean();

    protected AdminBootstrap() {
    }

    @Inject
    public AdminBootstrap(UserAdministrationUseCase users,
                          @ConfigProperty(name = "lms.bootstrap.admin.email") Optional<String> email,
                          @ConfigProperty(name = "lms.bootstrap.admin.password") Optional<String> password) {
        this.users = users;
        this.email = email;
        this.password = password;
    }

    void schemaReady(@Observes SchemaReady event) {
        // Once per deployment is enough, whichever module's start-up ran the migration.
        if (email.isEmpty() || password.isEmpty() || !checked.compareAndSet(false, true)) {
            return;
        }
        try {
            users.bootstrapAdmin(new EmailAddress(email.get()), password.get());
            LOG.info("Bootstrap admin checked (created unless an admin already existed)");
        } catch (EmailTakenException e) {
            LOG.info("Bootstrap admin created concurrently by another node");
        }
    }
}
