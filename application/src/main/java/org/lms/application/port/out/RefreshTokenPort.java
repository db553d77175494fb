package org.lms.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lms.domain.identity.UserId;

/**
 * Refresh tokens, stored as hashes. A family is the chain of tokens that grew from one login by
 * rotation: each refresh retires the presented token and issues its successor in the same family.
 */
public interface RefreshTokenPort {

    /** One stored token; {@code retired} once it was rotated or revoked. */
    record StoredRefreshToken(String tokenHash, UUID familyId, UserId user, Instant expiresAt, boolean retired) {
    }

    void storeRefreshToken(String tokenHash, UUID familyId, UserId user, Instant issuedAt, Instant expiresAt);

    Optional<StoredRefreshToken> findRefreshToken(String tokenHash);

    void retireRefreshToken(String tokenHash, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOf(UserId user, Instant at);
}
