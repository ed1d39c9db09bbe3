-- What a generated roadmap is made of: its activities and milestones, and a snapshot of its inputs.
ALTER TABLE roadmap
    ADD COLUMN sources        jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN duration_days  integer NOT NULL DEFAULT 0;

CREATE TABLE roadmap_activity (
    id                uuid         PRIMARY KEY,
    roadmap_id        uuid         NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    position          integer      NOT NULL,
    code              varchar(200) NOT NULL,
    phase             varchar(20)  NOT NULL,
    kind              varchar(20)  NOT NULL,
    name              jsonb        NOT NULL,
    owner             varchar(32)  NOT NULL,
    pillar            varchar(64),
    duration_days     integer      NOT NULL,
    depends_on        text[]       NOT NULL DEFAULT '{}',
    status            varchar(16)  NOT NULL DEFAULT 'NOT_STARTED',
    percent_complete  integer      NOT NULL DEFAULT 0,
    actual_start      date,
    actual_end        date,
    note              varchar(2000),
    updated_by        varchar(200),
    updated_at        timestamptz,
    CONSTRAINT roadmap_activity_code_unique UNIQUE (roadmap_id, code),
    CONSTRAINT roadmap_activity_status_known CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    CONSTRAINT roadmap_activity_percent_range CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT roadmap_activity_duration_positive CHECK (duration_days >= 0),
    CONSTRAINT roadmap_activity_actual_order CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
CREATE INDEX roadmap_activity_roadmap_idx ON roadmap_activity (roadmap_id, position);
CREATE INDEX roadmap_activity_owner_idx ON roadmap_activity (owner);

-- Responses of POSTs sent with an Idempotency-Key, kept 24 hours to replay them.
CREATE TABLE idempotency_key (
    scope         varchar(300) NOT NULL,
    idem_key      varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        integer      NOT NULL,
    location      varchar(1000),
    body          text,
    created_at    timestamptz  NOT NULL,
    expires_at    timestamptz  NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);
