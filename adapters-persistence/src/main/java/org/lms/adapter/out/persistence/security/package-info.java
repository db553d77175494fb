/**
 * The security event log in the database: an append-only table whose rows are chained by SHA-256
 * hashes, and the single chain-head row that serialises appends.
 */
package org.lms.adapter.out.persistence.security;
