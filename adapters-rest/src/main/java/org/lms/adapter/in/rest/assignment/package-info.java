/** Assignment submissions: the grading queue of a course, grading, and each student's own grades. */
package org.lms.adapter.in.rest.assignment;
