-- 003_views.sql - views made for people at a psql prompt, and the grants.
--
-- The tables are the machine's truth; these views are what an analyst
-- (tradewatch_reader) reads.  See docs/SCHEMA.md for examples.

DO $$
BEGIN
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

-- tw_quantity - "12000000 t/year", "2e11 USD", NULL.
CREATE FUNCTION tw_quantity(amount numeric, unit text, per text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN amount IS NOT NULL THEN
	trim_scale(amount)::text || ' ' || coalesce(unit, '') || coalesce('/' || per, '') END;
GRANT EXECUTE ON FUNCTION tw_quantity(numeric, text, text) TO PUBLIC;

-- One readable row per commitment (a round of a key).
CREATE VIEW commitment_status AS
SELECT c.id, c.actor, coalesce(c.counterparty, '-') AS counterparty, c.action, c.object,
	c.round, c.status, c.status_since AS since, c.deadline,
	tw_quantity(c.quantity_amount, c.quantity_unit, c.quantity_per) AS quantity,
	tw_quantity(c.progress_amount, c.progress_unit, c.progress_per) AS progress,
	c.confirmations, c.first_seen, a.published AS evidence_date, a.source, a.title,
	c.evidence, a.url
FROM commitments c LEFT JOIN articles a ON a.id = c.article_id
ORDER BY c.actor, c.counterparty NULLS FIRST, c.action, c.object, c.round;

-- The story of each commitment: every claim in publication order with the
-- status before it (so a late old article shows in its place), and, for a
-- commitment that was overdue, the day after its deadline, which no article
-- marks.
CREATE VIEW commitment_timeline AS
SELECT * FROM (
	SELECT c.id AS commitment_id, c.actor, coalesce(c.counterparty, '-') AS counterparty,
		c.action, c.object, c.round, a.published AS date,
		lag(cl.status) OVER w AS previous, cl.status, cl.confidence,
		cl.low_confidence, cl.attribution, a.source, a.title, cl.evidence
	FROM claims cl
	JOIN commitments c ON c.id = cl.commitment_id
	JOIN articles a ON a.id = cl.article_id
	WINDOW w AS (PARTITION BY c.id ORDER BY a.published NULLS FIRST, cl.confidence,
		tw_status_rank(cl.status), a.sha256, cl.evidence_offset)
	UNION ALL
	SELECT c.id, c.actor, coalesce(c.counterparty, '-'), c.action, c.object, c.round,
		c.deadline + 1, NULL, 'overdue', NULL, false, NULL, NULL, NULL,
		'deadline ' || c.deadline || ' passed'
	FROM commitments c
	WHERE c.deadline < current_date
	  AND EXISTS (SELECT FROM status_history h
		WHERE h.commitment_id = c.id AND h.new_status = 'overdue')
) t
ORDER BY actor, counterparty, action, object, round, date NULLS FIRST;

CREATE VIEW overdue_commitments AS
SELECT c.id, c.actor, coalesce(c.counterparty, '-') AS counterparty, c.action, c.object,
	c.round, c.deadline, current_date - c.deadline AS days_late,
	(SELECT cl.status FROM claims_ranked cl WHERE cl.key_id = c.key_id AND cl.round = c.round
	 ORDER BY cl.seq DESC LIMIT 1) AS last_reported,
	tw_quantity(c.quantity_amount, c.quantity_unit, c.quantity_per) AS quantity,
	c.confirmations, c.evidence
FROM commitments c
WHERE c.status = 'overdue'
ORDER BY c.deadline, c.actor, c.object;

-- Alerts not yet delivered to some sink, dead letters included.
CREATE VIEW pending_alerts AS
SELECT a.id AS alert_id, d.sink, a.created_at,
	a.payload->>'actor' AS actor, a.payload->>'counterparty' AS counterparty,
	a.payload->>'action' AS action, a.payload->>'object' AS object,
	a.payload->>'old_status' AS old_status, a.payload->>'new_status' AS new_status,
	d.attempts, d.next_attempt_at, d.leased_until, d.dead_at IS NOT NULL AS dead,
	d.dead_at, d.last_error
FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
WHERE d.delivered_at IS NULL
ORDER BY a.id, d.sink;

-- Low-confidence claims, recorded but moving nothing, for a person to judge.
CREATE VIEW review_queue AS
SELECT cl.id AS claim_id, k.actor, coalesce(nullif(k.counterparty, ''), '-') AS counterparty,
	k.action, k.object, cl.round, cl.commitment_id, cl.status, cl.confidence,
	a.published, a.source, a.title, cl.attribution, cl.evidence, a.file_name
FROM claims cl
JOIN commitment_keys k ON k.id = cl.key_id
JOIN articles a ON a.id = cl.article_id
WHERE cl.low_confidence
ORDER BY a.published DESC NULLS LAST, cl.id;

-- Privileges.  The writer changes data only through the SECURITY DEFINER
-- functions of 002 and may read everything; the reader reads.  Neither owns
-- anything, so neither can run DDL or TRUNCATE (SQLSTATE 42501).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tradewatch_writer, tradewatch_reader;
