/** Events of assignments: a submission graded. */
package org.lms.domain.assignment.event;
