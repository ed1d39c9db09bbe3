-- Why a generated activity waits for more than its own steps (a readiness gap that must close first), in en/ar/ckb.
ALTER TABLE roadmap_activity ADD COLUMN reason jsonb;
-- Activity kinds of the rules of framework version 2: the legislative package, agreement cycles, the evaluation.
ALTER TABLE roadmap_activity ALTER COLUMN kind TYPE varchar(32);
