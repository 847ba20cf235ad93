-- 006_plans.sql - the plans of a batch's statements stay index lookups as
-- the tables grow: a daemon's connection plans them on nearly empty tables.
--
-- PL/pgSQL keeps the plan of each statement of a function for the session,
-- and after five calls a generic plan, made with the table sizes of that
-- moment.  A daemon's connection stores its first batches into nearly empty
-- tables (a new database, or one whose statistics say so until autovacuum's
-- first ANALYZE), so the statements that pick rows by a list of ids (`id =
-- ANY (...)`) were planned as scans of the whole table, cheaper than index
-- lookups for a few pages, and kept scanning the whole table as it grew:
-- in tw_write_rounds the UPDATE of commitments, in tw_track_fast the UPDATE
-- of claims and the DELETE of commitments, in tw_ingest_batch the check
-- for stored low-confidence claims (run as one hashed scan of every
-- low-confidence claim).  A commitment deleted (a rebuilt key with fewer
-- rounds) set its alerts' commitment_id to NULL by a scan of all alerts:
-- no index on alerts (commitment_id).  Over the 20,000 articles of the
-- end-to-end benchmark those statements went from 1.1-3.4 ms to 5.7-10.3 ms
-- per call (docs/BENCHMARKS.md, "End to end, round three").
--
-- Here: every table the tracking functions read is read by an index
-- (enable_seqscan off in the functions a batch runs, so that a cached plan
-- is the same whatever the tables' size was when it was made; a statement
-- with no usable index still scans, at a cost the planner now counts as
-- prohibitive, which tests/e2e/test_plans.py would report), and an index on
-- alerts (commitment_id) for ON DELETE SET NULL.  (The check for stored
-- low-confidence claims probes the partial index per key since 005: both
-- landed in one change, so 006 does not restate tw_ingest_batch.)  The rows
-- are the same (tests/e2e/test_batch_tracking.py); only the plans change.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

CREATE INDEX alerts_commitment ON alerts (commitment_id);

-- The functions a batch runs: tw_ingest_batch, set-based (tw_track_fast,
-- tw_write_rounds, tw_alert_many) or per key (tw_track_key and what it
-- calls; tw_ingest, the one-article call).  Each keeps the setting of its
-- own definition, so a plan it caches does not depend on which function
-- called it first (tw_replace_claims and tw_mark_overdue reach some of
-- them too).
ALTER FUNCTION tw_ingest_batch(jsonb, text[], float8) SET enable_seqscan = off;
ALTER FUNCTION tw_track_fast(bigint[], claims[], int[]) SET enable_seqscan = off;
ALTER FUNCTION tw_write_rounds(commitments[]) SET enable_seqscan = off;
ALTER FUNCTION tw_alert_many(bigint[], text[]) SET enable_seqscan = off;
ALTER FUNCTION tw_track_key(bigint, bigint, claims[]) SET enable_seqscan = off;
ALTER FUNCTION tw_rebuild(bigint, int, bigint, claims[]) SET enable_seqscan = off;
ALTER FUNCTION tw_write_round(commitments, bigint[], bigint[]) SET enable_seqscan = off;
ALTER FUNCTION tw_place_low(bigint, int) SET enable_seqscan = off;
ALTER FUNCTION tw_ingest(jsonb, float8) SET enable_seqscan = off;
