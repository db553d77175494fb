/** Paging query parameters shared by every list endpoint. */
package org.lms.adapter.in.rest.paging;
