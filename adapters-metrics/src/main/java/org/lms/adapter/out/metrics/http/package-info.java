/** HTTP side of metrics: the request timer and the scrape endpoint. */
package org.lms.adapter.out.metrics.http;
