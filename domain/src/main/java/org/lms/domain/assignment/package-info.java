/** Assignment submissions: each hand-in is its own record, graded once by the course's staff. */
package org.lms.domain.assignment;
