package org.lms.adapter.out.metrics.sentry;

import io.sentry.Sentry;
import io.sentry.SentryOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Starts the Sentry client when {@code SENTRY_DSN} is set and closes it (flushing queued events)
 * when the application stops. Without a DSN nothing is sent anywhere.
 */
@ApplicationScoped
public class SentryLifecycle {

    private static final Logger LOG = Logger.getLogger(SentryLifecycle.class);

    @Inject
    @ConfigProperty(name = "sentry.dsn")
    Optional<String> dsn;

    @Inject
    @ConfigProperty(name = "sentry.environment", defaultValue = "development")
    String environment;

    @Inject
    @ConfigProperty(name = "sentry.release")
    String release;

    @Inject
    @ConfigProperty(name = "sentry.sample-rate", defaultValue = "1.0")
    double sampleRate;

    @Inject
    @ConfigProperty(name = "sentry.traces-sample-rate", defaultValue = "0.1")
    double tracesSampleRate;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (dsn.filter(value -> !value.isBlank()).isEmpty()) {
            LOG.info("Sentry disabled: SENTRY_DSN is not set");
            return;
        }
        Sentry.init(options -> configure(options, dsn.get()));
        LOG.infof("Sentry enabled: environment=%s release=%s traces-sample-rate=%s", environment, release,
                tracesSampleRate);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        Sentry.close();
    }

    private void configure(SentryOptions options, String dsnValue) {
        options.setDsn(dsnValue);
        options.setEnvironment(environment);
        options.setRelease(release);
        options.setSampleRate(sampleRate);
        options.setTracesSampleRate(tracesSampleRate);
        options.setSendDefaultPii(false);
        options.setMaxRequestBodySize(SentryOptions.RequestSize.NONE);
        options.addInAppInclude("org.lms");
        options.setBeforeSend((event, hint) -> SentryScrubber.scrub(event));
        options.setBeforeSendTransaction((transaction, hint) -> SentryScrubber.scrub(transaction));
    }
}
