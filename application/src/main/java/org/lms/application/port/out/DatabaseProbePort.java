package org.lms.application.port.out;

/** Tells whether the database answers and carries the current schema, for health checks. */
public interface DatabaseProbePort {

    /** Runs a trivial query; throws when the database cannot be reached in time. */
    void probe();

    /** Whether the schema migrations have been applied since the application started. */
    boolean isSchemaMigrated();
}
