/** Engagement scores per course and per student, and an instructor's workload. */
package org.lms.adapter.in.rest.engagement;
