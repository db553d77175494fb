package org.lms.domain.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lms.domain.shared.AccessDeniedException;

/**
 * A person's account: login email, display name, password hash, roles and second factor.
 *
 * <p>Lifecycle: registered as an unverified {@link Role#STUDENT}; usable for login once the email is
 * verified; an admin may grant further roles; the owner may start a TOTP enrolment, confirm it with
 * a code (which turns MFA on and issues recovery codes) and later disable it.
 *
 * <p>Invariants: the account holds only hashes of secrets, except the TOTP key, which both sides of
 * the protocol must know; a TOTP time step is accepted at most once ({@link #acceptTotpStep}), so a
 * code seen by someone else cannot be replayed; each recovery code works once.
 */
public final class UserAccount {

    private final UserId id;
    private final EmailAddress email;
    private final DisplayName name;
    private String passwordHash;
    private final Set<Role> roles;
    private boolean emailVerified;
    private String totpSecret;
    private boolean mfaEnabled;
    private long lastTotpStep;
    private final List<String> recoveryCodeHashes;
    private final Instant createdAt;
    private final long version;

    private UserAccount(UserId id, EmailAddress email, DisplayName name, String passwordHash, Set<Role> roles,
                        boolean emailVerified, String totpSecret, boolean mfaEnabled, long lastTotpStep,
                        List<String> recoveryCodeHashes, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.emailVerified = emailVerified;
        this.totpSecret = totpSecret;
        this.mfaEnabled = mfaEnabled;
        this.lastTotpStep = lastTotpStep;
        this.recoveryCodeHashes = new ArrayList<>(recoveryCodeHashes);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** A new self-registered account: a student whose email is not yet confirmed. */
    public static UserAccount register(EmailAddress email, DisplayName name, String passwordHash, Clock clock) {
        return new UserAccount(new UserId(UUID.randomUUID()), email, name, passwordHash,
                EnumSet.of(Role.STUDENT), false, null, false, -1, List.of(), clock.instant(), 0);
    }

    /** The first admin of an installation, from the operator's configuration: verified, admin only. */
    public static UserAccount firstAdmin(EmailAddress email, String passwordHash, Clock clock) {
        return new UserAccount(new UserId(UUID.randomUUID()), email, new DisplayName("Administrator"), passwordHash,
                EnumSet.of(Role.ADMIN), true, null, false, -1, List.of(), clock.instant(), 0);
    }

    /** Rebuilds an account from storage. */
    public static UserAccount restore(UserId id, EmailAddress email, DisplayName name, String passwordHash,
                                      Set<Role> roles, boolean emailVerified, String totpSecret, boolean mfaEnabled,
                                      long lastTotpStep, List<String> recoveryCodeHashes, Instant createdAt,
                                      long version) {
        return new UserAccount(id, email, name, passwordHash, roles, emailVerified, totpSecret, mfaEnabled,
                lastTotpStep, recoveryCodeHashes, createdAt, version);
    }

    public void verifyEmail() {
        emailVerified = true;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** Only an admin hands out roles; granting a role the user holds changes nothing. */
    public void grant(Actor actor, Role role) {
        if (!actor.requireUser().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin may grant roles");
        }
        roles.add(role);
    }

    /**
     * Only an admin takes roles away; revoking a role the user lacks changes nothing. Answers whether
     * the user lost the role. Refused when it is the user's last role, or the admin's own ADMIN role.
     */
    public boolean revoke(Actor actor, Role role) {
        Actor.User admin = actor.requireUser();
        if (!admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin may revoke roles");
        }
        if (!roles.contains(role)) {
            return false;
        }
        if (role == Role.ADMIN && admin.id().equals(id)) {
            throw RoleRevocationRefusedException.ownAdminRole();
        }
        if (roles.size() == 1) {
            throw RoleRevocationRefusedException.lastRole(id, role);
        }
        return roles.remove(role);
    }

    /** Starts (or restarts) a TOTP enrolment with a fresh key; MFA stays off until confirmed. */
    public void beginMfaEnrolment(String secret) {
        if (mfaEnabled) {
            throw new MfaStateException("Two-factor authentication is already enabled");
        }
        totpSecret = Objects.requireNonNull(secret, "secret");
    }

    /** The owner proved the authenticator holds the key: MFA is on, with these recovery codes. */
    public void confirmMfa(List<String> newRecoveryCodeHashes) {
        if (mfaEnabled || totpSecret == null) {
            throw new MfaStateException("There is no two-factor enrolment to confirm");
        }
        mfaEnabled = true;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(newRecoveryCodeHashes);
    }

    /** Records that a code of {@code step} was used; a step at or before the last one is a replay. */
    public void acceptTotpStep(long step) {
        if (step <= lastTotpStep) {
            throw new InvalidCredentialsException();
        }
        lastTotpStep = step;
    }

    /** Spends one recovery code, given as its hash. */
    public void useRecoveryCode(String codeHash) {
        if (!recoveryCodeHashes.remove(codeHash)) {
            throw new InvalidCredentialsException();
        }
    }

    public void disableMfa() {
        if (!mfaEnabled) {
            throw new MfaStateException("Two-factor authentication is not enabled");
        }
        mfaEnabled = false;
        totpSecret = null;
        recoveryCodeHashes.clear();
    }

    public UserId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public DisplayName name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    /** The TOTP key, present from enrolment until MFA is disabled. */
    public Optional<String> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public boolean mfaEnabled() {
        return mfaEnabled;
    }

    public long lastTotpStep() {
        return lastTotpStep;
    }

    public List<String> recoveryCodeHashes() {
        return List.copyOf(recoveryCodeHashes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** The actor this account acts as once authenticated. */
    public Actor.User asActor() {
        return new Actor.User(id, roles);
    }
}
