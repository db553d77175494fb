-- Background jobs (the transactional outbox): written in the transaction of the change that asks
-- for them, claimed by workers with FOR UPDATE SKIP LOCKED. The payload is a small JSON text and
-- never holds secrets; last_error is a bounded one-line summary, never a stack trace.
CREATE TABLE job (
    id              UUID          PRIMARY KEY,
    type            VARCHAR(40)   NOT NULL,
    idempotency_key VARCHAR(200)  NOT NULL,
    payload         VARCHAR(8000) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    max_attempts    INTEGER       NOT NULL,
    run_after       TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by       VARCHAR(100),
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL,
    -- Enqueuing the same logical job twice stores it once.
    CONSTRAINT job_type_key_unique UNIQUE (type, idempotency_key),
    CONSTRAINT job_state_known CHECK (state IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'DEAD')),
    CONSTRAINT job_attempts_range CHECK (attempts >= 0 AND max_attempts >= 1),
    CONSTRAINT job_running_has_lease CHECK (state <> 'RUNNING' OR (locked_by IS NOT NULL AND locked_until IS NOT NULL))
);

-- Claiming: due PENDING jobs by run_after, and RUNNING jobs whose lease expired by locked_until.
CREATE INDEX job_state_run_after_idx ON job (state, run_after);
CREATE INDEX job_state_locked_until_idx ON job (state, locked_until);
-- The queue gauges count by state and type; the admin list pages by state, most recently changed first.
CREATE INDEX job_state_type_idx ON job (state, type);
CREATE INDEX job_state_updated_idx ON job (state, updated_at DESC, id);
