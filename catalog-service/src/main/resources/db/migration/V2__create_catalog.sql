-- SES design dimensions, the versioned design options of each, and country models.

CREATE TABLE dimension (
    code           varchar(64)  PRIMARY KEY,
    name           jsonb        NOT NULL,
    description    jsonb        NOT NULL,
    display_order  integer      NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT dimension_code_format CHECK (code ~ '^[A-Z][A-Z_]{1,63}$'),
    CONSTRAINT dimension_name_has_english CHECK (jsonb_typeof(name -> 'en') = 'string'),
    CONSTRAINT dimension_order_unique UNIQUE (display_order)
);

-- The identity of a design option; its content lives in one row per version.
CREATE TABLE design_option (
    id                 uuid         PRIMARY KEY,
    code               varchar(64)  NOT NULL,
    latest_version     integer      NOT NULL,
    -- the version readers see; null while never published and after retirement
    published_version  integer,
    created_by         varchar(200) NOT NULL,
    created_at         timestamptz  NOT NULL,
    lock_version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT design_option_code_unique UNIQUE (code),
    CONSTRAINT design_option_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{2,63}$'),
    CONSTRAINT design_option_published_not_after_latest CHECK (published_version IS NULL OR published_version <= latest_version)
);

CREATE TABLE design_option_version (
    id                    uuid         PRIMARY KEY,
    option_id             uuid         NOT NULL REFERENCES design_option (id) ON DELETE CASCADE,
    version               integer      NOT NULL,
    status                varchar(16)  NOT NULL,
    dimension_code        varchar(64)  NOT NULL REFERENCES dimension (code),
    title                 jsonb        NOT NULL,
    summary               jsonb        NOT NULL,
    description           jsonb        NOT NULL,
    pros                  jsonb        NOT NULL DEFAULT '[]',
    cons                  jsonb        NOT NULL DEFAULT '[]',
    prerequisites         jsonb        NOT NULL DEFAULT '[]',
    implementation_steps  jsonb        NOT NULL DEFAULT '[]',
    pillars               text[]       NOT NULL DEFAULT '{}',
    countries             text[]       NOT NULL DEFAULT '{}',
    created_by            varchar(200) NOT NULL,
    created_at            timestamptz  NOT NULL,
    updated_by            varchar(200) NOT NULL,
    updated_at            timestamptz  NOT NULL,
    published_by          varchar(200),
    published_at          timestamptz,
    retired_by            varchar(200),
    retired_at            timestamptz,
    revision              bigint       NOT NULL DEFAULT 0,
    -- full-text search per served language; a field missing a translation is searched in English
    search_en   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('english'::regconfig, coalesce(summary ->> 'en', '')), 'B') ||
        setweight(to_tsvector('english'::regconfig, coalesce(description ->> 'en', '')), 'C')) STORED,
    search_ar   tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('arabic'::regconfig, coalesce(title ->> 'ar', title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('arabic'::regconfig, coalesce(summary ->> 'ar', summary ->> 'en', '')), 'B') ||
        setweight(to_tsvector('arabic'::regconfig, coalesce(description ->> 'ar', description ->> 'en', '')), 'C')) STORED,
    -- PostgreSQL has no Kurdish stemmer: the simple configuration matches whole words
    search_ckb  tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, coalesce(title ->> 'ckb', title ->> 'en', '')), 'A') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(summary ->> 'ckb', summary ->> 'en', '')), 'B') ||
        setweight(to_tsvector('simple'::regconfig, coalesce(description ->> 'ckb', description ->> 'en', '')), 'C')) STORED,
    CONSTRAINT design_option_version_unique UNIQUE (option_id, version),
    CONSTRAINT design_option_version_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    CONSTRAINT design_option_version_title_has_english CHECK (jsonb_typeof(title -> 'en') = 'string')
);

CREATE INDEX design_option_version_dimension_idx ON design_option_version (dimension_code);
CREATE INDEX design_option_version_status_idx ON design_option_version (status);
CREATE INDEX design_option_version_updated_idx ON design_option_version (updated_at);
CREATE INDEX design_option_version_pillars_idx ON design_option_version USING gin (pillars);
CREATE INDEX design_option_version_countries_idx ON design_option_version USING gin (countries);
CREATE INDEX design_option_version_search_en_idx ON design_option_version USING gin (search_en);
CREATE INDEX design_option_version_search_ar_idx ON design_option_version USING gin (search_ar);
CREATE INDEX design_option_version_search_ckb_idx ON design_option_version USING gin (search_ckb);

CREATE TABLE country_model (
    code          char(2)      PRIMARY KEY,
    name          jsonb        NOT NULL,
    system_name   jsonb        NOT NULL,
    established   jsonb        NOT NULL,
    size          jsonb        NOT NULL,
    central_body  jsonb        NOT NULL,
    traits        jsonb        NOT NULL,
    sources       jsonb        NOT NULL DEFAULT '[]',
    version       bigint       NOT NULL DEFAULT 0,
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT country_model_code_format CHECK (code ~ '^[A-Z]{2}$')
);

-- The option a country chose for a dimension.
CREATE TABLE country_choice (
    country_code    char(2)      NOT NULL REFERENCES country_model (code) ON DELETE CASCADE,
    dimension_code  varchar(64)  NOT NULL REFERENCES dimension (code),
    option_code     varchar(64)  NOT NULL REFERENCES design_option (code),
    note            jsonb,
    PRIMARY KEY (country_code, dimension_code)
);
CREATE INDEX country_choice_option_idx ON country_choice (option_code);
