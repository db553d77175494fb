/** Who acts in the domain: accounts, their credentials policy, user ids, roles and the caller of a use case. */
package org.lms.domain.identity;
