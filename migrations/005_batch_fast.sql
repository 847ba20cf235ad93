-- 005_batch_fast.sql - tw_ingest_many(): the common keys of a batch set-based.
--
-- 004's tw_ingest_many() tracks every (article, key) of a batch with one
-- tw_track_key() call, about 0.85 ms of PL/pgSQL each (a cursor, a lookup of
-- the last round, one INSERT or UPDATE of the commitment, one of the claims,
-- one status_history, alerts and alert_deliveries INSERT per alert).  Most
-- keys of a batch are simple: the claims of ONE article of the batch, on a
-- key that has no commitment yet, or whose claims all rank after the last
-- claim of its last round (news arrives in publication order).  For those
-- the result of tw_track_key's resume path is a fold of that article's
-- claims over the last round (or over nothing); it is computed here for all
-- of them by one query, and written by one INSERT/UPDATE per table.  Every
-- other key (claims from two articles of the batch, a late older article,
-- low-confidence claims, a last round whose tip claim is missing) takes the
-- exact per-key path of 004 unchanged.  The rows are the same either way;
-- within one batch, the alerts of the set-based keys are raised (ids,
-- NOTIFY order) before those of the other keys, each group in article
-- order, so only the order of alerts of DIFFERENT commitments of one
-- transaction can differ from 004's.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

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
	ids bigint[];
	payloads jsonb[];
	seq text := pg_get_serial_sequence('alerts', 'id');
BEGIN
	INSERT INTO status_history (commitment_id, old_status, new_status, article_id, published,
		evidence)
	SELECT c.id, x.old, c.status, c.article_id, a.published, c.evidence
	FROM unnest(cids, olds) WITH ORDINALITY AS x (cid, old, i)
	JOIN commitments c ON c.id = x.cid
	LEFT JOIN articles a ON a.id = c.article_id
	ORDER BY x.i;
	ids := ARRAY(SELECT nextval(seq) FROM generate_series(1, cardinality(cids)));
	payloads := ARRAY(SELECT tw_alert_payload(ids[x.i], c, a, x.old)
		FROM unnest(cids, olds) WITH ORDINALITY AS x (cid, old, i)
		JOIN commitments c ON c.id = x.cid
		LEFT JOIN articles a ON a.id = c.article_id
		ORDER BY x.i);
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

-- tw_track_fast - track, set-based, the keys of the not yet stored claims
-- cls (of the stored articles aids, in batch order) that tw_track_key()
-- would resume (see 002): the key's claims in cls are from one article,
-- none of the key's claims is low-confidence, and the key has no commitment
-- or every new claim ranks after the last claim of its last round.  The
-- fold below is tw_rebuild's resume loop for claims that share one
-- publication date and hash: only the first claim can open a round (a
-- pledge or proposal published after a fulfilled or broken tip); the last
-- claim in rank order gives status, article, evidence and last claim; the
-- last claim stating a detail gives it; the status changes (status_since)
-- when any claim's status differs from the tip's.  Commitments, claims and
-- alerts are written by one statement each, keys in article order then key
-- order.  Adds the alerts raised to counts[i] (i: index in aids) and returns
-- the keys it tracked, with counts.
CREATE FUNCTION tw_track_fast(aids bigint[], cls claims[], INOUT counts int[],
    OUT done bigint[])
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	ks bigint[];
	s record;
	nw commitments;
	opens boolean;
	nws commitments[] := '{}';
	old_ids bigint[] := '{}';
	changed boolean[] := '{}';
	acids bigint[];
	alerting boolean[] := '{}';
	olds text[] := '{}';
	cids bigint[];
BEGIN
	done := '{}';
	ks := ARRAY(SELECT p.key_id FROM unnest(cls) p GROUP BY p.key_id
		HAVING count(DISTINCT p.article_id) = 1 AND NOT bool_or(p.low_confidence)
		   AND NOT EXISTS (SELECT FROM claims c WHERE c.key_id = p.key_id AND c.low_confidence));
	IF ks = '{}' THEN
		RETURN;
	END IF;
	FOR s IN
		WITH t AS (
			-- The key's last round and its tip claim (none for a new key).
			SELECT k, m.cm, c.status AS t_status, a.published AS t_pub,
				c.confidence AS t_conf, tw_status_rank(c.status) AS t_rank,
				a.sha256 AS t_sha, c.evidence_offset AS t_off, c.evidence AS t_ev,
				c.id IS NOT NULL AS t_found
			FROM unnest(ks) AS k
			LEFT JOIN LATERAL (SELECT cm FROM commitments cm WHERE cm.key_id = k
				ORDER BY cm.round DESC LIMIT 1) m ON true
			LEFT JOIN claims c ON c.id = (m.cm).last_claim_id AND c.key_id = k
			     AND NOT c.low_confidence
			LEFT JOIN articles a ON a.id = c.article_id
		), b AS (
			SELECT p.*, a.published AS pub, a.sha256 AS sha
			FROM unnest(cls) p JOIN articles a ON a.id = p.article_id
			WHERE p.key_id = ANY (ks)
		), f AS (
			-- The new claims of each key folded in rank order (o, DESC: last).
			SELECT b.key_id, min(b.article_id) AS aid, min(b.pub) AS pub,
				-- Whether each ranks after the tip, as tw_track_key decides it.
				coalesce(bool_and(coalesce(CASE
					WHEN t.t_pub IS NULL THEN b.pub IS NOT NULL
					ELSE b.pub > t.t_pub END, false)
					OR coalesce(b.pub IS NOT DISTINCT FROM t.t_pub
					    AND (b.confidence, tw_status_rank(b.status), b.sha,
					         b.evidence_offset, b.evidence)
					        > (t.t_conf, t.t_rank, t.t_sha, t.t_off, t.t_ev), false)),
					false) AS after,
				bool_or(b.status IS DISTINCT FROM t.t_status) AS mixed,
				(array_agg(b.status ORDER BY b.confidence, tw_status_rank(b.status),
					b.evidence_offset, b.evidence, b.id))[1] AS first_status,
				(array_agg(b.status ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC))[1] AS status,
				(array_agg(b.id ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC))[1] AS last_id,
				(array_agg(b.evidence ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC))[1] AS evidence,
				(array_agg(b.hs ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC)
					FILTER (WHERE b.hs IS NOT NULL))[1] AS hs,
				(array_agg(b.deadline ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC)
					FILTER (WHERE b.deadline IS NOT NULL))[1] AS deadline,
				(array_agg(b.expires ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC)
					FILTER (WHERE b.expires IS NOT NULL))[1] AS expires,
				(array_agg(b.id ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC)
					FILTER (WHERE b.quantity_amount IS NOT NULL))[1] AS quantity_id,
				(array_agg(b.id ORDER BY b.confidence DESC, tw_status_rank(b.status) DESC,
					b.evidence_offset DESC, b.evidence DESC, b.id DESC)
					FILTER (WHERE b.progress_amount IS NOT NULL))[1] AS progress_id
			FROM b JOIN t ON t.k = b.key_id
			GROUP BY b.key_id
		)
		SELECT f.*, q.quantity_amount, q.quantity_unit, q.quantity_per,
			g.progress_amount, g.progress_unit, g.progress_per,
			t.cm, t.t_status, t.t_pub, t.t_found, array_position(aids, f.aid) AS i,
			ck.actor, ck.counterparty, ck.action, ck.object
		FROM f JOIN t ON t.k = f.key_id
		JOIN commitment_keys ck ON ck.id = f.key_id
		LEFT JOIN unnest(cls) q ON q.id = f.quantity_id
		LEFT JOIN unnest(cls) g ON g.id = f.progress_id
		ORDER BY i, ck.actor, ck.counterparty, ck.action, ck.object
	LOOP
		-- A claim before the tip, or a tip that is gone: the exact path.
		CONTINUE WHEN (s.cm).id IS NOT NULL AND NOT (s.t_found AND s.after);
		opens := (s.cm).id IS NULL OR (s.t_status IN ('fulfilled', 'broken')
			AND s.first_status IN ('proposed', 'pledged') AND coalesce(s.pub > s.t_pub, false));
		IF opens THEN
			nw := NULL;
			nw.key_id := s.key_id;
			nw.round := coalesce((s.cm).round, 0) + 1;
			nw.actor := s.actor;
			nw.counterparty := nullif(s.counterparty, '');
			nw.action := s.action;
			nw.object := s.object;
			nw.first_seen := s.pub;
			nw.status_since := s.pub;
			nw.confirmations := 1;
		ELSE
			nw := s.cm;
			nw.status_since := CASE WHEN s.mixed THEN s.pub ELSE nw.reported_since END;
			nw.first_seen := coalesce(nw.first_seen, s.pub);
			nw.confirmations := nw.confirmations + 1;
		END IF;
		nw.status := s.status;
		nw.article_id := s.aid;
		nw.evidence := s.evidence;
		nw.last_claim_id := s.last_id;
		nw.hs := coalesce(s.hs, nw.hs);
		nw.deadline := coalesce(s.deadline, nw.deadline);
		nw.expires := coalesce(s.expires, nw.expires);
		IF s.quantity_id IS NOT NULL THEN
			nw.quantity_amount := s.quantity_amount;
			nw.quantity_unit := s.quantity_unit;
			nw.quantity_per := s.quantity_per;
		END IF;
		IF s.progress_id IS NOT NULL THEN
			nw.progress_amount := s.progress_amount;
			nw.progress_unit := s.progress_unit;
			nw.progress_per := s.progress_per;
		END IF;
		-- tw_write_round: overdue is derived, the reported day kept.
		nw.reported_since := nw.status_since;
		IF nw.deadline < current_date AND nw.status NOT IN ('fulfilled', 'broken') THEN
			nw.status := 'overdue';
			nw.status_since := nw.deadline + 1;
		END IF;
		nws := nws || nw;
		done := done || s.key_id;
		IF opens THEN
			old_ids := old_ids || NULL::bigint;
			changed := changed || true;
			alerting := alerting || true;
			olds := olds || NULL::text;
		ELSE
			-- nw differs from the stored row only in the fields tracking sets.
			old_ids := old_ids || (s.cm).id;
			changed := changed || (nw IS DISTINCT FROM s.cm);
			alerting := alerting || ((s.cm).status <> nw.status);
			olds := olds || (s.cm).status;
		END IF;
		IF alerting[cardinality(alerting)] THEN
			counts[s.i] := counts[s.i] + 1;
		END IF;
	END LOOP;
	IF done = '{}' THEN
		RETURN;
	END IF;
	INSERT INTO commitments (key_id, round, actor, counterparty, action, object, hs,
		status, deadline, expires, quantity_amount, quantity_unit, quantity_per,
		progress_amount, progress_unit, progress_per, first_seen, status_since,
		confirmations, article_id, evidence, last_claim_id, reported_since)
	SELECT x.key_id, x.round, x.actor, x.counterparty, x.action, x.object, x.hs, x.status,
		x.deadline, x.expires, x.quantity_amount, x.quantity_unit, x.quantity_per,
		x.progress_amount, x.progress_unit, x.progress_per, x.first_seen, x.status_since,
		x.confirmations, x.article_id, x.evidence, x.last_claim_id, x.reported_since
	FROM unnest(nws) WITH ORDINALITY AS x
	WHERE old_ids[x.ordinality] IS NULL
	ORDER BY x.ordinality;
	UPDATE commitments c SET hs = x.hs, status = x.status, deadline = x.deadline,
		expires = x.expires, quantity_amount = x.quantity_amount,
		quantity_unit = x.quantity_unit, quantity_per = x.quantity_per,
		progress_amount = x.progress_amount, progress_unit = x.progress_unit,
		progress_per = x.progress_per, first_seen = x.first_seen,
		status_since = x.status_since, confirmations = x.confirmations,
		article_id = x.article_id, evidence = x.evidence, last_claim_id = x.last_claim_id,
		reported_since = x.reported_since, updated_at = now()
	FROM unnest(nws) WITH ORDINALITY AS x
	WHERE c.id = old_ids[x.ordinality] AND changed[x.ordinality];
	cids := ARRAY(SELECT coalesce(old_ids[x.ordinality], (SELECT m.id FROM commitments m
			WHERE m.key_id = x.key_id AND m.round = x.round))
		FROM unnest(nws) WITH ORDINALITY AS x
		ORDER BY x.ordinality);
	-- The new claims, stored once with their round and commitment.
	INSERT INTO claims OVERRIDING SYSTEM VALUE
	SELECT p.id, p.article_id, p.key_id, x.round, cids[x.ordinality], p.hs, p.status,
		p.deadline, p.expires, p.quantity_amount, p.quantity_unit, p.quantity_per,
		p.progress_amount, p.progress_unit, p.progress_per, p.confidence,
		p.low_confidence, p.evidence, p.attribution, p.evidence_offset, p.stored_at
	FROM unnest(nws) WITH ORDINALITY AS x
	JOIN unnest(cls) p ON p.key_id = x.key_id;
	acids := ARRAY(SELECT x.cid FROM unnest(cids, alerting) WITH ORDINALITY AS x (cid, al, i)
		WHERE x.al ORDER BY x.i);
	IF acids <> '{}' THEN
		PERFORM tw_alert_many(acids, ARRAY(SELECT x.old
			FROM unnest(olds, alerting) WITH ORDINALITY AS x (old, al, i)
			WHERE x.al ORDER BY x.i));
	END IF;
END $$;

-- tw_ingest_many - as in 004: tw_ingest() for every element of docs, in
-- order, in the caller's transaction; the keys tw_track_fast() can take are
-- tracked set-based first, the others per article and key as before.
CREATE OR REPLACE FUNCTION tw_ingest_many(docs jsonb, min_confidence float8)
RETURNS TABLE (stored boolean, alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
	aids bigint[];
	n int;
	cls claims[];
	counts int[];
	fast bigint[];
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
	SELECT x.counts, x.done INTO counts, fast FROM tw_track_fast(aids, cls, counts) x;
	-- Per article in order: its low-confidence claims, then its other keys
	-- in tw_lock_keys order, each tracked with its new claims (tw_ingest).
	FOR t IN SELECT array_position(aids, p.article_id) AS i, p.article_id AS aid,
			p.key_id AS k, bool_or(p.low_confidence) AS low,
			array_agg(p ORDER BY p.id) FILTER (WHERE NOT p.low_confidence) AS pend
		FROM unnest(cls) p JOIN commitment_keys ck ON ck.id = p.key_id
		WHERE p.key_id <> ALL (fast)
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

-- The helpers run only inside the functions of 002, 004 and here.
REVOKE EXECUTE ON FUNCTION tw_alert_payload(bigint, commitments, articles, text),
	tw_alert_many(bigint[], text[]), tw_track_fast(bigint[], claims[], int[])
	FROM tradewatch_writer;
