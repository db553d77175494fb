package org.lms.adapter.out.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.application.port.out.AccessTokenPort;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.InvalidCredentialsException;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;

/**
 * Access tokens as MicroProfile JWT expects them: RS256, {@code sub} = user id, {@code upn} = email,
 * {@code groups} = roles, {@code iss}, {@code iat}, {@code exp}, {@code jti}. Fifteen minutes long,
 * because they cannot be revoked: logout and password changes revoke the refresh tokens instead.
 */
@ApplicationScoped
public class JwtAccessTokens implements AccessTokenPort {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    private SigningKeys keys;
    private String issuer;
    private Clock clock;

    protected JwtAccessTokens() {
    }

    @Inject
    public JwtAccessTokens(SigningKeys keys, @ConfigProperty(name = "lms.jwt.issuer", defaultValue = "lms") String issuer,
                           Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public IssuedAccessToken issueAccessToken(UserId user, EmailAddress email, Set<Role> roles) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        JsonArrayBuilder groups = Json.createArrayBuilder();
        roles.stream().sorted().forEach(role -> groups.add(role.name()));
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", user.value().toString())
                .add("upn", email.value())
                .add("groups", groups)
                .add("iat", now.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        return new IssuedAccessToken(JwtCodec.sign(claims, keys.privateKey()), expiresAt);
    }

    @Override
    public VerifiedAccess verifyAccessToken(String token) {
        JsonObject claims = JwtCodec.verify(token, keys.publicKey(), issuer, clock.instant());
        try {
            UserId user = new UserId(UUID.fromString(claims.getString("sub")));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            claims.getJsonArray("groups").getValuesAs(JsonString.class)
                    .forEach(group -> roles.add(Role.valueOf(group.getString())));
            return new VerifiedAccess(user, roles);
        } catch (RuntimeException e) {
            throw new InvalidCredentialsException();
        }
    }
}
