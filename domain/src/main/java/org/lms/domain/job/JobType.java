package org.lms.domain.job;

/**
 * The closed set of work the queue carries. A type is stored by name, so renaming one is a
 * migration; a deployment that has no handler for a type fails those jobs until one is deployed.
 */
public enum JobType {
    CERTIFICATE_ISSUANCE,
    EMAIL,
    ENGAGEMENT_RECOMPUTE,
    METRICS_REFRESH
}
