package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lms.application.port.out.RateLimitStoreProbePort;

/** Pings Redis when it holds the counters; the in-process store has nothing to probe. */
@ApplicationScoped
public class RateLimitStoreProbe implements RateLimitStoreProbePort {

    private RedisConnection connection;
    private RedisWindowCounter counter;

    protected RateLimitStoreProbe() {
    }

    @Inject
    public RateLimitStoreProbe(RedisConnection connection, RedisWindowCounter counter) {
        this.connection = connection;
        this.counter = counter;
    }

    @Override
    public boolean isShared() {
        return connection.isConfigured();
    }

    @Override
    public void probe() {
        if (connection.isConfigured()) {
            counter.ping();
        }
    }
}
