package org.lms.application.port.out;

import java.time.Instant;
import java.util.Set;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/** Short-lived signed bearer tokens that carry the user and the roles. */
public interface AccessTokenPort {

    record IssuedAccessToken(String token, Instant expiresAt) {
    }

    record VerifiedAccess(UserId user, Set<Role> roles) {
    }

    IssuedAccessToken issueAccessToken(UserId user, EmailAddress email, Set<Role> roles);

    /** The token's subject and roles; throws {@code InvalidCredentialsException} for any flaw. */
    VerifiedAccess verifyAccessToken(String token);
}
