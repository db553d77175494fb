/** What happens to certificates: issued, revoked. */
package org.lms.domain.certificate.event;
