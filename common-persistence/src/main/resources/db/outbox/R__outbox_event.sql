-- The outbox of a service whose changes others are told of (issue [6/6]), shipped by
-- common-persistence: each event is written in the transaction of its change, and the relay
-- hands it to webhook-service. Repeatable and idempotent, so it runs beside each service's own
-- versioned migrations without taking a version number of theirs; later changes go here as
-- idempotent statements too.
CREATE TABLE IF NOT EXISTS outbox_event (
    id           uuid          PRIMARY KEY,
    type         varchar(64)   NOT NULL,
    occurred_at  timestamptz   NOT NULL,
    resource     varchar(500)  NOT NULL,
    data         jsonb         NOT NULL,
    audience     jsonb         NOT NULL,
    relayed_at   timestamptz
);
CREATE INDEX IF NOT EXISTS outbox_event_unrelayed_idx ON outbox_event (occurred_at, id) WHERE relayed_at IS NULL;
