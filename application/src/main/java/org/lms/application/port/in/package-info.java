/** Incoming ports: the use cases the outside world may call, with their commands and queries. */
package org.lms.application.port.in;
