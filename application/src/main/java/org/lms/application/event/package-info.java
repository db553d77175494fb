/** Delivery of domain events inside the application. */
package org.lms.application.event;
