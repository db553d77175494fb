package org.lms.adapter.out.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.redisson.api.RScript;
import org.redisson.client.codec.LongCodec;

/**
 * The abuse counters' Redis commands, each one script so it is atomic, under the {@code abuse:}
 * namespace. Bounded like the rate-limit counter: a 200 ms timeout and a circuit breaker.
 */
@ApplicationScoped
public class RedisAbuseStore {

    private static final String DISTINCT = """
            redis.call('SADD', KEYS[1], ARGV[1])
            if redis.call('PTTL', KEYS[1]) < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return redis.call('SCARD', KEYS[1])
            """;
    private static final String CURRENT = """
            local hits = redis.call('GET', KEYS[1])
            if hits then
              return tonumber(hits)
            end
            return 0
            """;

    private RedisConnection connection;

    protected RedisAbuseStore() {
    }

    @Inject
    public RedisAbuseStore(RedisConnection connection) {
        this.connection = connection;
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public List<Long> hit(String key, Duration window) {
        return eval(RedisWindowCounter.HIT, RScript.ReturnType.MULTI, key, window.toMillis());
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Long distinct(String key, String member, Duration window) {
        return eval(DISTINCT, RScript.ReturnType.INTEGER, key, member, window.toMillis());
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Long current(String key) {
        return eval(CURRENT, RScript.ReturnType.INTEGER, key);
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public void clear(String key) {
        eval("return redis.call('DEL', KEYS[1])", RScript.ReturnType.INTEGER, key);
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public void block(String key, Duration duration) {
        eval("redis.call('SET', KEYS[1], 1, 'PX', ARGV[1]) return 1", RScript.ReturnType.INTEGER, key, duration.toMillis());
    }

    /** Milliseconds the key has left, or a negative value (Redis's PTTL) when it does not exist. */
    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Long timeLeft(String key) {
        return eval("return redis.call('PTTL', KEYS[1])", RScript.ReturnType.INTEGER, key);
    }

    private <T> T eval(String script, RScript.ReturnType type, String key, Object... arguments) {
        return connection.client().getScript(LongCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, script, type,
                List.<Object>of(connection.keyPrefix() + "abuse:" + key), arguments);
    }
}
