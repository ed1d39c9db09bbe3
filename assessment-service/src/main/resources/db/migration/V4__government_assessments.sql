-- An assessment has one subject: a ministry (ministry_code set) or a whole government (ministry_code null).
-- Every assessment records its government, so lists filter by government without a join.
ALTER TABLE assessment ADD COLUMN government varchar(16);
UPDATE assessment a SET government = m.government FROM ministry m WHERE m.code = a.ministry_code;
ALTER TABLE assessment ALTER COLUMN government SET NOT NULL;
ALTER TABLE assessment ALTER COLUMN ministry_code DROP NOT NULL;
ALTER TABLE assessment ADD CONSTRAINT assessment_government_known CHECK (government IN ('FEDERAL_IRAQ', 'KRG'));

-- Periods in time order: by year, then quarter, a whole year after its quarters (2026-Q4 < 2026 < 2027-Q1).
ALTER TABLE assessment ADD COLUMN period_order integer GENERATED ALWAYS AS (
    CAST(substr(period, 1, 4) AS integer) * 10
        + CASE WHEN length(period) = 7 THEN CAST(substr(period, 7, 1) AS integer) ELSE 5 END) STORED;

-- One government assessment per government, framework and period (ministries keep assessment_one_per_period).
CREATE UNIQUE INDEX assessment_government_one_per_period ON assessment (government, framework_code, period)
    WHERE ministry_code IS NULL;
CREATE INDEX assessment_latest_idx ON assessment (government, ministry_code, period_order DESC, validated_at DESC)
    WHERE status = 'VALIDATED';
