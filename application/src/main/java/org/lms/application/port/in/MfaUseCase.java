package org.lms.application.port.in;

import java.util.List;
import org.lms.domain.identity.Actor;

/** TOTP second factor: enrol, confirm with a first code (which returns recovery codes), disable. */
public interface MfaUseCase {

    /** The key for the authenticator, as an {@code otpauth://} URI and as plain Base32. */
    record MfaEnrolment(String otpauthUri, String secret) {

        @Override
        public String toString() {
            return "MfaEnrolment[]";
        }
    }

    MfaEnrolment beginEnrolment(Actor actor);

    /** Turns MFA on; returns the recovery codes, shown this once and stored only as hashes. */
    List<String> confirmEnrolment(Actor actor, String code);

    /** Needs the password and a current code (or a recovery code), so a stolen session alone cannot. */
    void disable(Actor actor, String password, String code);
}
