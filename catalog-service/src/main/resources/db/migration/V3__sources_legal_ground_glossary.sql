-- Issue [3/6]: every claim with its source, Iraq's and the KRG's legal ground, and the glossary.

-- a design option's sources, what adopting it takes in each government's law, and its risks there
ALTER TABLE design_option_version
    ADD COLUMN sources      jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN legal_basis  jsonb NOT NULL DEFAULT '[]',
    ADD COLUMN risks        jsonb NOT NULL DEFAULT '[]',
    ADD CONSTRAINT design_option_version_sources_array CHECK (jsonb_typeof(sources) = 'array'),
    ADD CONSTRAINT design_option_version_legal_basis_array CHECK (jsonb_typeof(legal_basis) = 'array'),
    ADD CONSTRAINT design_option_version_risks_array CHECK (jsonb_typeof(risks) = 'array');

-- a country model's facts name their sources; a size names its year
ALTER TABLE country_model
    ADD COLUMN facts                 jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN women_in_senior_posts jsonb,
    ADD CONSTRAINT country_model_facts_object CHECK (jsonb_typeof(facts) = 'object');

ALTER TABLE country_choice
    ADD COLUMN source_refs jsonb NOT NULL DEFAULT '[]';

CREATE TABLE legal_instrument (
    code          varchar(64)  PRIMARY KEY,
    jurisdiction  varchar(16)  NOT NULL,
    kind          varchar(16)  NOT NULL,
    number        varchar(32),
    year          integer      NOT NULL,
    title         jsonb        NOT NULL,
    relevance     jsonb        NOT NULL,
    sources       jsonb        NOT NULL DEFAULT '[]',
    version       bigint       NOT NULL DEFAULT 0,
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT legal_instrument_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    CONSTRAINT legal_instrument_jurisdiction_known CHECK (jurisdiction IN ('FEDERAL_IRAQ', 'KRG')),
    CONSTRAINT legal_instrument_kind_known CHECK (kind IN ('CONSTITUTION', 'LAW', 'REGULATION', 'DECISION')),
    CONSTRAINT legal_instrument_title_has_english CHECK (jsonb_typeof(title -> 'en') = 'string')
);

CREATE INDEX legal_instrument_jurisdiction_idx ON legal_instrument (jurisdiction, year);

CREATE TABLE glossary_term (
    code         varchar(64)  PRIMARY KEY,
    position     integer      NOT NULL,
    term         jsonb        NOT NULL,
    definition   jsonb        NOT NULL,
    do_not_use   jsonb        NOT NULL DEFAULT '[]',
    version      bigint       NOT NULL DEFAULT 0,
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT glossary_term_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    CONSTRAINT glossary_term_has_english CHECK (jsonb_typeof(term -> 'en') = 'string')
);
