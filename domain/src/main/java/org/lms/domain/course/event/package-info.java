/** What happens to courses, as past-tense events for metrics, audit and later reactions. */
package org.lms.domain.course.event;
