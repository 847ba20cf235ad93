-- 005_batch_fast.sql - the keys of a batch tracked set-based; its bodies beside
-- the JSON documents (tw_ingest_batch); lz4 bodies; the sha256 check.
--
-- 004's tw_ingest_many() tracks every (article, key) of a batch with one
-- tw_track_key() call, about 0.85 ms of PL/pgSQL each (a cursor, a lookup of
-- the last round, one INSERT or UPDATE of the commitment, one of the claims,
-- one status_history, alerts and alert_deliveries INSERT per alert).  Here
-- the batch is cut, in order, into runs of consecutive articles that share
-- no key; each run is tracked by one tw_track_fast() call: one query decides
-- per key what tw_track_key would (resume the last round with the new
-- claims, or rebuild the key from all its claims), one query streams the
-- claims through tw_rebuild's loop (assignments only), and one statement
-- per table writes the commitments, claims, status_history, alerts and
-- deliveries and sends the NOTIFYs.  An article with a key that has a
-- low-confidence claim takes 004's per-key path (tw_place_low) unchanged.
-- Rows, ids, alerts and the order of NOTIFYs are those of 004, that is of
-- tw_ingest() called for each article in order (tests/e2e/
-- test_batch_tracking.py).  See docs/SCHEMA.md.
--
-- Bodies, lz4 and the sha256 check.
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
-- copied once, neither escaped nor parsed).  tw_ingest_many() is
-- tw_ingest_batch() with no bodies.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
	BEGIN
		ALTER TABLE articles ALTER COLUMN body SET COMPRESSION lz4;
	EXCEPTION WHEN feature_not_supported OR syntax_error THEN
		RAISE NOTICE '005: lz4 not available (%); article bodies stay pglz', SQLERRM;
	END;
END $$;

ALTER TABLE articles DROP CONSTRAINT articles_sha256_check,
	ADD CONSTRAINT articles_sha256_check
		CHECK (octet_length(sha256) = 64 AND sha256 !~ '[^0-9a-f]') NOT VALID;

-- tw_alert_payload - the NOTIFY/alerts payload of alert aid: commitment c
-- changed from old, article a (NULL: none); JSON escaping can grow text up
-- to sixfold, so the texts are shrunk until it fits in 7900 bytes.
CREATE FUNCTION tw_alert_payload(aid bigint, c commitments, a articles, old text) RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = public, pg_temp
AS $$
DECLARE
	payload jsonb;
	budget int := 6000;
BEGIN
	LOOP
		payload := jsonb_build_object(
			'type', 'commitment.status_changed',
			'id', aid,
			'commitment', c.id,
			'round', c.round,
			'actor', c.actor,
			'counterparty', c.counterparty,
			'action', c.action,
			'object', c.object,
			'old_status', old,
			'new_status', c.status,
			'deadline', c.deadline,
			'quantity', CASE WHEN c.quantity_amount IS NULL THEN NULL ELSE
				jsonb_build_object('amount', c.quantity_amount, 'unit', c.quantity_unit,
					'per', c.quantity_per) END,
			'confirmations', c.confirmations,
			'article', CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object(
				'title', tw_shorten(a.title, budget / 12),
				'url', tw_shorten(a.url, budget / 6),
				'published', a.published,
				'source', tw_shorten(a.source, budget / 30),
				'sha256', a.sha256) END,
			'evidence', tw_shorten(c.evidence, budget),
			'at', now());
		EXIT WHEN octet_length(payload::text) < 7900;
		budget := budget / 2;
	END LOOP;
	RETURN payload;
END $$;

-- tw_alert_many - tw_alert() for each commitment cids[i] changed from
-- olds[i], in array order: the status_history rows, then the alerts (ids
-- taken in that order) with their deliveries, then the NOTIFYs in that
-- order.  Returns the alert ids.
CREATE FUNCTION tw_alert_many(cids bigint[], olds text[]) RETURNS bigint[]
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	n int := cardinality(cids);
	cs commitments[];
	arts articles[];
	ids bigint[];
	payloads jsonb[];
	seq text := pg_get_serial_sequence('alerts', 'id');
BEGIN
	-- Rows by scalar subqueries (index probes): a generic plan could
	-- otherwise hash-join whole tables for a few rows.
	cs := ARRAY(SELECT (SELECT c FROM commitments c WHERE c.id = cids[i])
		FROM generate_series(1, n) i ORDER BY i);
	-- (The article without its body, which may be megabytes.)
	arts := ARRAY(SELECT (SELECT ROW(a.id, a.file_name, a.sha256, a.title, a.source, a.url,
			a.published, NULL, a.stored_at)::articles
		FROM articles a WHERE a.id = (cs[i]).article_id)
		FROM generate_series(1, n) i ORDER BY i);
	INSERT INTO status_history (commitment_id, old_status, new_status, article_id, published,
		evidence)
	SELECT (cs[i]).id, olds[i], (cs[i]).status, (cs[i]).article_id, (arts[i]).published,
		(cs[i]).evidence
	FROM generate_series(1, n) i ORDER BY i;
	ids := ARRAY(SELECT nextval(seq) FROM generate_series(1, n));
	payloads := ARRAY(SELECT tw_alert_payload(ids[i], cs[i], arts[i], olds[i])
		FROM generate_series(1, n) i ORDER BY i);
	INSERT INTO alerts (id, commitment_id, payload)
	SELECT x.id, x.cid, x.payload FROM unnest(ids, cids, payloads) AS x (id, cid, payload);
	INSERT INTO alert_deliveries (alert_id, sink)
	SELECT x.id, s.name FROM unnest(ids) AS x (id), alert_sinks s;
	PERFORM pg_notify('tradewatch', p::text) FROM unnest(payloads) AS p;
	RETURN ids;
END $$;

-- tw_alert - as in 002, by tw_alert_many (one payload builder for both).
CREATE OR REPLACE FUNCTION tw_alert(cid bigint, old text) RETURNS bigint
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
BEGIN
	RETURN (tw_alert_many(ARRAY[cid], ARRAY[old]))[1];
END $$;

-- tw_write_rounds - tw_write_round() for every commitment nws[i] (as
-- tw_rebuild computes it: status_since the day reported, no overdue yet),
-- set-based: each is compared with the stored row of its key and round,
-- new ones inserted and changed ones updated (in array order), and one
-- alert raised for each that is new or changed status (tw_alert_many, in
-- array order).  Returns the commitment ids and which raised an alert.
CREATE FUNCTION tw_write_rounds(nws commitments[], OUT cids bigint[], OUT alerting boolean[])
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	s record;
	nw commitments;
	out commitments[] := '{}';
	old_ids bigint[] := '{}';
	changed boolean[] := '{}';
	olds text[] := '{}';
	acids bigint[];
BEGIN
	alerting := '{}';
	FOR s IN SELECT x AS nw, m.cm
		FROM unnest(nws) WITH ORDINALITY AS x
		LEFT JOIN LATERAL (SELECT cm FROM commitments cm
			WHERE cm.key_id = x.key_id AND cm.round = x.round OFFSET 0) m ON true
		ORDER BY x.ordinality
	LOOP
		nw := s.nw;
		nw.reported_since := nw.status_since;
		IF nw.deadline < current_date AND nw.status NOT IN ('fulfilled', 'broken') THEN
			nw.status := 'overdue';
			nw.status_since := nw.deadline + 1;
		END IF;
		IF (s.cm).id IS NULL THEN
			old_ids := old_ids || NULL::bigint;
			changed := changed || true;
			alerting := alerting || true;
			olds := olds || NULL::text;
		ELSE
			-- Only the fields tracking sets may differ from the stored row.
			nw.id := (s.cm).id;
			nw.actor := (s.cm).actor;
			nw.counterparty := (s.cm).counterparty;
			nw.action := (s.cm).action;
			nw.object := (s.cm).object;
			nw.updated_at := (s.cm).updated_at;
			old_ids := old_ids || nw.id;
			changed := changed || (nw IS DISTINCT FROM s.cm);
			alerting := alerting || ((s.cm).status <> nw.status);
			olds := olds || (s.cm).status;
		END IF;
		out := out || nw;
	END LOOP;
	INSERT INTO commitments (key_id, round, actor, counterparty, action, object, hs,
		status, deadline, expires, quantity_amount, quantity_unit, quantity_per,
		progress_amount, progress_unit, progress_per, first_seen, status_since,
		confirmations, article_id, evidence, last_claim_id, reported_since)
	SELECT x.key_id, x.round, x.actor, x.counterparty, x.action, x.object, x.hs, x.status,
		x.deadline, x.expires, x.quantity_amount, x.quantity_unit, x.quantity_per,
		x.progress_amount, x.progress_unit, x.progress_per, x.first_seen, x.status_since,
		x.confirmations, x.article_id, x.evidence, x.last_claim_id, x.reported_since
	FROM unnest(out) WITH ORDINALITY AS x
	WHERE old_ids[x.ordinality] IS NULL
	ORDER BY x.ordinality;
	-- By id from the index (a generic plan could otherwise scan the
	-- table), each row's new values from out.
	UPDATE commitments c SET (hs, status, deadline, expires, quantity_amount, quantity_unit,
		quantity_per, progress_amount, progress_unit, progress_per, first_seen, status_since,
		confirmations, article_id, evidence, last_claim_id, reported_since, updated_at) =
		(SELECT x.hs, x.status, x.deadline, x.expires, x.quantity_amount, x.quantity_unit,
			x.quantity_per, x.progress_amount, x.progress_unit, x.progress_per, x.first_seen,
			x.status_since, x.confirmations, x.article_id, x.evidence, x.last_claim_id,
			x.reported_since, now()
		FROM unnest(out) x WHERE x.id = c.id)
	WHERE c.id = ANY (ARRAY(SELECT old_ids[i] FROM generate_series(1, cardinality(out)) i
		WHERE changed[i] AND old_ids[i] IS NOT NULL));
	cids := ARRAY(SELECT coalesce(old_ids[x.ordinality], (SELECT m.id FROM commitments m
			WHERE m.key_id = x.key_id AND m.round = x.round))
		FROM unnest(out) WITH ORDINALITY AS x
		ORDER BY x.ordinality);
	acids := ARRAY(SELECT x.cid FROM unnest(cids, alerting) WITH ORDINALITY AS x (cid, al, i)
		WHERE x.al ORDER BY x.i);
	IF acids <> '{}' THEN
		PERFORM tw_alert_many(acids, ARRAY(SELECT x.old
			FROM unnest(olds, alerting) WITH ORDINALITY AS x (old, al, i)
			WHERE x.al ORDER BY x.i));
	END IF;
END $$;

-- tw_distinct - the number of distinct ids in a; no query for one or none
-- (a round resumed by one article).
CREATE FUNCTION tw_distinct(a bigint[]) RETURNS int
LANGUAGE plpgsql IMMUTABLE
SET search_path = public, pg_temp
AS $$
BEGIN
	IF cardinality(a) <= 1 THEN
		RETURN cardinality(a);
	END IF;
	RETURN (SELECT count(DISTINCT x) FROM unnest(a) x);
END $$;

-- tw_track_fast - track, set-based, the keys of cls: the not yet stored
-- claims of ONE stored article per key (of aids, in batch order), no claim
-- of the key low-confidence (new or stored).  Adds the alerts raised to
-- counts[i] (i: index in aids of the key's article) and returns counts.
--
-- Each key is decided as tw_track_key decides it: a key with no commitment,
-- or whose new claims all rank after the last claim of its last round,
-- resumes that round from its stored state with only the new claims; any
-- other key is rebuilt from round 1 from all its claims (what
-- tw_recompute_key gives; rounds before the late claim come out as they
-- stand).  Then one query streams the claims of every key in rank order
-- into tw_rebuild's loop (assignments only, no statement per key), and the
-- rounds, the new claims, the stored claims that changed round and the
-- rounds no claim supports any more are written by one statement each,
-- keys in article order then tw_lock_keys order.
CREATE FUNCTION tw_track_fast(aids bigint[], cls claims[], counts int[]) RETURNS int[]
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	d record;
	d_keys bigint[] := '{}';
	d_rebuild boolean[] := '{}';
	d_i int[] := '{}';
	d_cm commitments[] := '{}';
	d_status text[] := '{}';
	d_pub date[] := '{}';
	x int := 0;
	cl record;
	nw commitments;
	kid bigint;
	r int;
	n int := 0;
	base int;
	arts bigint[];
	last_pub date;
	nws commitments[] := '{}';
	nis int[] := '{}';
	gone_keys bigint[] := '{}';
	gone_rounds int[] := '{}';
	c_ids bigint[] := '{}';
	c_keys bigint[] := '{}';
	c_rounds int[] := '{}';
	c_fresh boolean[] := '{}';
	w record;
BEGIN
	FOR d IN
		WITH t AS (
			-- Each key's last round and its tip claim (none for a new key).
			SELECT kk.k, m.cm, c.status AS t_status, a.published AS t_pub,
				c.confidence AS t_conf, tw_status_rank(c.status) AS t_rank,
				a.sha256 AS t_sha, c.evidence_offset AS t_off, c.evidence AS t_ev,
				c.id IS NOT NULL AS t_found
			FROM (SELECT DISTINCT p.key_id AS k FROM unnest(cls) p) kk
			LEFT JOIN LATERAL (SELECT cm FROM commitments cm WHERE cm.key_id = kk.k
				ORDER BY cm.round DESC LIMIT 1) m ON true
			LEFT JOIN LATERAL (SELECT c.* FROM claims c WHERE c.id = (m.cm).last_claim_id
				AND c.key_id = kk.k AND NOT c.low_confidence OFFSET 0) c ON true
			LEFT JOIN LATERAL (SELECT a.published, a.sha256 FROM articles a
				WHERE a.id = c.article_id OFFSET 0) a ON true
		), f AS (
			SELECT p.key_id, array_position(aids, min(p.article_id)) AS i,
				-- Whether each ranks after the tip, as tw_track_key decides it.
				coalesce(bool_and(coalesce(CASE
					WHEN t.t_pub IS NULL THEN a.published IS NOT NULL
					ELSE a.published > t.t_pub END, false)
					OR coalesce(a.published IS NOT DISTINCT FROM t.t_pub
					    AND (p.confidence, tw_status_rank(p.status), a.sha256,
					         p.evidence_offset, p.evidence)
					        > (t.t_conf, t.t_rank, t.t_sha, t.t_off, t.t_ev), false)),
					false) AS after
			FROM unnest(cls) p JOIN t ON t.k = p.key_id
			CROSS JOIN LATERAL (SELECT a.published, a.sha256 FROM articles a
				WHERE a.id = p.article_id OFFSET 0) a
			GROUP BY p.key_id
		)
		SELECT f.key_id, f.i, t.cm, t.t_status, t.t_pub,
			(t.cm).id IS NOT NULL AND NOT (t.t_found AND f.after) AS rebuild
		FROM f JOIN t ON t.k = f.key_id
		CROSS JOIN LATERAL (SELECT ck.* FROM commitment_keys ck WHERE ck.id = f.key_id
			OFFSET 0) ck
		ORDER BY f.i, ck.actor, ck.counterparty, ck.action, ck.object
	LOOP
		d_keys := d_keys || d.key_id;
		d_rebuild := d_rebuild || d.rebuild;
		d_i := d_i || d.i;
		d_cm := d_cm || d.cm;
		d_status := d_status || d.t_status;
		d_pub := d_pub || d.t_pub;
	END LOOP;
	-- The claims in the order of d_keys, then in rank order: the new ones,
	-- and for a key rebuilt its stored ones too.
	FOR cl IN
		WITH kk AS (
			SELECT y.k, y.rebuild, y.o, ck.actor, ck.counterparty, ck.action, ck.object
			FROM unnest(d_keys, d_rebuild) WITH ORDINALITY AS y (k, rebuild, o)
			CROSS JOIN LATERAL (SELECT ck.* FROM commitment_keys ck WHERE ck.id = y.k
				OFFSET 0) ck
		), u AS (
			SELECT c.*, a.published, a.sha256, false AS fresh
			FROM kk
			CROSS JOIN LATERAL (SELECT c.* FROM claims c
				WHERE c.key_id = kk.k AND NOT c.low_confidence OFFSET 0) c
			CROSS JOIN LATERAL (SELECT a.published, a.sha256 FROM articles a
				WHERE a.id = c.article_id OFFSET 0) a
			WHERE kk.rebuild
			UNION ALL
			SELECT p.*, a.published, a.sha256, true
			FROM unnest(cls) p
			CROSS JOIN LATERAL (SELECT a.published, a.sha256 FROM articles a
				WHERE a.id = p.article_id OFFSET 0) a
		)
		SELECT u.*, kk.actor AS k_actor, kk.counterparty AS k_counterparty,
			kk.action AS k_action, kk.object AS k_object
		FROM u JOIN kk ON kk.k = u.key_id
		ORDER BY kk.o, u.published NULLS FIRST, u.confidence, tw_status_rank(u.status),
			u.sha256, u.evidence_offset, u.evidence, u.id
	LOOP
		IF cl.key_id IS DISTINCT FROM kid THEN
			-- The previous key's last round; this key's start (tw_rebuild).
			IF n > 0 THEN
				nw.confirmations := base + tw_distinct(arts);
				nws := nws || nw;
				nis := nis || d_i[x];
			END IF;
			IF x > 0 AND d_rebuild[x] THEN
				gone_keys := gone_keys || kid;
				gone_rounds := gone_rounds || r;
			END IF;
			x := x + 1;
			kid := cl.key_id;
			IF kid IS DISTINCT FROM d_keys[x] THEN
				RAISE EXCEPTION 'tw_track_fast: key % out of order', kid;
			END IF;
			nw := NULL;
			r := 0;
			base := 0;
			n := 0;
			arts := '{}';
			IF NOT d_rebuild[x] AND (d_cm[x]).id IS NOT NULL THEN
				-- Resume the last round, with the status its tip reported.
				nw := d_cm[x];
				r := nw.round;
				base := nw.confirmations;
				nw.status := d_status[x];
				nw.status_since := nw.reported_since;
				last_pub := d_pub[x];
			END IF;
		END IF;
		IF nw.key_id IS NULL OR (nw.status IN ('fulfilled', 'broken')
		    AND cl.status IN ('proposed', 'pledged') AND cl.published > last_pub) THEN
			IF n > 0 THEN
				nw.confirmations := base + tw_distinct(arts);
				nws := nws || nw;
				nis := nis || d_i[x];
			END IF;
			r := r + 1;
			nw := NULL;
			nw.key_id := kid;
			nw.round := r;
			nw.actor := cl.k_actor;
			nw.counterparty := nullif(cl.k_counterparty, '');
			nw.action := cl.k_action;
			nw.object := cl.k_object;
			base := 0;
			n := 0;
			arts := '{}';
		END IF;
		IF nw.status IS DISTINCT FROM cl.status THEN
			nw.status_since := cl.published;
		END IF;
		nw.status := cl.status;
		nw.article_id := cl.article_id;
		nw.evidence := cl.evidence;
		nw.last_claim_id := cl.id;
		nw.first_seen := coalesce(nw.first_seen, cl.published);
		nw.hs := coalesce(cl.hs, nw.hs);
		nw.deadline := coalesce(cl.deadline, nw.deadline);
		nw.expires := coalesce(cl.expires, nw.expires);
		IF cl.quantity_amount IS NOT NULL THEN
			nw.quantity_amount := cl.quantity_amount;
			nw.quantity_unit := cl.quantity_unit;
			nw.quantity_per := cl.quantity_per;
		END IF;
		IF cl.progress_amount IS NOT NULL THEN
			nw.progress_amount := cl.progress_amount;
			nw.progress_unit := cl.progress_unit;
			nw.progress_per := cl.progress_per;
		END IF;
		n := n + 1;
		arts := arts || cl.article_id;
		last_pub := cl.published;
		-- Where the claim goes: a new one is inserted placed, a stored one
		-- moved when its round changed (or it has no commitment).
		IF cl.fresh OR cl.round IS DISTINCT FROM r OR cl.commitment_id IS NULL THEN
			c_ids := c_ids || cl.id;
			c_keys := c_keys || kid;
			c_rounds := c_rounds || r;
			c_fresh := c_fresh || cl.fresh;
		END IF;
	END LOOP;
	IF n > 0 THEN
		nw.confirmations := base + tw_distinct(arts);
		nws := nws || nw;
		nis := nis || d_i[x];
	END IF;
	IF x > 0 AND d_rebuild[x] THEN
		gone_keys := gone_keys || kid;
		gone_rounds := gone_rounds || r;
	END IF;
	IF nws = '{}' THEN
		RETURN counts;
	END IF;
	w := tw_write_rounds(nws);
	FOR j IN 1 .. cardinality(nws) LOOP
		IF w.alerting[j] THEN
			counts[nis[j]] := counts[nis[j]] + 1;
		END IF;
	END LOOP;
	-- The new claims, stored once with their round and commitment.
	INSERT INTO claims OVERRIDING SYSTEM VALUE
	SELECT p.id, p.article_id, p.key_id, z.round, z.cid, p.hs, p.status,
		p.deadline, p.expires, p.quantity_amount, p.quantity_unit, p.quantity_per,
		p.progress_amount, p.progress_unit, p.progress_per, p.confidence,
		p.low_confidence, p.evidence, p.attribution, p.evidence_offset, p.stored_at
	FROM unnest(c_ids, c_keys, c_rounds, c_fresh) AS y (id, k, round, fresh)
	JOIN unnest(cls) p ON p.id = y.id
	JOIN (SELECT m.key_id, m.round, w.cids[m.ordinality] AS cid
		FROM unnest(nws) WITH ORDINALITY AS m) z ON z.key_id = y.k AND z.round = y.round
	WHERE y.fresh;
	-- Stored claims of rebuilt keys that changed round, by id (index).
	UPDATE claims c SET (round, commitment_id) = (SELECT z.round, z.cid
		FROM unnest(c_ids, c_keys, c_rounds) AS y (id, k, round)
		JOIN (SELECT m.key_id, m.round, w.cids[m.ordinality] AS cid
			FROM unnest(nws) WITH ORDINALITY AS m) z ON z.key_id = y.k AND z.round = y.round
		WHERE y.id = c.id)
	WHERE c.id = ANY (ARRAY(SELECT y.id FROM unnest(c_ids, c_fresh) AS y (id, fresh)
		WHERE NOT y.fresh));
	-- Rounds of rebuilt keys that no claim supports any more.
	IF gone_keys <> '{}' THEN
		DELETE FROM commitments WHERE id = ANY (ARRAY(SELECT m.id
			FROM unnest(gone_keys, gone_rounds) AS y (k, r)
			CROSS JOIN LATERAL (SELECT m.id FROM commitments m
				WHERE m.key_id = y.k AND m.round > y.r OFFSET 0) m));
	END IF;
	RETURN counts;
END $$;

-- tw_ingest_batch - as 004's tw_ingest_many: tw_ingest() for every element
-- of docs, in order, in the caller's transaction; runs of articles whose
-- keys have no low-confidence claim are tracked set-based (tw_track_fast),
-- the other articles per key.  The body of docs[i]'s article is bodies[i]
-- (NULL: the document's "body"); bodies NULL, or as many as docs.
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
	-- then key) of tw_ingest() called for each article.  OFFSET 0 keeps the
	-- EXISTS a probe of claims_low_confidence per key, not one hashed read
	-- of every low-confidence claim per batch.
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

-- tw_ingest_many - as in 004 (the bodies in docs), by tw_ingest_batch().
CREATE OR REPLACE FUNCTION tw_ingest_many(docs jsonb, min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
BEGIN
	RETURN QUERY SELECT * FROM tw_ingest_batch(docs, NULL, min_confidence);
END $$;

-- The helpers run only inside the functions of 002, 004 and here.
REVOKE EXECUTE ON FUNCTION tw_alert_payload(bigint, commitments, articles, text),
	tw_alert_many(bigint[], text[]), tw_write_rounds(commitments[]), tw_distinct(bigint[]),
	tw_track_fast(bigint[], claims[], int[])
	FROM tradewatch_writer;

GRANT EXECUTE ON FUNCTION tw_ingest_batch(jsonb, text[], float8) TO tradewatch_writer;
