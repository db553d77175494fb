/** Building blocks every part of the domain shares: the exception families and the event contract. */
package org.lms.domain.shared;
