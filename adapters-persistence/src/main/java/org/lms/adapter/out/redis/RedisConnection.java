package org.lms.adapter.out.redis;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.LongCodec;
import org.redisson.config.Config;

/**
 * The Redisson client of the configured Redis, created on first use. Redisson's own timeouts sit
 * just under the fault-tolerance timeout and it never retries: a slow Redis must fail fast, since
 * every API request waits for it.
 */
@ApplicationScoped
public class RedisConnection {

    private static final Logger LOG = Logger.getLogger(RedisConnection.class);

    private Optional<String> url;
    private String keyPrefix;
    private int commandTimeoutMillis;
    private volatile RedissonClient client;

    protected RedisConnection() {
    }

    @Inject
    public RedisConnection(@ConfigProperty(name = "lms.redis.url") Optional<String> url,
                           @ConfigProperty(name = "lms.redis.key-prefix", defaultValue = "lms:") String keyPrefix,
                           @ConfigProperty(name = "lms.redis.timeout-millis", defaultValue = "150") int commandTimeoutMillis) {
        this.url = url.map(String::trim).filter(value -> !value.isEmpty());
        this.keyPrefix = keyPrefix;
        this.commandTimeoutMillis = commandTimeoutMillis;
    }

    public boolean isConfigured() {
        return url.isPresent();
    }

    /** Prefix of every key this application writes, so one Redis can serve several installations. */
    public String keyPrefix() {
        return keyPrefix;
    }

    public RedissonClient client() {
        // Every limited request passes here: only the first one may take the lock.
        RedissonClient current = client;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (client == null) {
                client = Redisson.create(config(url.orElseThrow(() -> new IllegalStateException("lms.redis.url is not set"))));
            }
            return client;
        }
    }

    /**
     * Builds the client and opens its first connection in the background while the application
     * starts, so the first requests do not pay for it within their 200 ms. Never blocks or fails
     * the deployment: a Redis that is down now is handled like one that goes down later.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!isConfigured()) {
            return;
        }
        try {
            client().getScript(LongCodec.INSTANCE).evalAsync(RScript.Mode.READ_ONLY, "return 1", RScript.ReturnType.INTEGER);
        } catch (RuntimeException e) {
            LOG.warnf("Redis client not ready at start: %s", e.getClass().getSimpleName());
        }
    }

    private Config config(String address) {
        Config config = new Config();
        // Connect on first command, so a server starts while Redis is down.
        config.setLazyInitialization(true);
        config.useSingleServer()
                .setAddress(address)
                .setConnectTimeout(commandTimeoutMillis)
                .setTimeout(commandTimeoutMillis)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(1)
                .setConnectionPoolSize(16)
                .setSubscriptionConnectionMinimumIdleSize(0)
                .setSubscriptionConnectionPoolSize(1);
        return config;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.shutdown();
            client = null;
        }
    }
}
