/**
 * Abuse protection as values: the progressive lockout schedule after failed sign-ins, and the
 * detection rules that turn counts of failures into named suspicious-activity findings.
 */
package org.lms.domain.abuse;
