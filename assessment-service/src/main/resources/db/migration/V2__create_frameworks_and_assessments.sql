-- Readiness frameworks (versioned), ministry assessments, their status history, audit and idempotency.

CREATE TABLE framework (
    code         varchar(64)  PRIMARY KEY,
    name         jsonb        NOT NULL,
    description  jsonb        NOT NULL,
    created_by   varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL,
    lock_version bigint       NOT NULL DEFAULT 0,
    CONSTRAINT framework_code_format CHECK (code ~ '^[A-Z][A-Z0-9-]{1,63}$')
);

-- A version's content (areas, criteria, levels) is one document: it is read and frozen whole.
CREATE TABLE framework_version (
    id              uuid         PRIMARY KEY,
    framework_code  varchar(64)  NOT NULL REFERENCES framework (code),
    version         integer      NOT NULL,
    areas           jsonb        NOT NULL,
    in_use          boolean      NOT NULL DEFAULT false,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    revision        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT framework_version_unique UNIQUE (framework_code, version),
    CONSTRAINT framework_version_positive CHECK (version > 0)
);

CREATE TABLE assessment (
    id                 uuid         PRIMARY KEY,
    ministry_code      varchar(32)  NOT NULL REFERENCES ministry (code),
    framework_code     varchar(64)  NOT NULL,
    framework_version  integer      NOT NULL,
    period             varchar(7)   NOT NULL,
    status             varchar(16)  NOT NULL,
    answers            jsonb        NOT NULL DEFAULT '[]',
    -- frozen when validated, so aggregates never recompute history
    overall_score      double precision,
    readiness_level    varchar(16),
    area_scores        jsonb,
    created_by         varchar(200) NOT NULL,
    created_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    submitted_at       timestamptz,
    validated_at       timestamptz,
    revision           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT assessment_one_per_period UNIQUE (ministry_code, framework_code, period),
    CONSTRAINT assessment_framework_version_fk FOREIGN KEY (framework_code, framework_version)
        REFERENCES framework_version (framework_code, version),
    CONSTRAINT assessment_period_format CHECK (period ~ '^[0-9]{4}(-Q[1-4])?$'),
    CONSTRAINT assessment_status_known CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'VALIDATED'))
);
CREATE INDEX assessment_status_idx ON assessment (status);
CREATE INDEX assessment_period_idx ON assessment (period);
CREATE INDEX assessment_created_idx ON assessment (created_at DESC, id);
CREATE INDEX assessment_validated_idx ON assessment (ministry_code, validated_at DESC) WHERE status = 'VALIDATED';

CREATE TABLE assessment_status_change (
    id             uuid         PRIMARY KEY,
    assessment_id  uuid         NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    from_status    varchar(16),
    to_status      varchar(16)  NOT NULL,
    changed_by     varchar(200) NOT NULL,
    changed_at     timestamptz  NOT NULL,
    reason         varchar(2000),
    comments       jsonb        NOT NULL DEFAULT '[]'
);
CREATE INDEX assessment_status_change_assessment_idx ON assessment_status_change (assessment_id, changed_at);

-- Who did what and when, for every create, change of answers and change of status.
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
