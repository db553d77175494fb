package org.lms.application.service;

import java.time.Clock;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.application.port.out.TotpPort;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.UserAccount;

/**
 * Checks a second-factor code: a TOTP code of the current step or one step either side (clock
 * drift between phone and server), used at most once, or else one of the recovery codes.
 */
final class SecondFactor {

    private static final int ALLOWED_DRIFT_STEPS = 1;

    private final TotpPort totp;
    private final SecurityLog securityLog;
    private final Clock clock;

    SecondFactor(TotpPort totp, SecurityLog securityLog, Clock clock) {
        this.totp = totp;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** Accepts a TOTP code only (enrolment must prove the authenticator, not a recovery code). */
    void requireTotp(UserAccount user, String code) {
        String secret = user.totpSecret().orElseThrow(InvalidCredentialsException::new);
        long now = totp.timeStep(clock.instant());
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (Secrets.sameCode(totp.codeAt(secret, step), code.strip())) {
                user.acceptTotpStep(step);
                return;
            }
        }
        throw new InvalidCredentialsException();
    }

    /** Accepts a TOTP code, or spends a recovery code. */
    void requireCode(UserAccount user, String code) {
        if (code.strip().matches("\\d{6}")) {
            requireTotp(user, code);
            return;
        }
        user.useRecoveryCode(Secrets.hash(code));
        securityLog.record(Type.RECOVERY_CODE_USED, user);
    }
}
