-- The four advisory pillars every design option and readiness area is tagged with.
CREATE TABLE pillar (
    code           varchar(64)  PRIMARY KEY,
    name           jsonb        NOT NULL,
    description    jsonb        NOT NULL,
    display_order  integer      NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pillar_code_format CHECK (code ~ '^[A-Z][A-Z_]{1,63}$'),
    CONSTRAINT pillar_name_has_english CHECK (jsonb_typeof(name -> 'en') = 'string'),
    CONSTRAINT pillar_order_unique UNIQUE (display_order)
);
