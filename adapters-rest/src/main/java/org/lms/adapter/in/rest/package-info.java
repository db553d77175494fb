/**
 * Incoming REST adapter: Jakarta REST resources under {@code /api/v1}, request and response
 * records validated at the edge, and the mapping of every failure to RFC 9457 problem+json.
 */
package org.lms.adapter.in.rest;
