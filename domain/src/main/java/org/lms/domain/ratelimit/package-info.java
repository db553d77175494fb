/**
 * Rate limiting as values: which class of endpoint a request falls into, how many requests a
 * subject may make per window, what to do when the shared counter store cannot answer, and the
 * fixed-window rule that turns a hit count into a decision.
 */
package org.lms.domain.ratelimit;
