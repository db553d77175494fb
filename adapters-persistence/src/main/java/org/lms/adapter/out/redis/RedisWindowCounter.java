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
 * Fixed windows in Redis: one key per subject and window, incremented and given its expiry in one
 * Lua script, so concurrent servers never lose a hit and a window always ends. The call is bounded
 * by a timeout and a circuit breaker: while Redis is away, requests stop waiting on it at all.
 */
@ApplicationScoped
public class RedisWindowCounter {

    /** Also the abuse counters' hit: the same fixed window under another key. */
    static final String HIT = """
            local hits = redis.call('INCR', KEYS[1])
            if hits == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {hits, ttl}
            """;

    private RedisConnection connection;

    protected RedisWindowCounter() {
    }

    @Inject
    public RedisWindowCounter(RedisConnection connection) {
        this.connection = connection;
    }

    @Timeout(value = 200, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public WindowCount hit(String key, Duration window) {
        List<Long> result = connection.client().getScript(LongCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, HIT,
                RScript.ReturnType.MULTI, List.<Object>of(connection.keyPrefix() + "rate:" + key), window.toMillis());
        return new WindowCount(result.get(0), Duration.ofMillis(result.get(1)));
    }

    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    public void ping() {
        connection.client().getScript(LongCodec.INSTANCE).eval(RScript.Mode.READ_ONLY, "return 1", RScript.ReturnType.INTEGER);
    }
}
