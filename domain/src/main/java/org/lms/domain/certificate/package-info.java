/** Certificates of completion: issued once per student and course, publicly verifiable by code, revocable by admins. */
package org.lms.domain.certificate;
