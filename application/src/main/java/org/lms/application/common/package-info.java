/** What every use case shares: the transaction stereotype, paging and the clock. */
package org.lms.application.common;
