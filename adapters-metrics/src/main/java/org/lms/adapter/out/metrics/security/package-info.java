/**
 * The security event recorder: each event becomes one log line (type, user id, qualifier, never a
 * secret or an address), one entry of the hash-chained event log and the security metrics.
 */
package org.lms.adapter.out.metrics.security;
