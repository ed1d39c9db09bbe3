-- Ministries of the federal government of Iraq and of the Kurdistan Regional Government.
CREATE TABLE ministry (
    id          uuid PRIMARY KEY,
    code        varchar(32)  NOT NULL,
    name        jsonb        NOT NULL,
    government  varchar(16)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT ministry_code_unique UNIQUE (code),
    CONSTRAINT ministry_code_format CHECK (code ~ '^[A-Z][A-Z0-9-]{1,31}$'),
    CONSTRAINT ministry_government_known CHECK (government IN ('FEDERAL_IRAQ', 'KRG')),
    CONSTRAINT ministry_name_has_english CHECK (jsonb_typeof(name -> 'en') = 'string')
);

CREATE INDEX ministry_government_idx ON ministry (government, code);
