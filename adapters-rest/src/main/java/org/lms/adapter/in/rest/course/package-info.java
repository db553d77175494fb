/** The course endpoints and their request/response records. */
package org.lms.adapter.in.rest.course;
