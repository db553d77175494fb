package org.lms.application.event;

/**
 * Fired once the database schema is current at start-up, for start-up work that needs the tables
 * (the start-up events of the EAR's modules arrive in no fixed order, so they cannot be relied on).
 */
public record SchemaReady() {
}
