-- TOTP secrets are stored sealed (AES-256-GCM, "v1:" + base64 of nonce, ciphertext and tag: 83
-- characters for a 160-bit secret), which no longer fits the 64 characters of plain base32. Secrets
-- stored before stay readable as they are and are sealed at their account's next save.
ALTER TABLE users ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
