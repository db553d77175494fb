package org.lms.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.lms.application.port.out.SaveUserActivityPort;
import org.lms.domain.identity.Actor;

/** The write behind {@link RecordActivityService}, in a transaction of its own so it never joins or fails a request's. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
public class UserActivityWriter {

    private SaveUserActivityPort saveActivity;

    protected UserActivityWriter() {
    }

    @Inject
    public UserActivityWriter(SaveUserActivityPort saveActivity) {
        this.saveActivity = saveActivity;
    }

    public void write(Actor.User user, Instant at) {
        saveActivity.recordSeen(user.id(), user.roles(), at);
    }
}
