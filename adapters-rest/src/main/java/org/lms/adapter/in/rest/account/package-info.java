/** The signed-in caller's own account: profile, password change, TOTP enrolment and removal. */
package org.lms.adapter.in.rest.account;
