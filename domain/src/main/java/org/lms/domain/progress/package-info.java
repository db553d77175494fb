/** A student's progress through a course: which lessons they completed and when they completed the course. */
package org.lms.domain.progress;
