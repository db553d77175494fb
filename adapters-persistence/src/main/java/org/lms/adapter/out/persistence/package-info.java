/**
 * Outgoing persistence adapters: JPA entities kept apart from the domain, mappers between the two,
 * adapters implementing the application's ports, and the schema migrations run at start.
 */
package org.lms.adapter.out.persistence;
