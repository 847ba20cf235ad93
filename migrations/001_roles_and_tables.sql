-- 001_roles_and_tables.sql - the three roles and the tables of the tracker.
--
-- Applied by store_migrate() (tradewatch migrate) inside one transaction,
-- under an advisory lock, and recorded in schema_migrations.  No BEGIN or
-- COMMIT here.  See docs/SCHEMA.md.
--
-- Roles are cluster-wide and created NOLOGIN: the administrator grants LOGIN
-- (or membership to a login role).  Two databases of one cluster may migrate
-- at the same moment, hence the duplicate_object guard.

DO $$
DECLARE
	r text;
BEGIN
	FOREACH r IN ARRAY ARRAY['tradewatch_owner', 'tradewatch_writer', 'tradewatch_reader'] LOOP
		BEGIN
			IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN
				EXECUTE format('CREATE ROLE %I NOLOGIN', r);
				IF r = 'tradewatch_reader' THEN
					ALTER ROLE tradewatch_reader SET default_transaction_read_only = on;
				END IF;
			END IF;
		EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
		END;
	END LOOP;
END $$;

-- The owner creates everything from here on, so that it (not whoever ran the
-- migration) owns the objects and the SECURITY DEFINER functions.
DO $$
BEGIN
	IF NOT has_schema_privilege('tradewatch_owner', 'public', 'CREATE') THEN
		GRANT USAGE, CREATE ON SCHEMA public TO tradewatch_owner;
	END IF;
	GRANT USAGE ON SCHEMA public TO tradewatch_writer, tradewatch_reader;
	IF pg_has_role('tradewatch_owner', 'MEMBER') THEN
		ALTER TABLE schema_migrations OWNER TO tradewatch_owner;
		SET LOCAL ROLE tradewatch_owner;
	END IF;
END $$;

-- New functions are not executable by PUBLIC; new tables are readable by
-- the writer and the reader.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO tradewatch_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO tradewatch_writer, tradewatch_reader;

-- The contract's statuses, in the order of a commitment's life; overdue is
-- derived by the tracker and never extracted.
CREATE FUNCTION tw_status_rank(s text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE s WHEN 'proposed' THEN 1 WHEN 'pledged' THEN 2 WHEN 'in_progress' THEN 3
	WHEN 'fulfilled' THEN 4 WHEN 'stalled' THEN 5 WHEN 'broken' THEN 6
	WHEN 'overdue' THEN 7 END;

CREATE TABLE articles (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	file_name   text NOT NULL,
	sha256      text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	title       text,
	source      text,
	url         text,
	published   date,
	body        text NOT NULL,
	stored_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_published ON articles (published);

-- One row per commitment key; the row lock on it serialises every change of
-- the key's commitments across daemons.  counterparty '' = none.
CREATE TABLE commitment_keys (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	actor         text NOT NULL CHECK (actor <> ''),
	counterparty  text NOT NULL DEFAULT '',
	action        text NOT NULL CHECK (action <> ''),
	object        text NOT NULL CHECK (object <> ''),
	UNIQUE (actor, counterparty, action, object)
);

-- One row per key and round: a commitment fulfilled or broken and pledged
-- again by a later article starts round 2, and so on.  Everything here is
-- recomputed from the key's claims by tw_recompute_key().
CREATE TABLE commitments (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	key_id           bigint NOT NULL REFERENCES commitment_keys,
	round            int NOT NULL CHECK (round > 0),
	actor            text NOT NULL,
	counterparty     text,
	action           text NOT NULL,
	object           text NOT NULL,
	hs               text,
	status           text NOT NULL CHECK (tw_status_rank(status) IS NOT NULL),
	deadline         date,
	expires          date,
	quantity_amount  numeric,
	quantity_unit    text,
	quantity_per     text,
	progress_amount  numeric,
	progress_unit    text,
	progress_per     text,
	first_seen       date,
	status_since     date,
	confirmations    int NOT NULL DEFAULT 0,
	article_id       bigint REFERENCES articles,
	evidence         text,
	-- Where the incremental path (tw_track_key) resumes: the round's
	-- highest-ranked claim and the day its status was first reported (the
	-- status_since before overdue is derived).
	last_claim_id    bigint,
	reported_since   date,
	updated_at       timestamptz NOT NULL DEFAULT now(),
	UNIQUE (key_id, round)
);
CREATE INDEX commitments_open_deadline ON commitments (deadline)
	WHERE status NOT IN ('fulfilled', 'broken', 'overdue');

-- Every extracted mention.  low_confidence claims (below min_confidence when
-- stored) are kept for review but move no status.
CREATE TABLE claims (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id       bigint NOT NULL REFERENCES articles ON DELETE CASCADE,
	key_id           bigint NOT NULL REFERENCES commitment_keys,
	round            int,
	commitment_id    bigint REFERENCES commitments ON DELETE SET NULL,
	hs               text,
	status           text NOT NULL CHECK (tw_status_rank(status) BETWEEN 1 AND 6),
	deadline         date,
	expires          date,
	quantity_amount  numeric,
	quantity_unit    text,
	quantity_per     text CHECK (quantity_per IN ('year')),
	progress_amount  numeric,
	progress_unit    text,
	progress_per     text CHECK (progress_per IN ('year')),
	confidence       real NOT NULL CHECK (confidence BETWEEN 0 AND 1),
	low_confidence   boolean NOT NULL DEFAULT false,
	evidence         text,
	attribution      text,
	evidence_offset  bigint NOT NULL DEFAULT 0,
	stored_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claims_key_round ON claims (key_id, round);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_commitment ON claims (commitment_id);
CREATE INDEX claims_low_confidence ON claims (key_id, round) WHERE low_confidence;

-- Append-only log of every change of a commitment's current status (the
-- writer may only INSERT through the tracking functions).
CREATE TABLE status_history (
	id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	commitment_id  bigint NOT NULL REFERENCES commitments ON DELETE CASCADE,
	old_status     text,
	new_status     text NOT NULL,
	at             timestamptz NOT NULL DEFAULT now(),
	article_id     bigint REFERENCES articles ON DELETE SET NULL,
	published      date,
	evidence       text
);
CREATE INDEX status_history_commitment ON status_history (commitment_id, id);

-- The outbox: one row per status change, delivered per sink.
CREATE TABLE alerts (
	id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	commitment_id  bigint REFERENCES commitments ON DELETE SET NULL,
	payload        jsonb NOT NULL,
	created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alert_sinks (
	name           text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]*$'),
	registered_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE alert_deliveries (
	alert_id         bigint NOT NULL REFERENCES alerts ON DELETE CASCADE,
	sink             text NOT NULL REFERENCES alert_sinks ON DELETE CASCADE,
	attempts         int NOT NULL DEFAULT 0,
	next_attempt_at  timestamptz NOT NULL DEFAULT now(),
	leased_until     timestamptz,
	delivered_at     timestamptz,
	dead_at          timestamptz,
	last_error       text,
	PRIMARY KEY (alert_id, sink)
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (sink, next_attempt_at)
	WHERE delivered_at IS NULL AND dead_at IS NULL;
