/** Events of progress: a lesson completed, a course completed. */
package org.lms.domain.progress.event;
