/** Lessons of a course: their kinds, content, order and the rule that says when a student has completed one. */
package org.lms.domain.lesson;
