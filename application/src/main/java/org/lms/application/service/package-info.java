/** Services implementing the use cases, one transaction per call. */
package org.lms.application.service;
