/**
 * Live abuse signals for alerting: gauges that rise and fall with the traffic, kept in memory and
 * updated when the traffic happens, so a scrape only reads them.
 */
package org.lms.adapter.out.metrics.abuse;
