-- Phased implementation roadmaps; phases, activities and their snapshot come with the generator.
CREATE TABLE roadmap (
    id          uuid PRIMARY KEY,
    title       varchar(300) NOT NULL,
    government  varchar(16)  NOT NULL,
    status      varchar(16)  NOT NULL DEFAULT 'DRAFT',
    start_date  date         NOT NULL,
    created_by  varchar(200) NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT roadmap_government_known CHECK (government IN ('FEDERAL_IRAQ', 'KRG')),
    CONSTRAINT roadmap_status_known CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
);

CREATE INDEX roadmap_status_idx ON roadmap (status, created_at DESC);
CREATE INDEX roadmap_government_idx ON roadmap (government, created_at DESC);
