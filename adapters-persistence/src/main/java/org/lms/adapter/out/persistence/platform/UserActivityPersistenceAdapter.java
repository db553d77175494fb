package org.lms.adapter.out.persistence.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.lms.application.port.out.SaveUserActivityPort;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/**
 * One row per user in {@code user_activity}. Update first, insert when there was nothing to update:
 * H2 has no ON CONFLICT DO UPDATE. A lost insert race leaves the other server's row, seen the same minute.
 */
@ApplicationScoped
public class UserActivityPersistenceAdapter implements SaveUserActivityPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected UserActivityPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public UserActivityPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void recordSeen(UserId userId, Set<Role> roles, Instant at) {
        int updated = em.createNativeQuery("UPDATE user_activity SET is_student = ?2, is_instructor = ?3,"
                        + " is_admin = ?4, last_seen_at = ?5 WHERE user_id = ?1 AND last_seen_at < ?5")
                .setParameter(1, userId.value())
                .setParameter(2, roles.contains(Role.STUDENT))
                .setParameter(3, roles.contains(Role.INSTRUCTOR))
                .setParameter(4, roles.contains(Role.ADMIN))
                .setParameter(5, at.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO user_activity (user_id, is_student, is_instructor, is_admin,"
                            + " last_seen_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                    .setParameter(1, userId.value())
                    .setParameter(2, roles.contains(Role.STUDENT))
                    .setParameter(3, roles.contains(Role.INSTRUCTOR))
                    .setParameter(4, roles.contains(Role.ADMIN))
                    .setParameter(5, at.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }
}
