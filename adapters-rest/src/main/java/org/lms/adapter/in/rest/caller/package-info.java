/**
 * Who is calling and what they may call: the bearer-token filter that establishes the request's
 * actor, the filter that enforces each resource method's {@code @RolesAllowed}/{@code @PermitAll},
 * and the record of every refused request.
 */
package org.lms.adapter.in.rest.caller;
