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
-- prohibitive, which tests/e2e/test_plans.py would report); the check for
-- stored low-confidence claims probes the partial index per key; and an
-- index on alerts (commitment_id) for ON DELETE SET NULL.  The rows are the
-- same (tests/e2e/test_batch_tracking.py); only the plans change.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

CREATE INDEX alerts_commitment ON alerts (commitment_id);

-- tw_ingest_batch - as in 005, with enable_seqscan off, and a key's stored
-- low-confidence claims looked up by the key (OFFSET 0 keeps the EXISTS a
-- probe of claims_low_confidence per key, instead of one hashed read of
-- every low-confidence claim per batch).
CREATE OR REPLACE FUNCTION tw_ingest_batch(docs jsonb, bodies text[], min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
SET enable_seqscan = off
AS $$
DECLARE
	aids bigint[];
	n int;
	cls claims[];
	counts int[];
	slow bigint[];
	seg bigint[] := '{}';
	seen bigint[] := '{}';
	t record;
	u record;
BEGIN
	IF docs IS NULL OR jsonb_typeof(docs) <> 'array' THEN
		RAISE EXCEPTION 'tw_ingest_many: no array' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	n := jsonb_array_length(docs);
	IF cardinality(bodies) IS DISTINCT FROM n AND bodies IS NOT NULL THEN
		RAISE EXCEPTION 'tw_ingest_batch: % bodies for % documents', cardinality(bodies), n
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF EXISTS (SELECT FROM jsonb_array_elements(docs) d
	    WHERE jsonb_typeof(d->'article') IS DISTINCT FROM 'object') THEN
		RAISE EXCEPTION 'tw_ingest: no article object' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- The articles in array order; the first of two equal hashes is stored.
	WITH src AS (
		SELECT d->'article' AS a, i FROM jsonb_array_elements(docs) WITH ORDINALITY AS e (d, i)
	), ins AS (
		INSERT INTO articles (file_name, sha256, title, source, url, published, body)
		SELECT coalesce(a->>'file', ''), a->>'sha256', a->>'title', a->>'source',
			a->>'url', (nullif(a->>'published', ''))::date, coalesce(bodies[i], a->>'body', '')
		FROM src ORDER BY i
		ON CONFLICT (sha256) DO NOTHING
		RETURNING id, sha256
	), firsts AS (
		SELECT a->>'sha256' AS sha, min(i) AS i FROM src GROUP BY 1
	)
	SELECT array_agg(ins.id ORDER BY src.i) INTO aids
	FROM src LEFT JOIN firsts ON firsts.i = src.i LEFT JOIN ins ON ins.sha256 = firsts.sha;
	counts := array_fill(0, ARRAY[n]);
	IF NOT EXISTS (SELECT FROM unnest(aids) a WHERE a IS NOT NULL) THEN
		RETURN QUERY SELECT false, 0 FROM generate_series(1, n);
		RETURN;
	END IF;
	-- Every key of the stored articles, created and locked at once.
	PERFORM tw_lock_keys((SELECT jsonb_agg(c ORDER BY e.i, j)
		FROM jsonb_array_elements(docs) WITH ORDINALITY AS e (d, i),
		jsonb_array_elements(coalesce(e.d->'commitments', '[]')) WITH ORDINALITY AS x (c, j)
		WHERE aids[e.i] IS NOT NULL));
	-- The claims, numbered in array order as tw_ingest numbers them.
	cls := tw_claims_of(ARRAY(SELECT aids[i] FROM generate_series(1, n) i
			WHERE aids[i] IS NOT NULL ORDER BY i),
		ARRAY(SELECT docs->(i - 1)->'commitments' FROM generate_series(1, n) i
			WHERE aids[i] IS NOT NULL ORDER BY i), min_confidence);
	-- A key with a low-confidence claim (new or stored) takes the per-key
	-- path (tw_place_low), and so does every article with a claim of such
	-- a key.  The other articles are tracked set-based in segments of
	-- consecutive articles that share no key (tw_track_fast), so that each
	-- key still sees its articles one by one in batch order, and the rows
	-- are written, alerts raised and NOTIFYs sent in the order (article,
	-- then key) of tw_ingest() called for each article.
	slow := ARRAY(SELECT p.key_id FROM unnest(cls) p GROUP BY p.key_id
		HAVING bool_or(p.low_confidence)
		    OR EXISTS (SELECT FROM claims c WHERE c.key_id = p.key_id AND c.low_confidence
			OFFSET 0));
	FOR t IN SELECT array_position(aids, p.article_id) AS i, p.article_id AS aid,
			array_agg(DISTINCT p.key_id) AS keys, bool_or(p.key_id = ANY (slow)) AS slow
		FROM unnest(cls) p GROUP BY p.article_id ORDER BY 1
	LOOP
		IF (t.slow OR seen && t.keys) AND seg <> '{}' THEN
			counts := tw_track_fast(aids,
				ARRAY(SELECT p FROM unnest(cls) p WHERE p.article_id = ANY (seg)), counts);
			seg := '{}';
			seen := '{}';
		END IF;
		IF NOT t.slow THEN
			seg := seg || t.aid;
			seen := seen || t.keys;
			CONTINUE;
		END IF;
		-- As tw_ingest: the article's low-confidence claims, then its keys
		-- in tw_lock_keys order, each tracked with its new claims.
		IF EXISTS (SELECT FROM unnest(cls) p WHERE p.article_id = t.aid AND p.low_confidence) THEN
			INSERT INTO claims OVERRIDING SYSTEM VALUE
			SELECT * FROM unnest(cls) p WHERE p.article_id = t.aid AND p.low_confidence;
		END IF;
		FOR u IN SELECT p.key_id AS k,
				array_agg(p ORDER BY p.id) FILTER (WHERE NOT p.low_confidence) AS pend
			FROM unnest(cls) p
			CROSS JOIN LATERAL (SELECT ck.* FROM commitment_keys ck WHERE ck.id = p.key_id
				OFFSET 0) ck
			WHERE p.article_id = t.aid
			GROUP BY p.key_id, ck.actor, ck.counterparty, ck.action, ck.object
			ORDER BY ck.actor, ck.counterparty, ck.action, ck.object
		LOOP
			counts[t.i] := counts[t.i] + tw_track_key(u.k, t.aid, coalesce(u.pend, '{}'));
		END LOOP;
	END LOOP;
	IF seg <> '{}' THEN
		counts := tw_track_fast(aids,
			ARRAY(SELECT p FROM unnest(cls) p WHERE p.article_id = ANY (seg)), counts);
	END IF;
	RETURN QUERY SELECT aids[i] IS NOT NULL, counts[i] FROM generate_series(1, n) i ORDER BY i;
END $$;

-- The other functions a batch runs: set-based (tw_track_fast,
-- tw_write_rounds, tw_alert_many) or per key (tw_track_key and what it
-- calls; tw_ingest, the one-article call).  Each keeps the setting of its
-- own definition, so a plan it caches does not depend on which function
-- called it first (tw_replace_claims and tw_mark_overdue reach some of
-- them too).
ALTER FUNCTION tw_track_fast(bigint[], claims[], int[]) SET enable_seqscan = off;
ALTER FUNCTION tw_write_rounds(commitments[]) SET enable_seqscan = off;
ALTER FUNCTION tw_alert_many(bigint[], text[]) SET enable_seqscan = off;
ALTER FUNCTION tw_track_key(bigint, bigint, claims[]) SET enable_seqscan = off;
ALTER FUNCTION tw_rebuild(bigint, int, bigint, claims[]) SET enable_seqscan = off;
ALTER FUNCTION tw_write_round(commitments, bigint[], bigint[]) SET enable_seqscan = off;
ALTER FUNCTION tw_place_low(bigint, int) SET enable_seqscan = off;
ALTER FUNCTION tw_ingest(jsonb, float8) SET enable_seqscan = off;
