/**
 * Running background jobs: the handler contract, the handler registry, the queue settings and the
 * handlers this application provides.
 */
package org.lms.application.job;
