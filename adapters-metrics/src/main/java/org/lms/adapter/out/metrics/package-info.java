/**
 * Observability adapters: application metrics (MicroProfile Metrics on a Prometheus registry,
 * every name and label checked against the metric catalogue), health checks, and error and
 * trace reporting to Sentry.
 */
package org.lms.adapter.out.metrics;
