/** What every use case shares: the transaction stereotype, paging, the clock and the request's origin. */
package org.lms.application.common;
