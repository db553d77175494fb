/** Who is calling: the request-scoped actor and the (development-only, for now) way it is established. */
package org.lms.adapter.in.rest.caller;
