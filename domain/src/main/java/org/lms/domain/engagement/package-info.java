/** How engaged a student is in a course, as an explainable score recomputed from recent activity. */
package org.lms.domain.engagement;
