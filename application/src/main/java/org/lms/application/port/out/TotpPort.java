package org.lms.application.port.out;

import java.time.Instant;

/** Time-based one-time passwords (RFC 6238): new keys and the code of a key for one time step. */
public interface TotpPort {

    /** A new random key, Base32 encoded as authenticator apps expect. */
    String newSecret();

    String codeAt(String base32Secret, long timeStep);

    /** The 30-second step an instant falls in. */
    long timeStep(Instant at);

    /** The {@code otpauth://} URI an authenticator app reads from a QR code. */
    String provisioningUri(String base32Secret, String accountName);
}
