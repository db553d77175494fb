/** HTTP concerns shared by every resource: body limits and request correlation. */
package org.lms.adapter.in.rest.http;
