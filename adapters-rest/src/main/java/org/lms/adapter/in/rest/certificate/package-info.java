/** Certificates: public verification by code, the full certificate and its HTML rendering, revocation by admins. */
package org.lms.adapter.in.rest.certificate;
