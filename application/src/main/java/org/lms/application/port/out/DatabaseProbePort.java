package org.lms.application.port.out;

/** Tells whether the database answers, for readiness checks. */
public interface DatabaseProbePort {

    /** Runs a trivial query; throws when the database cannot be reached in time. */
    void probe();
}
