package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lms.application.port.out.RateLimiterPort;

/** Offers the Redis limiter when {@code lms.redis.url} is set, the in-process one otherwise. */
@ApplicationScoped
public class RateLimiterSelection {

    private static final Logger LOG = Logger.getLogger(RateLimiterSelection.class);

    private RedisConnection connection;
    private Instance<RedisRateLimiter> redis;
    private Instance<InProcessRateLimiter> inProcess;

    protected RateLimiterSelection() {
    }

    @Inject
    public RateLimiterSelection(RedisConnection connection, Instance<RedisRateLimiter> redis,
                                Instance<InProcessRateLimiter> inProcess) {
        this.connection = connection;
        this.redis = redis;
        this.inProcess = inProcess;
    }

    @Produces
    @ApplicationScoped
    RateLimiterPort rateLimiter() {
        if (connection.isConfigured()) {
            LOG.info("Rate limits are counted in Redis, shared by every server instance");
            return redis.get();
        }
        LOG.info("Rate limits are counted in this process (lms.redis.url is not set)");
        return inProcess.get();
    }
}
