-- 007_batch_leaner.sql - less planning and fewer function calls per batch:
-- generic plans for the batch functions, tw_shorten inlined, new keys
-- locked by their own INSERT.
--
-- Measured on the end-to-end corpus (docs/BENCHMARKS.md, "End to end,
-- round five"): pg_stat_statements with track_planning showed several
-- statements of tw_alert_many, tw_ingest_batch and tw_claims_of's call
-- planned again at every call (plans = calls), and valgrind counted 5%
-- of a backend's instructions in GetCachedPlan; tw_alert_payload called the
-- PL/pgSQL tw_shorten four times per alert, each call with its own SET
-- search_path; tw_lock_keys locked every key it had just inserted with a
-- second SELECT ... FOR UPDATE.
--
-- Here:
--   plan_cache_mode = force_generic_plan on tw_ingest_batch, tw_track_fast,
--   tw_write_rounds and tw_alert_many (below, with the reason);
--   tw_shorten: an SQL expression the planner inlines, the text returned
--   as it is when within max bytes (nearly always), tw_shorten_cut (002's
--   loop) otherwise: the same result for every input;
--   tw_lock_keys: a new key is inserted with RETURNING.  A row this
--   transaction has just inserted is invisible to every other until the
--   commit (a concurrent insert of the same key waits on the unique index
--   and then finds the conflict), so it needs no FOR UPDATE.  An existing
--   key is locked as before, keys in the same order: the locking order is
--   unchanged.
-- Rows, ids, payloads and NOTIFYs are those of 005/006
-- (tests/e2e/test_batch_tracking.py).  See docs/SCHEMA.md, "Leaner
-- batches (007)".

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

-- tw_shorten - as in 002, an SQL expression that the planner inlines into
-- the statement that calls it (tw_alert_payload builds four per alert):
-- a text within max bytes (nearly always) is returned without a function
-- call; a longer one is cut by tw_shorten_cut, 002's function renamed.
-- No SET search_path here: a function with a SET clause is never inlined;
-- it names public.tw_shorten_cut, and pg_catalog comes first in any path.
ALTER FUNCTION tw_shorten(text, int) RENAME TO tw_shorten_cut;

CREATE FUNCTION tw_shorten(s text, max int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN s IS NULL OR octet_length(s) <= max THEN s
	ELSE public.tw_shorten_cut(s, max) END;

GRANT EXECUTE ON FUNCTION tw_shorten(text, int) TO PUBLIC;

-- tw_lock_keys - as in 002: create (if new) and row-lock the keys of a
-- commitments JSON array, in key order; returns the key ids.  A key this
-- call inserts is not locked again: no other transaction sees it before
-- the commit.
CREATE OR REPLACE FUNCTION tw_lock_keys(list jsonb) RETURNS SETOF bigint
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	e record;
	k bigint;
BEGIN
	FOR e IN SELECT DISTINCT x->>'actor' AS actor, coalesce(x->>'counterparty', '') AS cp,
		x->>'action' AS action, x->>'object' AS object
		FROM jsonb_array_elements(coalesce(list, '[]')) x
		ORDER BY 1, 2, 3, 4
	LOOP
		-- Look first: an insert that conflicts still spends an identity value.
		SELECT id INTO k FROM commitment_keys
		WHERE actor = e.actor AND counterparty = e.cp AND action = e.action AND object = e.object
		FOR UPDATE;
		IF NOT FOUND THEN
			k := NULL;
			INSERT INTO commitment_keys (actor, counterparty, action, object)
			VALUES (e.actor, e.cp, e.action, e.object) ON CONFLICT DO NOTHING
			RETURNING id INTO k;
			IF k IS NULL THEN
				-- Another transaction stored it since (and has committed).
				SELECT id INTO STRICT k FROM commitment_keys
				WHERE actor = e.actor AND counterparty = e.cp AND action = e.action
				  AND object = e.object
				FOR UPDATE;
			END IF;
		END IF;
		RETURN NEXT k;
	END LOOP;
END $$;

-- Generic plans for the statements of a batch.  A statement whose rows
-- come from generate_series(1, n) or unnest(an array) is estimated with n
-- (or the array) known in a custom plan and with 1,000 rows in a generic
-- one, so the plan cache found the generic plan dearer and planned those
-- statements again at every call (pg_stat_statements, track_planning:
-- plans = calls for cs, arts, ids, payloads, status_history in
-- tw_alert_many, tw_claims_of's call and the result in tw_ingest_batch).
-- Since 006 these functions read every table by an index whatever the
-- estimates, so the generic plan is the custom one without the planning.
ALTER FUNCTION tw_ingest_batch(jsonb, text[], float8) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION tw_track_fast(bigint[], claims[], int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION tw_write_rounds(commitments[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION tw_alert_many(bigint[], text[]) SET plan_cache_mode = force_generic_plan;
