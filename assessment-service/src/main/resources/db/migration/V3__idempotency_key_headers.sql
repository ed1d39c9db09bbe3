-- The headers a replay of an Idempotency-Key answers with, as the original had them (Location, ETag,
-- Content-Type, Content-Language), as a JSON object.
ALTER TABLE idempotency_key ADD COLUMN headers text;
