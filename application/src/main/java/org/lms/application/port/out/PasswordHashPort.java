package org.lms.application.port.out;

/** Slow, salted password hashing; the encoded hash names its own algorithm and parameters. */
public interface PasswordHashPort {

    String hashPassword(String password);

    boolean passwordMatches(String password, String encodedHash);
}
