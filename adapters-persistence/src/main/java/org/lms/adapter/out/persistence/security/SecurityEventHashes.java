package org.lms.adapter.out.persistence.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical text of a row and its hash. Every field is written as {@code <length>:<value>;}
 * in a fixed order, so no value can be shifted into its neighbour to forge the same text; the
 * previous hash is the last field, which links the row to the chain.
 */
final class SecurityEventHashes {

    static final String GENESIS = "0".repeat(64);

    private SecurityEventHashes() {
    }

    static String hash(SecurityEventJpaEntity row) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(row).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String canonical(SecurityEventJpaEntity row) {
        StringBuilder text = new StringBuilder(256);
        for (String field : new String[] {Long.toString(row.id), row.type, row.outcome,
                row.actorUserId == null ? "" : row.actorUserId.toString(), row.clientIp, row.userAgent,
                row.occurredAt.toString(), row.requestId, row.details, row.prevHash}) {
            text.append(field.length()).append(':').append(field).append(';');
        }
        return text.toString();
    }
}
