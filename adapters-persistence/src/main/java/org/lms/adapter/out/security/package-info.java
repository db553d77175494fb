/**
 * Security adapters: Argon2id password hashes, RS256 access tokens and the key pair that signs them,
 * TOTP codes, and outgoing mail (SMTP through a WildFly mail session, or the log in the embedded default).
 */
package org.lms.adapter.out.security;
