/** What happens to enrollments, as past-tense events for metrics, audit and later reactions. */
package org.lms.domain.enrollment.event;
