package org.lms.adapter.out.persistence.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lms.adapter.out.security.TotpSecretCipher;
import org.lms.domain.identity.DisplayName;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;

/**
 * Translates between the account aggregate and its row; role and code lists are comma-separated, the
 * TOTP secret is sealed (see {@link TotpSecretCipher}).
 */
final class UserPersistenceMapper {

    private UserPersistenceMapper() {
    }

    static UserAccount toDomain(UserJpaEntity row, TotpSecretCipher totp) {
        Set<Role> roles = split(row.roles).stream().map(Role::valueOf).collect(Collectors.toSet());
        return UserAccount.restore(new UserId(row.id), new EmailAddress(row.email), new DisplayName(row.displayName),
                row.passwordHash, roles, row.emailVerified,
                row.totpSecret == null ? null : totp.open(row.id, row.totpSecret), row.mfaEnabled, row.lastTotpStep,
                split(row.recoveryCodeHashes), row.createdAt, row.version);
    }

    static UserJpaEntity toNewEntity(UserAccount user, TotpSecretCipher totp) {
        UserJpaEntity row = new UserJpaEntity();
        row.id = user.id().value();
        row.email = user.email().value();
        row.createdAt = user.createdAt();
        copyChangeableState(user, row, totp);
        return row;
    }

    static void copyChangeableState(UserAccount user, UserJpaEntity row, TotpSecretCipher totp) {
        row.displayName = user.name().value();
        row.passwordHash = user.passwordHash();
        row.roles = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        row.emailVerified = user.emailVerified();
        row.totpSecret = user.totpSecret().map(secret -> totp.seal(user.id().value(), secret)).orElse(null);
        row.mfaEnabled = user.mfaEnabled();
        row.lastTotpStep = user.lastTotpStep();
        row.recoveryCodeHashes = String.join(",", user.recoveryCodeHashes());
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
