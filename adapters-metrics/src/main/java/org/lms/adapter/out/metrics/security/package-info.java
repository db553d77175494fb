/**
 * The plain security event log: each event becomes one log line (type, user id, qualifier, never a
 * secret or an address) and the security metrics. A tamper-evident store can replace or wrap it
 * behind the same {@code SecurityEventPort}.
 */
package org.lms.adapter.out.metrics.security;
