/** Engagement scores (table {@code engagement_score}, view {@code report_engagement}) and instructor workload. */
package org.lms.adapter.out.persistence.engagement;
