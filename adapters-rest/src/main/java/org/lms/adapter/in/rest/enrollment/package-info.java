/** The enrollment endpoints (a course's enrollments and the caller's own) and their request/response records. */
package org.lms.adapter.in.rest.enrollment;
