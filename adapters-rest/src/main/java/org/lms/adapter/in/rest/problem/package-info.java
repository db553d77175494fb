/** Every failure leaves the API as RFC 9457 problem+json with the right status and no internals. */
package org.lms.adapter.in.rest.problem;
