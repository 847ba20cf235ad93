-- 004_batch.sql - tw_ingest_many(): a batch of articles in one call.
--
-- store_articles() sends a whole batch as one statement instead of one
-- tw_ingest() per article: the articles are inserted by one statement, the
-- keys of all of them created and locked by one tw_lock_keys() call (in key
-- order, so two batches never wait on each other in a cycle), the claims
-- made by one statement; then each stored article is tracked key by key in
-- array order, exactly as tw_ingest() tracks it.  The rows, status_history,
-- alerts and NOTIFYs are those of tw_ingest() called for each element in
-- order (ids of new keys aside: they are created in key order over the whole
-- batch), so an intermediate status inside a batch still raises its alert.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

-- tw_ingest_many - tw_ingest() for every element of docs (a JSON array of
-- the objects tw_ingest takes), in order, in the caller's transaction.
-- Returns one row per element, in array order: stored is false for a
-- sha256 stored before or earlier in docs; alerts as tw_ingest.
CREATE FUNCTION tw_ingest_many(docs jsonb, min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
	aids bigint[];
	n int;
	cls claims[];
	counts int[];
	t record;
	cur int := 0;
BEGIN
	IF docs IS NULL OR jsonb_typeof(docs) <> 'array' THEN
		RAISE EXCEPTION 'tw_ingest_many: no array' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	n := jsonb_array_length(docs);
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
			a->>'url', (nullif(a->>'published', ''))::date, coalesce(a->>'body', '')
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
	-- Per article in order: its low-confidence claims, then its keys in
	-- tw_lock_keys order, each tracked with its new claims (tw_ingest).
	FOR t IN SELECT array_position(aids, p.article_id) AS i, p.article_id AS aid,
			p.key_id AS k, bool_or(p.low_confidence) AS low,
			array_agg(p ORDER BY p.id) FILTER (WHERE NOT p.low_confidence) AS pend
		FROM unnest(cls) p JOIN commitment_keys ck ON ck.id = p.key_id
		GROUP BY p.article_id, p.key_id, ck.actor, ck.counterparty, ck.action, ck.object
		ORDER BY 1, ck.actor, ck.counterparty, ck.action, ck.object
	LOOP
		IF t.i <> cur THEN
			cur := t.i;
			IF EXISTS (SELECT FROM unnest(cls) p WHERE p.article_id = t.aid AND p.low_confidence) THEN
				INSERT INTO claims OVERRIDING SYSTEM VALUE
				SELECT * FROM unnest(cls) p WHERE p.article_id = t.aid AND p.low_confidence;
			END IF;
		END IF;
		counts[t.i] := counts[t.i] + tw_track_key(t.k, t.aid, coalesce(t.pend, '{}'));
	END LOOP;
	RETURN QUERY SELECT aids[i] IS NOT NULL, counts[i] FROM generate_series(1, n) i ORDER BY i;
END $$;

GRANT EXECUTE ON FUNCTION tw_ingest_many(jsonb, float8) TO tradewatch_writer;
