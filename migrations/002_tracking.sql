-- 002_tracking.sql - the tracking logic: claims in, statuses and alerts out.
--
-- tw_ingest() is called once per article by the daemon (store_articles) in
-- the daemon's transaction.  A commitment's current status is a function of
-- the SET of its claims, never of their arrival order: every change of a
-- key recomputes all its rounds from all its claims (tw_recompute_key) under
-- a row lock on the key, so several daemons on one database stay consistent.
-- Functions are SECURITY DEFINER (owned by tradewatch_owner, fixed
-- search_path) so that the writer role needs no table privilege but SELECT.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

-- Claims in the order that decides a status: publication date, then
-- confidence, then the later status of the contract's order; the article's
-- hash and the offset break the remaining ties, so the order never depends
-- on ids (arrival).  seq 1 is the weakest, the highest seq wins.  The
-- key_id predicate of callers is pushed below the window.
CREATE VIEW claims_ranked AS
SELECT c.*, a.published, a.sha256,
	row_number() OVER (PARTITION BY c.key_id
		ORDER BY a.published NULLS FIRST, c.confidence, tw_status_rank(c.status),
			a.sha256, c.evidence_offset, c.evidence) AS seq
FROM claims c JOIN articles a ON a.id = c.article_id
WHERE NOT c.low_confidence;

-- tw_shorten - the longest prefix of s of at most max bytes (UTF-8), with an
-- ellipsis when cut.
CREATE FUNCTION tw_shorten(s text, max int) RETURNS text
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = public, pg_temp
AS $$
DECLARE
	n int;
BEGIN
	IF s IS NULL OR octet_length(s) <= max THEN
		RETURN s;
	END IF;
	IF max <= 3 THEN
		RETURN '';
	END IF;
	n := least(length(s), max - 3);
	WHILE octet_length(left(s, n)) > max - 3 LOOP
		n := n - greatest(1, (octet_length(left(s, n)) - (max - 3)) / 4);
	END LOOP;
	RETURN left(s, n) || '…';
END $$;

-- tw_alert - record a change of commitment cid from old to its current
-- status: one status_history row, one alerts row with a delivery row per
-- registered sink, and NOTIFY tradewatch with the alert (< 8000 bytes).
CREATE FUNCTION tw_alert(cid bigint, old text) RETURNS bigint
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	c commitments;
	a articles;
	aid bigint;
	payload jsonb;
	budget int := 6000;
BEGIN
	SELECT * INTO STRICT c FROM commitments WHERE id = cid;
	IF c.article_id IS NOT NULL THEN
		SELECT * INTO a FROM articles WHERE id = c.article_id;
	END IF;
	INSERT INTO status_history (commitment_id, old_status, new_status, article_id, published, evidence)
	VALUES (cid, old, c.status, c.article_id, a.published, c.evidence);
	aid := nextval(pg_get_serial_sequence('alerts', 'id'));
	-- JSON escaping can grow text up to sixfold: shrink until it fits.
	LOOP
		payload := jsonb_build_object(
			'type', 'commitment.status_changed',
			'id', aid,
			'commitment', cid,
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
	INSERT INTO alerts (id, commitment_id, payload) VALUES (aid, cid, payload);
	INSERT INTO alert_deliveries (alert_id, sink) SELECT aid, name FROM alert_sinks;
	PERFORM pg_notify('tradewatch', payload::text);
	RETURN aid;
END $$;

-- tw_write_round - make commitment (key k, round nw.round) equal nw; raise
-- an alert when its status changed (or it is new).  nw.status_since is the
-- day the status was reported (kept as reported_since); overdue is derived
-- here.  The claims of the round are claim_ids; those of moved were in
-- another round (or none) before.  Returns (id, alerts).
CREATE FUNCTION tw_write_round(nw commitments, claim_ids bigint[], moved bigint[],
    OUT cid bigint, OUT alerts int)
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	old commitments;
BEGIN
	alerts := 0;
	nw.reported_since := nw.status_since;
	IF nw.deadline < current_date AND nw.status NOT IN ('fulfilled', 'broken') THEN
		nw.status := 'overdue';
		nw.status_since := nw.deadline + 1;
	END IF;
	SELECT * INTO old FROM commitments WHERE key_id = nw.key_id AND round = nw.round;
	IF old.id IS NULL THEN
		INSERT INTO commitments (key_id, round, actor, counterparty, action, object, hs,
			status, deadline, expires, quantity_amount, quantity_unit, quantity_per,
			progress_amount, progress_unit, progress_per, first_seen, status_since,
			confirmations, article_id, evidence, last_claim_id, reported_since)
		VALUES (nw.key_id, nw.round, nw.actor, nw.counterparty, nw.action, nw.object, nw.hs,
			nw.status, nw.deadline, nw.expires, nw.quantity_amount, nw.quantity_unit,
			nw.quantity_per, nw.progress_amount, nw.progress_unit, nw.progress_per,
			nw.first_seen, nw.status_since, nw.confirmations, nw.article_id, nw.evidence,
			nw.last_claim_id, nw.reported_since)
		RETURNING id INTO cid;
		PERFORM tw_alert(cid, NULL);
		alerts := 1;
	ELSE
		cid := old.id;
		IF (old.hs, old.status, old.deadline, old.expires, old.quantity_amount,
		    old.quantity_unit, old.quantity_per, old.progress_amount, old.progress_unit,
		    old.progress_per, old.first_seen, old.status_since, old.confirmations,
		    old.article_id, old.evidence, old.last_claim_id, old.reported_since)
		   IS DISTINCT FROM
		   (nw.hs, nw.status, nw.deadline, nw.expires, nw.quantity_amount,
		    nw.quantity_unit, nw.quantity_per, nw.progress_amount, nw.progress_unit,
		    nw.progress_per, nw.first_seen, nw.status_since, nw.confirmations,
		    nw.article_id, nw.evidence, nw.last_claim_id, nw.reported_since) THEN
			UPDATE commitments SET hs = nw.hs, status = nw.status, deadline = nw.deadline,
				expires = nw.expires, quantity_amount = nw.quantity_amount,
				quantity_unit = nw.quantity_unit, quantity_per = nw.quantity_per,
				progress_amount = nw.progress_amount, progress_unit = nw.progress_unit,
				progress_per = nw.progress_per, first_seen = nw.first_seen,
				status_since = nw.status_since, confirmations = nw.confirmations,
				article_id = nw.article_id, evidence = nw.evidence,
				last_claim_id = nw.last_claim_id, reported_since = nw.reported_since,
				updated_at = now()
			WHERE id = cid;
		END IF;
		IF old.status <> nw.status THEN
			PERFORM tw_alert(cid, old.status);
			alerts := 1;
		END IF;
	END IF;
	IF (CASE WHEN old.id IS NULL THEN claim_ids ELSE moved END) <> '{}' THEN
		UPDATE claims SET round = nw.round, commitment_id = cid
		WHERE id = ANY (CASE WHEN old.id IS NULL THEN claim_ids ELSE moved END)
		  AND (round IS DISTINCT FROM nw.round OR commitment_id IS DISTINCT FROM cid);
	END IF;
END $$;

-- tw_place_low - give the low-confidence claims of key k that are not yet
-- placed, or placed in round from_round or later, the round they were
-- published in: the last round whose first claim was published on or before
-- them (a round after the first opens with a dated claim, its first_seen),
-- else round 1; no round while the key has no commitment.  (PL/pgSQL, not
-- SQL, for this and tw_claims_of: its plans are kept for the session,
-- an SQL function's are made again at every call.)
CREATE FUNCTION tw_place_low(k bigint, from_round int) RETURNS void
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
BEGIN
	UPDATE claims c SET round = x.round, commitment_id = cm.id
	FROM (SELECT lc.id, (SELECT CASE WHEN count(*) > 0 THEN coalesce(max(m.round)
			FILTER (WHERE m.round > 1 AND m.first_seen <= a.published), 1) END
			FROM commitments m WHERE m.key_id = k) AS round
		FROM claims lc JOIN articles a ON a.id = lc.article_id
		WHERE lc.key_id = k AND lc.low_confidence
		  AND (lc.round IS NULL OR lc.round >= from_round)) x
	LEFT JOIN commitments cm ON cm.key_id = k AND cm.round = x.round
	WHERE c.id = x.id AND (c.round IS DISTINCT FROM x.round
	    OR c.commitment_id IS DISTINCT FROM cm.id);
END $$;

-- tw_rebuild - recompute the rounds of key k from round j on, or (j NULL)
-- resume the key's last round (round 1 of a key with no commitment yet).
-- pend (may be NULL in a rebuild) are the claims of the new article aid
-- that are not stored yet; when resuming, all of them rank after the
-- round's last claim (see tw_track_key).  Their round is decided here and
-- they are inserted once, already placed, never updated after.  Raises
-- one alert per commitment whose status changed (a new one included).
-- The caller holds the row lock on commitment_keys k.  One pass over the
-- claims in rank order: a pledge or proposal published strictly after the
-- claim that fulfilled or broke the commitment opens the next round; within
-- a round the last claim gives the status, and the last claim that states a
-- detail (deadline, quantity, ...) gives that detail.  Round j's first claim
-- must rank before every claim that changed, so rounds before j stand and
-- round j opens at its first claim.  Overdue is derived in tw_write_round.
-- Returns the number of alerts raised.
CREATE FUNCTION tw_rebuild(k bigint, j int, aid bigint, pend claims[]) RETURNS int
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	ck commitment_keys;
	cur refcursor;
	cl record;
	r int;
	nw commitments;
	base int := 0;
	n int := 0;
	ids bigint[] := '{}';
	moved bigint[] := '{}';
	arts bigint[] := '{}';
	placed_ids bigint[] := '{}';
	placed_rounds int[] := '{}';
	pub date;
	sha text;
	w record;
	last_pub date;
	low_from int;
	alerts int := 0;
BEGIN
	SELECT * INTO STRICT ck FROM commitment_keys WHERE id = k;
	-- (No join with articles for pend: a generic plan could scan the
	-- table for the few claims of one article.)
	IF pend IS NOT NULL THEN
		SELECT a.published, a.sha256 INTO STRICT pub, sha FROM articles a WHERE a.id = aid;
	END IF;
	IF j IS NOT NULL THEN
		r := j - 1;
		low_from := j;
		OPEN cur FOR SELECT * FROM (
			SELECT c.*, a.published, a.sha256, false AS fresh
			FROM claims c JOIN articles a ON a.id = c.article_id
			WHERE c.key_id = k AND NOT c.low_confidence AND (c.round >= j OR c.round IS NULL)
			UNION ALL
			SELECT p.*, pub, sha, true FROM unnest(pend) p) u
			ORDER BY u.published NULLS FIRST, u.confidence, tw_status_rank(u.status),
				u.sha256, u.evidence_offset, u.evidence;
	ELSE
		-- The last round as it stands, with the status its last claim
		-- reported; none for a new key (the first claim opens round 1).
		SELECT * INTO nw FROM commitments WHERE key_id = k ORDER BY round DESC LIMIT 1;
		r := coalesce(nw.round, 0);
		IF nw.id IS NOT NULL THEN
			SELECT c.status, a.published INTO STRICT cl
			FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = nw.last_claim_id;
			base := nw.confirmations;
			nw.status := cl.status;
			nw.status_since := nw.reported_since;
			last_pub := cl.published;
		END IF;
		OPEN cur FOR SELECT p.*, pub AS published, sha AS sha256, true AS fresh
			FROM unnest(pend) p
			ORDER BY p.confidence, tw_status_rank(p.status), p.evidence_offset, p.evidence;
	END IF;
	LOOP
		FETCH cur INTO cl;
		EXIT WHEN NOT FOUND;
		IF nw.key_id IS NULL OR (nw.status IN ('fulfilled', 'broken')
		    AND cl.status IN ('proposed', 'pledged') AND cl.published > last_pub) THEN
			IF n > 0 THEN
				nw.confirmations := base + (SELECT count(DISTINCT a) FROM unnest(arts) a);
				w := tw_write_round(nw, ids, moved);
				alerts := alerts + w.alerts;
			END IF;
			-- Low-confidence claims of the closed round may belong to the new one.
			low_from := coalesce(low_from, r);
			r := r + 1;
			nw := NULL;
			nw.key_id := k;
			nw.round := r;
			nw.actor := ck.actor;
			nw.counterparty := nullif(ck.counterparty, '');
			nw.action := ck.action;
			nw.object := ck.object;
			base := 0;
			n := 0;
			ids := '{}';
			moved := '{}';
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
		IF cl.fresh THEN
			placed_ids := placed_ids || cl.id;
			placed_rounds := placed_rounds || r;
		ELSE
			ids := ids || cl.id;
			IF cl.round IS DISTINCT FROM r OR cl.commitment_id IS NULL THEN
				moved := moved || cl.id;
			END IF;
		END IF;
		arts := arts || cl.article_id;
		last_pub := cl.published;
	END LOOP;
	CLOSE cur;
	IF n > 0 THEN
		nw.confirmations := base + (SELECT count(DISTINCT a) FROM unnest(arts) a);
		w := tw_write_round(nw, ids, moved);
		alerts := alerts + w.alerts;
	END IF;
	IF placed_ids <> '{}' THEN
		-- The new claims, stored once with the round and commitment decided.
		INSERT INTO claims OVERRIDING SYSTEM VALUE
		SELECT p.id, p.article_id, p.key_id, x.round,
			(SELECT m.id FROM commitments m WHERE m.key_id = k AND m.round = x.round),
			p.hs, p.status, p.deadline,
			p.expires, p.quantity_amount, p.quantity_unit, p.quantity_per,
			p.progress_amount, p.progress_unit, p.progress_per, p.confidence,
			p.low_confidence, p.evidence, p.attribution, p.evidence_offset, p.stored_at
		FROM unnest(pend) p
		JOIN unnest(placed_ids, placed_rounds) x (id, round) ON x.id = p.id;
	END IF;
	IF j IS NOT NULL THEN
		-- Rounds that no claim supports any more (a late claim joined two
		-- rounds, or a re-extraction dropped claims).
		DELETE FROM commitments WHERE key_id = k AND round > r;
	END IF;
	IF EXISTS (SELECT FROM claims WHERE key_id = k AND low_confidence
	    AND (low_from IS NOT NULL OR article_id = aid)) THEN
		PERFORM tw_place_low(k, low_from);
	END IF;
	RETURN alerts;
END $$;

-- tw_recompute_key - recompute every round of key k from all its claims
-- (re-extraction, overdue); the caller holds the row lock on the key.
-- Returns the number of alerts raised.
CREATE FUNCTION tw_recompute_key(k bigint) RETURNS int
LANGUAGE sql
SET search_path = public, pg_temp
RETURN tw_rebuild(k, 1, NULL, NULL);

-- tw_track_key - key k with pend, the claims of the new article aid that
-- are not stored yet and not low-confidence (the article's low-confidence
-- claims are stored already); the caller holds the row lock on the key.
-- News mostly arrives in publication order: when every new claim ranks
-- after the last claim of the last round (its last_claim_id), or the key
-- has no commitment yet, that round is resumed from its stored state, at a
-- cost independent of how many claims the key has, and the claims are
-- stored once, already placed.  A claim that ranks earlier (a late, older
-- article) rebuilds the rounds from the last round whose first claim was
-- published before it (the new claims placed and stored as they go by).  Either way the result is what
-- tw_recompute_key gives.  Returns the number of alerts raised.
CREATE FUNCTION tw_track_key(k bigint, aid bigint, pend claims[]) RETURNS int
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	tip bigint;
	fresh boolean;
	t_pub date;
	t_conf real;
	t_rank int;
	t_sha text;
	t_off bigint;
	t_ev text;
	pub date;
	after boolean;
BEGIN
	IF pend = '{}' THEN
		-- Only low-confidence claims: they move nothing but get a round.
		PERFORM tw_place_low(k, NULL);
		RETURN 0;
	END IF;
	SELECT last_claim_id INTO tip FROM commitments WHERE key_id = k ORDER BY round DESC LIMIT 1;
	fresh := NOT FOUND;
	IF tip IS NOT NULL THEN
		SELECT a.published, c.confidence, tw_status_rank(c.status), a.sha256,
			c.evidence_offset, c.evidence
		INTO t_pub, t_conf, t_rank, t_sha, t_off, t_ev
		FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE c.id = tip AND c.key_id = k AND NOT c.low_confidence;
		IF NOT FOUND THEN
			tip := NULL;
		END IF;
	END IF;
	-- Whether each new claim ranks after the tip (publication date NULLS
	-- FIRST, then the order of claims_ranked); unknown counts as no.
	SELECT a.published, coalesce(bool_and(coalesce(CASE
		WHEN t_pub IS NULL THEN a.published IS NOT NULL
		ELSE a.published > t_pub END, false)
		OR coalesce(a.published IS NOT DISTINCT FROM t_pub
		    AND (p.confidence, tw_status_rank(p.status), a.sha256, p.evidence_offset, p.evidence)
		        > (t_conf, t_rank, t_sha, t_off, t_ev), false)), false)
	INTO pub, after
	FROM unnest(pend) p, (SELECT published, sha256 FROM articles WHERE id = aid) a
	GROUP BY a.published, a.sha256;
	IF fresh OR (tip IS NOT NULL AND after) THEN
		RETURN tw_rebuild(k, NULL, aid, pend);
	END IF;
	RETURN tw_rebuild(k, coalesce((SELECT max(round) FROM commitments
		WHERE key_id = k AND round > 1 AND first_seen < pub), 1), aid, pend);
END $$;

-- tw_lock_keys - create (if new) and row-lock the keys of a commitments JSON
-- array, in key order so that two transactions never wait on each other in
-- a cycle over one article; returns the key ids.
CREATE FUNCTION tw_lock_keys(list jsonb) RETURNS SETOF bigint
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
			INSERT INTO commitment_keys (actor, counterparty, action, object)
			VALUES (e.actor, e.cp, e.action, e.object) ON CONFLICT DO NOTHING;
			SELECT id INTO STRICT k FROM commitment_keys
			WHERE actor = e.actor AND counterparty = e.cp AND action = e.action
			  AND object = e.object
			FOR UPDATE;
		END IF;
		RETURN NEXT k;
	END LOOP;
END $$;

-- tw_claims_of - the claims of the articles aids[i] from the commitments
-- JSON arrays lists[i], not stored yet, with their ids taken in that order
-- (keys must exist: tw_lock_keys).
CREATE FUNCTION tw_claims_of(aids bigint[], lists jsonb[], min_confidence float8)
RETURNS claims[]
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $$
DECLARE
	seq text := pg_get_serial_sequence('claims', 'id');
BEGIN
	-- The key by a subquery per claim: an index probe, never a join
	-- that could scan every key.
	RETURN ARRAY(SELECT ROW(nextval(seq), s.aid, (SELECT k.id FROM commitment_keys k
			WHERE k.actor = s.x->>'actor' AND k.counterparty = coalesce(s.x->>'counterparty', '')
			  AND k.action = s.x->>'action' AND k.object = s.x->>'object'),
		NULL, NULL, nullif(s.x->>'hs', ''), s.x->>'status',
		(nullif(s.x->>'deadline', ''))::date, (nullif(s.x->>'expires', ''))::date,
		(s.x->'quantity'->>'amount')::numeric, s.x->'quantity'->>'unit', s.x->'quantity'->>'per',
		(s.x->'progress'->>'amount')::numeric, s.x->'progress'->>'unit', s.x->'progress'->>'per',
		coalesce((s.x->>'confidence')::real, 1),
		coalesce((s.x->>'confidence')::float8, 1) < coalesce(min_confidence, 0),
		s.x->>'evidence', s.x->>'attribution', coalesce((s.x->>'offset')::bigint, 0),
		now())::claims
		FROM (SELECT u.aid, e.x
			FROM unnest(aids, lists) WITH ORDINALITY AS u (aid, list, i),
			jsonb_array_elements(coalesce(u.list, '[]')) WITH ORDINALITY AS e (x, j)
			ORDER BY u.i, e.j OFFSET 0) s);
END $$;

-- tw_claims - the claims of article aid from a commitments JSON array, not
-- stored yet, with their ids taken (keys must exist: tw_lock_keys).
CREATE FUNCTION tw_claims(aid bigint, list jsonb, min_confidence float8) RETURNS claims[]
LANGUAGE sql
SET search_path = public, pg_temp
RETURN tw_claims_of(ARRAY[aid], ARRAY[list], min_confidence);

-- tw_ingest - store one article and its claims (the JSON of extract_json()
-- with "body" in "article"), recompute the commitments it speaks of and
-- raise alerts.  A sha256 stored before gives stored = false and changes
-- nothing.  Claims below min_confidence are recorded, flagged, and ignored.
CREATE FUNCTION tw_ingest(doc jsonb, min_confidence float8, OUT stored boolean, OUT alerts int)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
	art jsonb := doc->'article';
	aid bigint;
	k bigint;
	keys bigint[];
	cls claims[];
BEGIN
	IF art IS NULL OR jsonb_typeof(art) <> 'object' THEN
		RAISE EXCEPTION 'tw_ingest: no article object' USING ERRCODE = 'invalid_parameter_value';
	END IF;
	INSERT INTO articles (file_name, sha256, title, source, url, published, body)
	VALUES (coalesce(art->>'file', ''), art->>'sha256', art->>'title', art->>'source',
		art->>'url', (nullif(art->>'published', ''))::date, coalesce(art->>'body', ''))
	ON CONFLICT (sha256) DO NOTHING
	RETURNING id INTO aid;
	stored := aid IS NOT NULL;
	alerts := 0;
	IF NOT stored THEN
		RETURN;
	END IF;
	keys := ARRAY(SELECT tw_lock_keys(doc->'commitments'));
	cls := tw_claims(aid, doc->'commitments', min_confidence);
	INSERT INTO claims OVERRIDING SYSTEM VALUE
	SELECT * FROM unnest(cls) p WHERE p.low_confidence;
	FOREACH k IN ARRAY keys LOOP
		alerts := alerts + tw_track_key(k, aid, ARRAY(SELECT p FROM unnest(cls) p
			WHERE p.key_id = k AND NOT p.low_confidence));
	END LOOP;
END $$;

-- tw_replace_claims - re-extraction: replace the claims of the stored
-- article doc.article.sha256 by doc.commitments and recompute the keys
-- concerned; alerts only for real changes.  Returns the alerts raised, or
-- NULL when no such article is stored.
CREATE FUNCTION tw_replace_claims(doc jsonb, min_confidence float8) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
	aid bigint;
	k bigint;
	keys bigint[];
	n int := 0;
BEGIN
	SELECT id INTO aid FROM articles WHERE sha256 = doc->'article'->>'sha256';
	IF aid IS NULL THEN
		RETURN NULL;
	END IF;
	-- Lock the old keys and the new ones together, in key order.
	keys := ARRAY(SELECT tw_lock_keys(coalesce(doc->'commitments', '[]') || coalesce((
		SELECT jsonb_agg(jsonb_build_object('actor', ck.actor, 'counterparty', ck.counterparty,
			'action', ck.action, 'object', ck.object))
		FROM commitment_keys ck WHERE ck.id IN (SELECT key_id FROM claims WHERE article_id = aid)),
		'[]')));
	DELETE FROM claims WHERE article_id = aid;
	INSERT INTO claims OVERRIDING SYSTEM VALUE
	SELECT * FROM unnest(tw_claims(aid, doc->'commitments', min_confidence));
	FOREACH k IN ARRAY keys LOOP
		n := n + tw_recompute_key(k);
	END LOOP;
	RETURN n;
END $$;

-- tw_mark_overdue - recompute the commitments whose deadline passed and that
-- are not fulfilled, broken or already overdue (a key being changed by
-- another transaction is skipped: that transaction applies overdue itself).
-- Returns the number of alerts raised.
CREATE FUNCTION tw_mark_overdue() RETURNS int
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
	k bigint;
	n int := 0;
BEGIN
	FOR k IN SELECT ck.id FROM commitment_keys ck
		WHERE ck.id IN (SELECT key_id FROM commitments
			WHERE deadline < current_date AND status NOT IN ('fulfilled', 'broken', 'overdue'))
		ORDER BY ck.actor, ck.counterparty, ck.action, ck.object
		FOR UPDATE SKIP LOCKED
	LOOP
		n := n + tw_recompute_key(k);
	END LOOP;
	RETURN n;
END $$;

-- tw_sink_register - alerts raised from now on are delivered to sink too.
CREATE FUNCTION tw_sink_register(sink text) RETURNS void
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
BEGIN ATOMIC
	INSERT INTO alert_sinks (name) VALUES (sink) ON CONFLICT DO NOTHING;
END;

-- tw_alerts_claim - lease up to max due deliveries of sink for lease
-- seconds; another daemon skips them meanwhile.
CREATE FUNCTION tw_alerts_claim(sink text, max int, lease float8)
RETURNS TABLE (id bigint, payload text, attempts int, age float8)
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
BEGIN ATOMIC
	WITH due AS (
		SELECT d.alert_id FROM alert_deliveries d
		WHERE d.sink = tw_alerts_claim.sink AND d.delivered_at IS NULL AND d.dead_at IS NULL
		  AND d.next_attempt_at <= clock_timestamp()
		  AND (d.leased_until IS NULL OR d.leased_until <= clock_timestamp())
		ORDER BY d.next_attempt_at, d.alert_id
		LIMIT tw_alerts_claim.max
		FOR UPDATE SKIP LOCKED
	), leased AS (
		UPDATE alert_deliveries d
		SET leased_until = clock_timestamp() + tw_alerts_claim.lease * interval '1 second'
		FROM due WHERE d.alert_id = due.alert_id AND d.sink = tw_alerts_claim.sink
		RETURNING d.alert_id, d.attempts
	)
	SELECT a.id, a.payload::text, l.attempts,
		extract(epoch FROM clock_timestamp() - a.created_at)::float8
	FROM leased l JOIN alerts a ON a.id = l.alert_id
	ORDER BY a.id;
END;

-- tw_alert_done - the alert reached sink.
CREATE FUNCTION tw_alert_done(sink text, alert bigint) RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
BEGIN ATOMIC
	WITH u AS (
		UPDATE alert_deliveries
		SET delivered_at = clock_timestamp(), attempts = attempts + 1, leased_until = NULL,
			last_error = NULL
		WHERE alert_deliveries.sink = tw_alert_done.sink AND alert_id = alert
		RETURNING 1)
	SELECT count(*) > 0 FROM u;
END;

-- tw_alert_retry - try again after delay seconds; a negative delay gives up
-- (dead letter).  error is kept for pending_alerts.
CREATE FUNCTION tw_alert_retry(sink text, alert bigint, delay float8, error text)
RETURNS boolean
LANGUAGE sql SECURITY DEFINER
SET search_path = public, pg_temp
BEGIN ATOMIC
	WITH u AS (
		UPDATE alert_deliveries
		SET attempts = attempts + 1, leased_until = NULL, last_error = left(error, 2000),
			next_attempt_at = CASE WHEN delay >= 0
				THEN clock_timestamp() + delay * interval '1 second' ELSE next_attempt_at END,
			dead_at = CASE WHEN delay < 0 THEN clock_timestamp() END
		WHERE alert_deliveries.sink = tw_alert_retry.sink AND alert_id = alert
		  AND delivered_at IS NULL
		RETURNING 1)
	SELECT count(*) > 0 FROM u;
END;

GRANT EXECUTE ON FUNCTION tw_ingest(jsonb, float8), tw_replace_claims(jsonb, float8),
	tw_mark_overdue(), tw_sink_register(text), tw_alerts_claim(text, int, float8),
	tw_alert_done(text, bigint), tw_alert_retry(text, bigint, float8, text)
	TO tradewatch_writer;
GRANT EXECUTE ON FUNCTION tw_status_rank(text), tw_shorten(text, int) TO PUBLIC;
-- The helpers run only inside the functions above.
REVOKE EXECUTE ON FUNCTION tw_alert(bigint, text), tw_recompute_key(bigint),
	tw_write_round(commitments, bigint[], bigint[]), tw_place_low(bigint, int),
	tw_rebuild(bigint, int, bigint, claims[]), tw_track_key(bigint, bigint, claims[]),
	tw_lock_keys(jsonb), tw_claims(bigint, jsonb, float8),
	tw_claims_of(bigint[], jsonb[], float8)
	FROM tradewatch_writer;
