/**
 * Rate-limit counters. With {@code lms.redis.url} set they live in Redis, so every server instance
 * counts into the same windows; without it (the embedded default) an in-process counter with the
 * same fixed-window rule stands in behind the same port.
 */
package org.lms.adapter.out.redis;
