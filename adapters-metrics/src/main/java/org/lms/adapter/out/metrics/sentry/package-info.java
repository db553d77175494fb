/** Error and performance reporting to Sentry through the plain Java SDK. */
package org.lms.adapter.out.metrics.sentry;
