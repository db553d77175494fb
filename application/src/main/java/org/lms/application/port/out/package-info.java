/** Outgoing ports: what the use cases need from storage, messaging and other systems, by capability. */
package org.lms.application.port.out;
