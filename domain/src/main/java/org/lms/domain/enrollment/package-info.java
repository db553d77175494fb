/** Enrollment: a student's place in a published course, taken and given up over time. */
package org.lms.domain.enrollment;
