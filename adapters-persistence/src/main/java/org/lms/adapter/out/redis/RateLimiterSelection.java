package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.lms.application.port.out.AbuseCountersPort;
import org.lms.application.port.out.RateLimiterPort;

/**
 * Offers the Redis limiter and abuse counters when {@code lms.redis.url} is set, the in-process
 * ones otherwise.
 */
@ApplicationScoped
public class RateLimiterSelection {

    private static final Logger LOG = Logger.getLogger(RateLimiterSelection.class);

    private RedisConnection connection;
    private Instance<RedisRateLimiter> redis;
    private Instance<InProcessRateLimiter> inProcess;
    private Instance<RedisAbuseCounters> redisCounters;
    private Instance<InProcessAbuseCounters> inProcessCounters;

    protected RateLimiterSelection() {
    }

    @Inject
    public RateLimiterSelection(RedisConnection connection, Instance<RedisRateLimiter> redis,
                                Instance<InProcessRateLimiter> inProcess, Instance<RedisAbuseCounters> redisCounters,
                                Instance<InProcessAbuseCounters> inProcessCounters) {
        this.connection = connection;
        this.redis = redis;
        this.inProcess = inProcess;
        this.redisCounters = redisCounters;
        this.inProcessCounters = inProcessCounters;
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

    @Produces
    @ApplicationScoped
    AbuseCountersPort abuseCounters() {
        return connection.isConfigured() ? redisCounters.get() : inProcessCounters.get();
    }
}
