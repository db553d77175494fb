-- The security event log: append-only and hash-chained. Each row's hash is SHA-256 over the
-- canonical text of the row including prev_hash, the hash of the row before (64 zeros for the
-- first), so changing, removing or inserting a row breaks the chain from there on. The application
-- never updates or deletes rows; retention is archiving by operations (see the README).
CREATE TABLE security_event (
    id            BIGINT        PRIMARY KEY,
    type          VARCHAR(40)   NOT NULL,
    outcome       VARCHAR(16)   NOT NULL,
    actor_user_id UUID,
    client_ip     VARCHAR(64)   NOT NULL,
    user_agent    VARCHAR(200)  NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    request_id    VARCHAR(64)   NOT NULL,
    details       VARCHAR(200)  NOT NULL,
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL,
    CONSTRAINT security_event_outcome_known CHECK (outcome IN ('success', 'failure', 'detected'))
);

CREATE INDEX security_event_occurred_at_idx ON security_event (occurred_at);
CREATE INDEX security_event_type_occurred_at_idx ON security_event (type, occurred_at);

-- The head of the chain: one row, locked FOR UPDATE by every append, so that concurrent appends
-- (from any server) take their turn and each links to the one before.
CREATE TABLE security_event_chain (
    id        SMALLINT  PRIMARY KEY,
    last_id   BIGINT    NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT security_event_chain_single CHECK (id = 1)
);

INSERT INTO security_event_chain (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
