/** Who acts in the domain: user ids, roles and the caller of a use case. */
package org.lms.domain.identity;
