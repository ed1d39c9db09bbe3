-- Issue [5/6]: a restart of the same build does not load the seed again. One row: the fingerprint
-- of the build whose seed was last loaded (its application jar, seed files included) and when.
CREATE TABLE seed_load (
    id           smallint     PRIMARY KEY DEFAULT 1,
    fingerprint  varchar(64)  NOT NULL,
    loaded_at    timestamptz  NOT NULL,
    CONSTRAINT seed_load_single_row CHECK (id = 1)
);
