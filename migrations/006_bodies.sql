-- 006_bodies.sql - article bodies: lz4, and out of the batch's JSON; the
-- sha256 check without a regular expression.
--
-- lz4.
-- A body of more than about 2 kB (most news articles) is compressed when
-- its row is stored.  pglz, PostgreSQL's default, spent 0.05-0.07 ms of
-- backend CPU per 3 kB body of the bench corpus, lz4 0.02-0.03 ms, for a
-- few per cent more bytes (docs/BENCHMARKS.md, "End to end, round two").
-- Only rows stored from now on are compressed with lz4; the stored ones are
-- read as they are (each value records its method), nothing is rewritten.
-- A server built without lz4 (or older than PostgreSQL 14) keeps pglz: the
-- migration then changes nothing.
--
-- The sha256 check.  CHECK (sha256 ~ '^[0-9a-f]{64}$') cost 8 us of
-- backend CPU per row stored (the bounded repetition, run by PostgreSQL's
-- regex engine), about 3% of storing an article; the same set of strings
-- (64 bytes, each a digit or a-f) is accepted by a length and a one-class
-- scan for 0.6 us.  The stored rows passed the old check, so they pass the
-- new one: it is added NOT VALID (no scan of the articles under the
-- migration's lock), and is enforced on every row stored from now on.
--
-- tw_ingest_batch().  tw_ingest_many() takes each body inside its jsonb
-- document: the daemon escapes the whole body into JSON and PostgreSQL
-- parses it back (jsonb_in was 6% of the backend's CPU on the bench
-- corpus).  tw_ingest_batch() takes the documents without their bodies and
-- the bodies beside them, as a text[] the daemon sends in binary (each body
-- copied once, neither escaped nor parsed).  Everything else is
-- tw_ingest_many's, which is now tw_ingest_batch() with no bodies.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
	BEGIN
		ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
	EXCEPTION WHEN feature_not_supported OR syntax_error THEN
		RAISE NOTICE '006: lz4 not available (%); article bodies stay pglz', SQLERRM;
	END;
END $$;

ALTER TABLE articles DROP CONSTRAINT articles_sha256_check,
	ADD CONSTRAINT articles_sha256_check
		CHECK (octet_length(sha256) = 64 AND sha256 !~ '[^0-9a-f]') NOT VALID;

-- tw_ingest_batch - tw_ingest_many() (005) with the body of docs[i]'s
-- article in bodies[i] (NULL: the document's "body", as tw_ingest_many
-- reads it); bodies NULL, or as many as docs.
CREATE FUNCTION tw_ingest_batch(docs jsonb, bodies text[], min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
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
		    OR EXISTS (SELECT FROM claims c WHERE c.key_id = p.key_id AND c.low_confidence));
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

-- tw_ingest_many - as in 005 (the bodies in docs), by tw_ingest_batch().
CREATE OR REPLACE FUNCTION tw_ingest_many(docs jsonb, min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
	RETURN QUERY SELECT * FROM tw_ingest_batch(docs, NULL, min_confidence);
END $$;

GRANT EXECUTE ON FUNCTION tw_ingest_batch(jsonb, text[], float8) TO tradewatch_writer;
