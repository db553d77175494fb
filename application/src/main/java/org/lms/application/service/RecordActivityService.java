package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lms.application.port.in.RecordActivityUseCase;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.UserId;

/**
 * Writes a user's last-seen time at most once per {@link #THROTTLE} per user and server: the other
 * requests of that minute only read a map in memory. So the 5-minute window is exact to a minute.
 * Not a {@code @UseCase}: most calls must not open a transaction; the few writes get their own.
 */
@ApplicationScoped
public class RecordActivityService implements RecordActivityUseCase {

    static final Duration THROTTLE = Duration.ofMinutes(1);
    /** Past this many remembered users, those not written within the throttle are forgotten (they cost one write more). */
    private static final int MAX_REMEMBERED = 50_000;

    private UserActivityWriter writer;
    private Clock clock;
    private final Map<UserId, Instant> lastWritten = new ConcurrentHashMap<>();

    protected RecordActivityService() {
    }

    @Inject
    public RecordActivityService(UserActivityWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void seen(Actor actor) {
        if (!(actor instanceof Actor.User user)) {
            return;
        }
        Instant now = clock.instant();
        Instant previous = lastWritten.get(user.id());
        if (previous != null && previous.plus(THROTTLE).isAfter(now)) {
            return;
        }
        if (lastWritten.size() >= MAX_REMEMBERED) {
            lastWritten.values().removeIf(at -> at.plus(THROTTLE).isBefore(now));
        }
        lastWritten.put(user.id(), now);
        writer.write(user, now);
    }
}
