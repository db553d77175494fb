/** Lessons of a course over HTTP: managing them, reading them, completing them. */
package org.lms.adapter.in.rest.lesson;
