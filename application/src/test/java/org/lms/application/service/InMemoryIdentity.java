package org.lms.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lms.application.port.out.AccessTokenPort;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.MailPort;
import org.lms.application.port.out.OneTimeTokenPort;
import org.lms.application.port.out.PasswordHashPort;
import org.lms.application.port.out.RefreshTokenPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.application.port.out.SecurityEventPort;
import org.lms.application.port.out.TotpPort;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailTakenException;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;

/**
 * In-memory identity ports with the adapters' contracts, and transparent stand-ins for the crypto
 * (a readable "hash", a token that is the user id, a TOTP code derived from key and step), so
 * service tests can see what was stored and sent.
 */
final class InMemoryIdentity implements LoadUserPort, SaveUserPort, OneTimeTokenPort, RefreshTokenPort,
        PasswordHashPort, AccessTokenPort, TotpPort, MailPort, SecurityEventPort {

    private final Map<UserId, UserAccount> users = new LinkedHashMap<>();
    private final Map<String, Object[]> oneTimeTokens = new LinkedHashMap<>();
    private final Map<String, StoredRefreshToken> refreshTokens = new LinkedHashMap<>();
    final List<OutgoingMail> mails = new ArrayList<>();
    final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public Optional<UserAccount> loadUser(UserId id) {
        return Optional.ofNullable(users.get(id)).map(InMemoryIdentity::copy);
    }

    @Override
    public Optional<UserAccount> loadUserByEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst().map(InMemoryIdentity::copy);
    }

    @Override
    public boolean anyAdminExists() {
        return users.values().stream().anyMatch(u -> u.roles().contains(Role.ADMIN));
    }

    @Override
    public UserAccount insertUser(UserAccount user) {
        if (loadUserByEmail(user.email()).isPresent()) {
            throw new EmailTakenException();
        }
        users.put(user.id(), copy(user));
        return copy(user);
    }

    @Override
    public UserAccount updateUser(UserAccount user) {
        users.put(user.id(), copy(user));
        return copy(user);
    }

    private static UserAccount copy(UserAccount u) {
        return UserAccount.restore(u.id(), u.email(), u.name(), u.passwordHash(), u.roles(), u.emailVerified(),
                u.totpSecret().orElse(null), u.mfaEnabled(), u.lastTotpStep(), u.recoveryCodeHashes(), u.createdAt(),
                u.version());
    }

    @Override
    public void storeToken(Purpose purpose, String tokenHash, UserId user, Instant expiresAt) {
        oneTimeTokens.put(tokenHash, new Object[] {purpose, user, expiresAt, false});
    }

    @Override
    public Optional<UserId> consumeToken(Purpose purpose, String tokenHash, Instant now) {
        Optional<UserId> user = peekToken(purpose, tokenHash, now);
        user.ifPresent(u -> oneTimeTokens.get(tokenHash)[3] = true);
        return user;
    }

    @Override
    public Optional<UserId> peekToken(Purpose purpose, String tokenHash, Instant now) {
        Object[] row = oneTimeTokens.get(tokenHash);
        if (row == null || row[0] != purpose || (boolean) row[3] || !((Instant) row[2]).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of((UserId) row[1]);
    }

    @Override
    public void discardTokens(Purpose purpose, UserId user) {
        oneTimeTokens.values().removeIf(row -> row[0] == purpose && row[1].equals(user));
    }

    @Override
    public void storeRefreshToken(String tokenHash, UUID familyId, UserId user, Instant issuedAt, Instant expiresAt) {
        refreshTokens.put(tokenHash, new StoredRefreshToken(tokenHash, familyId, user, expiresAt, false));
    }

    @Override
    public Optional<StoredRefreshToken> findRefreshToken(String tokenHash) {
        return Optional.ofNullable(refreshTokens.get(tokenHash));
    }

    @Override
    public void retireRefreshToken(String tokenHash, Instant at) {
        refreshTokens.computeIfPresent(tokenHash, (hash, t) -> retired(t));
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        refreshTokens.replaceAll((hash, t) -> t.familyId().equals(familyId) ? retired(t) : t);
    }

    @Override
    public void revokeAllOf(UserId user, Instant at) {
        refreshTokens.replaceAll((hash, t) -> t.user().equals(user) ? retired(t) : t);
    }

    private static StoredRefreshToken retired(StoredRefreshToken t) {
        return new StoredRefreshToken(t.tokenHash(), t.familyId(), t.user(), t.expiresAt(), true);
    }

    @Override
    public String hashPassword(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean passwordMatches(String password, String encodedHash) {
        return encodedHash.equals("hashed:" + password);
    }

    @Override
    public IssuedAccessToken issueAccessToken(UserId user, EmailAddress email, Set<Role> roles) {
        return new IssuedAccessToken("access:" + user, Instant.MAX);
    }

    @Override
    public VerifiedAccess verifyAccessToken(String token) {
        throw new InvalidCredentialsException();
    }

    @Override
    public String newSecret() {
        return "KEY" + UUID.randomUUID();
    }

    @Override
    public String codeAt(String base32Secret, long timeStep) {
        return String.format("%06d", Math.floorMod((base32Secret + timeStep).hashCode(), 1_000_000));
    }

    @Override
    public long timeStep(Instant at) {
        return at.getEpochSecond() / 30;
    }

    @Override
    public String provisioningUri(String base32Secret, String accountName) {
        return "otpauth://totp/" + accountName + "?secret=" + base32Secret;
    }

    @Override
    public void send(OutgoingMail mail) {
        mails.add(mail);
    }

    @Override
    public void record(SecurityEvent event) {
        events.add(event);
    }

    /** The token in the last mail to {@code email}. */
    String lastTokenMailedTo(EmailAddress email) {
        OutgoingMail mail = mails.stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow();
        return mail.body().lines().filter(line -> line.matches("[A-Za-z0-9_-]{43}")).findFirst().orElseThrow();
    }
}
