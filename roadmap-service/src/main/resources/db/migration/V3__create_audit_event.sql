-- Every change to a roadmap, written in the transaction that makes it.
CREATE TABLE audit_event (
    id           uuid         PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(200) NOT NULL,
    action       varchar(64)  NOT NULL,
    entity_type  varchar(64)  NOT NULL,
    entity_id    varchar(64)  NOT NULL,
    details      jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id);
