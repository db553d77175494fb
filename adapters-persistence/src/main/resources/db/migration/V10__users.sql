-- Accounts. The domain bounds the email (254) and the name (100 characters); the name column allows
-- four times that, like the course columns, so H2 and PostgreSQL agree on what fits. Roles are a
-- comma-separated subset of STUDENT, INSTRUCTOR, ADMIN. Only hashes of passwords and recovery codes
-- are stored; the TOTP key must stay readable, because the server computes the same codes as the phone.
CREATE TABLE users (
    id                  UUID          PRIMARY KEY,
    email               VARCHAR(254)  NOT NULL,
    display_name        VARCHAR(400)  NOT NULL,
    password_hash       VARCHAR(200)  NOT NULL,
    roles               VARCHAR(64)   NOT NULL,
    email_verified      BOOLEAN       NOT NULL,
    totp_secret         VARCHAR(64),
    mfa_enabled         BOOLEAN       NOT NULL,
    last_totp_step      BIGINT        NOT NULL,
    recovery_code_hashes VARCHAR(1000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email),
    CONSTRAINT users_mfa_has_secret CHECK (mfa_enabled = FALSE OR totp_secret IS NOT NULL)
);

-- Single-use tokens mailed to users or handed out between login steps, by SHA-256 hash.
CREATE TABLE one_time_token (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    purpose     VARCHAR(24)  NOT NULL,
    user_id     UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT one_time_token_purpose_known CHECK (purpose IN ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'MFA_CHALLENGE'))
);
CREATE INDEX one_time_token_user_idx ON one_time_token (user_id, purpose);

-- Refresh tokens by SHA-256 hash. A family is one login's chain of rotated tokens; retired_at is set
-- when a token is rotated or revoked, and presenting a retired token revokes its whole family.
CREATE TABLE refresh_token (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    family_id   UUID         NOT NULL,
    user_id     UUID         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_token_family_idx ON refresh_token (family_id);
CREATE INDEX refresh_token_user_idx ON refresh_token (user_id);
