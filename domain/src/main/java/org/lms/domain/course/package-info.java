/** Courses: the aggregate, its value objects and the rules of its lifecycle. */
package org.lms.domain.course;
