"""The plans of a batch's statements as its tables grow (migrations/006).

PL/pgSQL keeps each statement's plan for the session, and after five runs a
generic one: a daemon's connection plans its statements on nearly empty
tables and keeps those plans while the tables grow.  Here one connection
stores batches while the tables are nearly empty (its plans are made then),
the tables are then grown from another connection, and the same connection
stores more batches with auto_explain reporting every nested statement's
plan to it: none may read a whole table that grows with the articles
(articles, claims, commitments, commitment_keys, status_history, alerts).
"""
import json
import re

from test_batch_tracking import orders, wide_corpus
from test_tracking import fresh  # noqa: F401  (a fixture)

GROWING = ("articles", "claims", "commitments", "commitment_keys", "status_history", "alerts")

# Rows unrelated to the corpus: 3,000 articles, keys and rounds (each with
# two claims, one low-confidence), alerts and history for each round.
GROW = """
INSERT INTO articles (file_name, sha256, published, body)
SELECT 'fill-' || i, 'e' || lpad(to_hex(i), 63, '0'), date '2015-01-01' + i % 900, 'Filler.'
FROM generate_series(1, 3000) i;
INSERT INTO commitment_keys (actor, action, object)
SELECT 'FILL' || i, 'purchase', 'filler' FROM generate_series(1, 3000) i;
INSERT INTO commitments (key_id, round, actor, action, object, status, article_id)
SELECT k.id, 1, k.actor, k.action, k.object, 'pledged', a.id
FROM commitment_keys k JOIN articles a ON a.file_name = 'fill-' || substr(k.actor, 5)
WHERE k.actor LIKE 'FILL%';
INSERT INTO claims (article_id, key_id, round, commitment_id, status, confidence, low_confidence)
SELECT c.article_id, c.key_id, 1, c.id, 'pledged', x.conf, x.conf < 0.5
FROM commitments c CROSS JOIN (VALUES (0.9), (0.2)) x (conf)
WHERE c.actor LIKE 'FILL%';
INSERT INTO status_history (commitment_id, new_status, article_id)
SELECT id, status, article_id FROM commitments WHERE actor LIKE 'FILL%';
INSERT INTO alerts (commitment_id, payload)
SELECT id, '{}' FROM commitments WHERE actor LIKE 'FILL%';
"""


def stored(conn, docs, batch, min_confidence):
    for i in range(0, len(docs), batch):
        with conn.transaction():
            conn.execute("SELECT * FROM tw_ingest_many(%s::jsonb, %s::float8)",
                         (json.dumps(docs[i:i + batch]), min_confidence))


def test_batch_plans_read_no_whole_table_as_tables_grow(pg, fresh):
    conn = fresh()
    dbname = conn.info.dbname
    for t in GROWING:  # no ANALYZE to replan the statements meanwhile
        conn.execute(f"ALTER TABLE {t} SET (autovacuum_enabled = off)")
    # Late and low-confidence claims: rebuilt keys, rounds deleted, the
    # per-key path.
    docs = orders(wide_corpus(41, articles=300, low=True))["shuffled"]
    stored(conn, docs[:100], 5, 0.5)
    with pg.connect(dbname) as other:
        other.execute(GROW)
    plans = []
    conn.add_notice_handler(lambda d: plans.append(d.message_primary))
    conn.execute("LOAD 'auto_explain'")
    for setting in ("log_min_duration = 0", "log_nested_statements = on",
                    "log_level = notice"):
        conn.execute(f"SET auto_explain.{setting}")
    conn.execute("SET client_min_messages = notice")
    stored(conn, docs[100:], 5, 0.5)
    conn.execute("RESET auto_explain.log_min_duration")
    text = "\n\n".join(plans)
    # The statements that read whole tables before 006 were planned.
    for what in ("Update on commitments", "Update on claims", "Delete on commitments",
                 "Update on alerts", "claims_low_confidence"):
        assert what in text, f"no plan with {what}"
    whole = sorted({f"{what}: {query(p)}" for p in plans for what in whole_reads(p)})
    assert not whole, "\n".join(whole)


def query(plan):
    """The statement of an auto_explain plan, on one line."""
    m = re.search(r"Query Text: (.*?)\n\S", plan, re.S)
    return re.sub(r"\s+", " ", m.group(1) if m else plan)[:160]


def whole_reads(plan):
    """The reads of a whole growing table in plan: its sequential scans,
    and index scans with no index condition (every entry of the index)."""
    lines = plan.split("\n")
    for i, line in enumerate(lines):
        m = re.search(r"Seq Scan on (\w+)", line)
        if m and m.group(1) in GROWING:
            yield f"Seq Scan on {m.group(1)}"
        m = re.search(r"Index(?: Only)? Scan (?:using|on) (\w+)", line)
        if m and m.group(1).startswith(GROWING) and \
                "Index Cond" not in (lines[i + 1] if i + 1 < len(lines) else ""):
            yield f"whole index {m.group(1)}"


def test_shorten_is_inlined_and_cuts_as_before(pg, fresh):
    """007: tw_shorten is an SQL expression the planner inlines (no function
    call for the texts that fit), and cuts exactly as 002's loop, kept as
    tw_shorten_cut: at most max bytes, never inside a UTF-8 character."""
    conn = fresh()
    plan = "\n".join(r[0] for r in conn.execute(
        "EXPLAIN (VERBOSE) SELECT tw_shorten(title, 10) FROM articles"))
    assert "CASE WHEN" in plan and "tw_shorten(" not in plan, plan
    cases = [(None, 10), ("", 10), ("short", 10), ("exactly 10", 10), ("one byte more", 12),
             ("a" * 5000, 500), ("é" * 400, 501), ("日本語のテキスト" * 50, 100),
             ("ab€cd", 6), ("abcdef", 3), ("abcdef", 4), ("x" * 10, 0)]
    for s, m in cases:
        got, cut = conn.execute("SELECT tw_shorten(%s, %s), tw_shorten_cut(%s, %s)",
                                (s, m, s, m)).fetchone()
        assert got == cut, (s, m, got, cut)
        if s is not None and len(s.encode()) > m:
            assert len(got.encode()) <= max(m, 0) and (m <= 3 or got.endswith("…")), (s, m, got)
        else:
            assert got == s
