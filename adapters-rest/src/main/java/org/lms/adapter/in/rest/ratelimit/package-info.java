/**
 * Rate limiting at the edge: which endpoint class a request belongs to, who it counts against
 * (the user, or the client address), the configured limits, and the 429/503 answers with the
 * {@code RateLimit-*} headers.
 */
package org.lms.adapter.in.rest.ratelimit;
