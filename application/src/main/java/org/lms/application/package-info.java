/**
 * The application layer: use cases (incoming ports), what they need from the outside world
 * (outgoing ports) and the services that implement them inside a transaction.
 */
package org.lms.application;
