package org.lms.adapter.out.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.application.port.out.OneTimeTokenPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.domain.identity.UserId;

/**
 * One-time and refresh tokens, by hash. Consuming and rotating lock the row, so two concurrent
 * requests with the same token cannot both succeed.
 */
@ApplicationScoped
public class TokenPersistenceAdapter implements OneTimeTokenPort, RefreshTokenPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected TokenPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public TokenPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void storeToken(Purpose purpose, String tokenHash, UserId user, Instant expiresAt) {
        OneTimeTokenJpaEntity row = new OneTimeTokenJpaEntity();
        row.tokenHash = tokenHash;
        row.purpose = purpose;
        row.userId = user.value();
        row.expiresAt = expiresAt;
        em.persist(row);
    }

    @Override
    public Optional<UserId> consumeToken(Purpose purpose, String tokenHash, Instant now) {
        return usable(purpose, tokenHash, now, LockModeType.PESSIMISTIC_WRITE).map(row -> {
            row.usedAt = now;
            return new UserId(row.userId);
        });
    }

    @Override
    public Optional<UserId> peekToken(Purpose purpose, String tokenHash, Instant now) {
        return usable(purpose, tokenHash, now, LockModeType.NONE).map(row -> new UserId(row.userId));
    }

    @Override
    public void discardTokens(Purpose purpose, UserId user) {
        em.createQuery("delete from OneTimeTokenJpaEntity t where t.purpose = :purpose and t.userId = :user")
                .setParameter("purpose", purpose)
                .setParameter("user", user.value())
                .executeUpdate();
    }

    private Optional<OneTimeTokenJpaEntity> usable(Purpose purpose, String tokenHash, Instant now, LockModeType lock) {
        return Optional.ofNullable(em.find(OneTimeTokenJpaEntity.class, tokenHash, lock))
                .filter(row -> row.purpose == purpose && row.usedAt == null && row.expiresAt.isAfter(now));
    }

    @Override
    public void storeRefreshToken(String tokenHash, UUID familyId, UserId user, Instant issuedAt, Instant expiresAt) {
        RefreshTokenJpaEntity row = new RefreshTokenJpaEntity();
        row.tokenHash = tokenHash;
        row.familyId = familyId;
        row.userId = user.value();
        row.issuedAt = issuedAt;
        row.expiresAt = expiresAt;
        em.persist(row);
    }

    @Override
    public Optional<StoredRefreshToken> findRefreshToken(String tokenHash) {
        return Optional.ofNullable(em.find(RefreshTokenJpaEntity.class, tokenHash, LockModeType.PESSIMISTIC_WRITE))
                .map(row -> new StoredRefreshToken(row.tokenHash, row.familyId, new UserId(row.userId), row.expiresAt,
                        row.retiredAt != null));
    }

    @Override
    public void retireRefreshToken(String tokenHash, Instant at) {
        RefreshTokenJpaEntity row = em.find(RefreshTokenJpaEntity.class, tokenHash);
        if (row != null && row.retiredAt == null) {
            row.retiredAt = at;
        }
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        em.createQuery("update RefreshTokenJpaEntity t set t.retiredAt = :at where t.familyId = :family and t.retiredAt is null")
                .setParameter("at", at)
                .setParameter("family", familyId)
                .executeUpdate();
    }

    @Override
    public void revokeAllOf(UserId user, Instant at) {
        em.createQuery("update RefreshTokenJpaEntity t set t.retiredAt = :at where t.userId = :user and t.retiredAt is null")
                .setParameter("at", at)
                .setParameter("user", user.value())
                .executeUpdate();
    }
}
