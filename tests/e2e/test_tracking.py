"""Commitment tracking in SQL: order independence, rounds, late articles,
alerts with NOTIFY, overdue, low confidence, re-extraction, the outbox.

The corpus is tests/e2e/fixtures/tracking/*.json: 30 articles in the shape
that store_articles() hands to tw_ingest() (extract_json() plus the body),
about seven commitments from 2018 to 2026.
"""
import copy
import json
import random
import threading
import time

import psycopg
import pytest

from test_store import db, ingest, ingest_all, load_corpus  # noqa: F401  (db is a fixture)

SNAPSHOT = """
SELECT c.actor, c.counterparty, c.action, c.object, c.round, c.hs, c.status, c.deadline,
       c.expires, c.quantity_amount, c.quantity_unit, c.quantity_per, c.progress_amount,
       c.progress_unit, c.first_seen, c.status_since, c.confirmations, a.sha256, c.evidence
FROM commitments c LEFT JOIN articles a ON a.id = c.article_id
ORDER BY 1, 2 NULLS FIRST, 3, 4, 5
"""


def snapshot(conn):
    rows = conn.execute(SNAPSHOT).fetchall()
    claims = conn.execute("""
        SELECT a.sha256, k.actor, k.counterparty, k.action, k.object, cl.round, cl.status,
               cl.low_confidence, c.round
        FROM claims cl JOIN articles a ON a.id = cl.article_id
        JOIN commitment_keys k ON k.id = cl.key_id
        LEFT JOIN commitments c ON c.id = cl.commitment_id ORDER BY 1, 2, 3, 4, 5""").fetchall()
    return rows, claims


def status_of(conn, actor, action, obj, counterparty=None):
    return conn.execute(
        "SELECT round, status, status_since::text, deadline::text, confirmations FROM commitments "
        "WHERE actor = %s AND action = %s AND object = %s AND counterparty IS NOT DISTINCT FROM %s "
        "ORDER BY round", (actor, action, obj, counterparty)).fetchall()


def today(conn):
    return conn.execute("SELECT current_date::text").fetchone()[0]


@pytest.fixture
def fresh(pg):
    """Factory: a new migrated database and a connection to it."""
    from test_store import migrate
    conns = []

    def make():
        name = pg.new_database()
        migrate(pg, name)
        conn = pg.connect(name)
        conns.append(conn)
        return conn

    yield make
    for c in conns:
        c.close()


def test_three_orders_give_identical_commitments(fresh):
    docs = load_corpus()
    chronological = sorted(docs, key=lambda d: (d["article"]["published"], d["article"]["file"]))
    shuffled = docs[:]
    random.Random(4).shuffle(shuffled)
    snaps = []
    for order in (chronological, list(reversed(chronological)), shuffled):
        conn = fresh()
        for doc in order:
            stored, _ = ingest(conn, doc)
            assert stored
        snaps.append(snapshot(conn))
    assert snaps[0] == snaps[1] == snaps[2]
    assert len(snaps[0][0]) == 11


def test_expected_statuses_and_rounds(db):
    for doc in load_corpus():
        ingest(db, doc)
    now = today(db)
    # Soybeans: 2018 pledge broken in 2019, Phase One broken in 2022, the 2025
    # pledge fulfilled in 2026 (the low-confidence rumour of cancellation after
    # it moves nothing).
    soy = status_of(db, "CN", "purchase", "soybeans", "US")
    assert [r[:3] for r in soy] == [(1, "broken", "2019-08-06"), (2, "broken", "2022-02-08"),
                                    (3, "fulfilled", "2026-03-05")]
    assert soy[1][3] == "2021-12-31" and soy[2][3] == "2026-02-28"
    assert soy[2][4] == 7  # proposed, pledged, 4 progress reports, fulfilled
    # Same day: the fulfilled report (0.9) beats the pledged one (0.6).
    assert status_of(db, "US", "tariff_cut", "fentanyl_tariff", "CN")[0][1] == "fulfilled"
    # Same day, same confidence: stalled comes after in_progress in the order.
    rare = status_of(db, "CN", "ease_export_controls", "rare_earths")
    assert [r[:3] for r in rare] == [(1, "stalled", "2025-12-01")]
    # Port fees: pledged for 2025-11-10, nothing since: overdue once that passed.
    port = status_of(db, "US", "suspend_measure", "port_fees", "CN")
    assert port[0][1] == ("overdue" if now > "2025-11-10" else "pledged")
    # Sorghum: broken (2019), fulfilled (2022), pledged again (2025).
    assert [r[1] for r in status_of(db, "CN", "purchase", "sorghum", "US")] == \
        ["broken", "fulfilled", "pledged"]
    air = status_of(db, "CN", "purchase", "aircraft", "US")
    assert [r[:2] for r in air] == [(1, "in_progress")] and air[0][4] == 3
    row = db.execute("SELECT quantity, counterparty FROM commitment_status "
                     "WHERE object = 'rare_earths'").fetchone()
    assert row == (None, "-")
    assert db.execute("SELECT quantity FROM commitment_status WHERE object = 'soybeans' "
                      "AND round = 3").fetchone()[0] == "12000000 t"


def test_late_old_article_does_not_overwrite(db):
    docs = load_corpus()
    late = next(d for d in docs if d["article"]["file"] == "soy-2019-march.txt")
    for doc in docs:
        if doc is not late:
            ingest(db, doc)
    before = snapshot(db)[0]
    alerts = db.execute("SELECT count(*) FROM alerts").fetchone()[0]
    assert ingest(db, late) == (True, 0)
    after = snapshot(db)[0]
    # Round 1 gains a confirmation; no status anywhere changes.
    changed = [(b, a) for b, a in zip(before, after) if b != a]
    assert len(changed) == 1
    b, a = changed[0]
    assert (a[3], a[4], a[6], a[16]) == ("soybeans", 1, "broken", b[16] + 1)
    assert db.execute("SELECT count(*) FROM alerts").fetchone()[0] == alerts
    # Its claim shows in the timeline, in its place.
    tl = db.execute("SELECT date::text, previous, status FROM commitment_timeline "
                    "WHERE object = 'soybeans' AND round = 1").fetchall()
    assert tl == [("2018-12-02", None, "pledged"), ("2019-01-15", "pledged", "in_progress"),
                  ("2019-03-01", "in_progress", "in_progress"),
                  ("2019-08-06", "in_progress", "broken")]


def test_late_article_splits_a_round(db):
    """A pledge after a fulfilment opens a new round even when the fulfilment arrives last."""
    docs = {d["article"]["file"]: d for d in load_corpus()}
    for name in ("sor-2020-08.txt", "sor-2025-11.txt"):
        ingest(db, docs[name])
    assert [r[1] for r in status_of(db, "CN", "purchase", "sorghum", "US")] == ["pledged"]
    assert ingest(db, docs["sor-2022-01.txt"])[1] == 2  # round 1 fulfilled, round 2 new
    assert [r[1] for r in status_of(db, "CN", "purchase", "sorghum", "US")] == \
        ["fulfilled", "pledged"]


def listen(pg, dbname):
    """A real LISTEN connection; its notifications collect in conn.received."""
    conn = pg.connect(dbname)
    conn.received = []
    conn.add_notify_handler(lambda n: conn.received.append(n.payload))
    conn.execute("LISTEN tradewatch")
    return conn


def notifies(conn, want, timeout=5.0):
    """The first want payloads (raw text) that conn received, waiting up to timeout."""
    deadline = time.monotonic() + timeout
    while len(conn.received) < want and time.monotonic() < deadline:
        conn.execute("SELECT 1")  # the server delivers what is waiting
        time.sleep(0.02)
    return conn.received[:want]


def test_status_change_raises_one_alert_and_notify(pg, dbname, db):
    docs = {d["article"]["file"]: d for d in load_corpus()}
    # A deadline no server clock has passed, so that overdue stays out of it.
    docs["soy-2025-pledge.txt"]["commitments"][0]["deadline"] = "2999-02-28"
    ingest(db, docs["soy-2025-pledge.txt"])
    lc = listen(pg, dbname)
    try:
        assert ingest(db, docs["soy-2025-first.txt"]) == (True, 1)
        assert ingest(db, docs["soy-2025-limbo.txt"]) == (True, 1)
        got = [json.loads(p) for p in notifies(lc, 2)]
    finally:
        lc.close()
    assert [(g["old_status"], g["new_status"]) for g in got] == \
        [("pledged", "in_progress"), ("in_progress", "stalled")]
    g = got[1]
    assert (g["actor"], g["counterparty"], g["action"], g["object"]) == \
        ("CN", "US", "purchase", "soybeans")
    assert g["deadline"] == "2999-02-28" and g["round"] == 1
    assert g["article"]["title"] == "Soybean deal in limbo"
    assert g["article"]["published"] == "2025-12-10"
    assert g["article"]["url"] == "https://news.example/soy-2025-limbo"
    assert g["evidence"].startswith("The soybean purchases are in limbo")
    row = db.execute("SELECT payload FROM alerts WHERE id = %s", (g["id"],)).fetchone()
    assert row[0] == g
    hist = db.execute("SELECT old_status, new_status FROM status_history h JOIN commitments c "
                      "ON c.id = h.commitment_id WHERE c.object = 'soybeans' ORDER BY h.id").fetchall()
    assert hist == [(None, "pledged"), ("pledged", "in_progress"), ("in_progress", "stalled")]


def test_huge_evidence_keeps_payload_under_8000_bytes(pg, dbname, db):
    doc = copy.deepcopy(load_corpus()[0])
    doc["article"]["title"] = "T\u00e9" * 3000
    doc["commitments"][0]["evidence"] = ('"quoted" \u4e2d\u6587 \\ \x01 ' * 20000)
    doc["commitments"][0]["counterparty"] = None
    lc = listen(pg, dbname)
    try:
        assert ingest(db, doc) == (True, 1)
        raw = notifies(lc, 1)[0]
    finally:
        lc.close()
    assert len(raw.encode()) < 8000
    g = json.loads(raw)
    assert g["evidence"].startswith('"quoted" \u4e2d\u6587') and g["evidence"].endswith("\u2026")
    assert g["counterparty"] is None and g["old_status"] is None
    assert g["new_status"] == doc["commitments"][0]["status"]
    # The claim keeps the whole sentence.
    assert db.execute("SELECT length(evidence) FROM claims").fetchone()[0] == \
        len(doc["commitments"][0]["evidence"])


def test_overdue_is_marked_once_and_a_later_claim_moves_it_on(db):
    docs = {d["article"]["file"]: d for d in load_corpus()}
    pledge = copy.deepcopy(docs["air-2025-11-01.txt"])
    pledge["commitments"][0]["deadline"] = "2999-12-31"
    assert ingest(db, pledge) == (True, 1)
    assert db.execute("SELECT tw_mark_overdue()").fetchone()[0] == 0
    # Time passes: the deadline is now yesterday (by the server's clock).
    db.execute("UPDATE claims SET deadline = current_date - 1")
    db.execute("UPDATE commitments SET deadline = current_date - 1")
    assert db.execute("SELECT tw_mark_overdue()").fetchone()[0] == 1
    assert db.execute("SELECT tw_mark_overdue()").fetchone()[0] == 0
    row = db.execute("SELECT c.status, c.status_since = current_date, a.payload->>'old_status', "
                     "a.payload->>'new_status' FROM commitments c JOIN alerts a "
                     "ON a.commitment_id = c.id ORDER BY a.id DESC LIMIT 1").fetchone()
    assert row == ("overdue", True, "pledged", "overdue")
    assert db.execute("SELECT count(*) FROM overdue_commitments WHERE last_reported = 'pledged'"
                      ).fetchone()[0] == 1
    # A later report that the commitment was carried out moves it on.
    done = copy.deepcopy(docs["air-2026-02.txt"])
    done["commitments"][0]["status"] = "fulfilled"
    assert ingest(db, done) == (True, 1)
    assert status_of(db, "CN", "purchase", "aircraft", "US")[0][1] == "fulfilled"
    assert db.execute("SELECT count(*) FROM overdue_commitments").fetchone()[0] == 0


def test_past_deadline_at_ingest_is_overdue_and_a_new_deadline_lifts_it(db):
    docs = {d["article"]["file"]: d for d in load_corpus()}
    ingest(db, docs["port-2025-11-01.txt"])
    if today(db) <= "2025-11-10":
        pytest.skip("the server's clock is before the fixture's deadline")
    assert status_of(db, "US", "suspend_measure", "port_fees", "CN")[0][:3] == \
        (1, "overdue", "2025-11-11")
    moved = copy.deepcopy(docs["port-2025-11-01.txt"])
    moved["article"]["sha256"] = "e" * 64
    moved["article"]["published"] = "2025-11-20"
    moved["commitments"][0]["deadline"] = "2999-01-01"
    assert ingest(db, moved) == (True, 1)
    assert status_of(db, "US", "suspend_measure", "port_fees", "CN")[0][1] == "pledged"


def test_low_confidence_goes_to_review_and_moves_nothing(db):
    docs = {d["article"]["file"]: d for d in load_corpus()}
    ingest(db, docs["air-2025-11-01.txt"])
    before = snapshot(db)[0]
    weak = copy.deepcopy(docs["air-2026-02.txt"])
    weak["commitments"][0]["status"] = "broken"
    weak["commitments"][0]["confidence"] = 0.2
    assert ingest(db, weak, 0.5) == (True, 0)
    assert snapshot(db)[0] == before
    rq = db.execute("SELECT actor, object, status, confidence::numeric(3,2)::text, round "
                    "FROM review_queue").fetchall()
    assert rq == [("CN", "aircraft", "broken", "0.20", 1)]
    # A key known only from weak claims has no commitment yet.
    lone = copy.deepcopy(weak)
    lone["article"]["sha256"] = "f" * 64
    lone["commitments"][0]["object"] = "vehicles"
    assert ingest(db, lone, 0.5) == (True, 0)
    assert db.execute("SELECT count(*) FROM commitments WHERE object = 'vehicles'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM review_queue").fetchone()[0] == 2


def test_reextract_alerts_only_for_real_changes(db):
    docs = load_corpus()
    for doc in docs:
        ingest(db, doc)
    before = snapshot(db)
    n = db.execute("SELECT count(*) FROM alerts").fetchone()[0]
    for doc in docs:
        assert db.execute("SELECT tw_replace_claims(%s::jsonb, 0.5)", (json.dumps(doc),)
                          ).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM alerts").fetchone()[0] == n
    assert snapshot(db)[0] == before[0]
    # New rules read the last soybean article as broken, not fulfilled.
    done = copy.deepcopy(next(d for d in docs if d["article"]["file"] == "soy-2026-done.txt"))
    done["commitments"][0]["status"] = "broken"
    assert db.execute("SELECT tw_replace_claims(%s::jsonb, 0.5)", (json.dumps(done),)
                      ).fetchone()[0] == 1
    soy = status_of(db, "CN", "purchase", "soybeans", "US")
    assert soy[2][1] == "broken"
    # An article the database never saw.
    done["article"]["sha256"] = "0" * 64
    assert db.execute("SELECT tw_replace_claims(%s::jsonb, 0.5)", (json.dumps(done),)
                      ).fetchone()[0] is None


def test_outbox_claim_done_retry_dead(pg, dbname, db):
    db.execute("SELECT tw_sink_register('webhook')")
    db.execute("SELECT tw_sink_register('webhook')")
    docs = load_corpus()
    for doc in docs[:10]:
        ingest(db, doc)
    total = db.execute("SELECT count(*) FROM alerts").fetchone()[0]
    assert total > 4
    assert db.execute("SELECT count(*) FROM pending_alerts").fetchone()[0] == total
    # Two daemons claiming at the same moment get disjoint leases.
    other = pg.connect(dbname, autocommit=False)
    try:
        mine = other.execute("SELECT id FROM tw_alerts_claim('webhook', 3, 60)").fetchall()
        theirs = db.execute("SELECT id FROM tw_alerts_claim('webhook', 100, 60)").fetchall()
        other.commit()
    finally:
        other.close()
    ids = [r[0] for r in mine] + [r[0] for r in theirs]
    assert len(mine) == 3 and sorted(ids) == sorted(set(ids)) and len(ids) == total
    # Leased: nothing is due now.
    assert db.execute("SELECT count(*) FROM tw_alerts_claim('webhook', 100, 60)").fetchone()[0] == 0
    first, second, third = ids[:3]
    assert db.execute("SELECT tw_alert_done('webhook', %s)", (first,)).fetchone()[0]
    assert db.execute("SELECT tw_alert_retry('webhook', %s, 0, 'HTTP 500')", (second,)).fetchone()[0]
    assert db.execute("SELECT tw_alert_retry('webhook', %s, -1, 'too old')", (third,)).fetchone()[0]
    again = db.execute("SELECT id, attempts FROM tw_alerts_claim('webhook', 100, 60)").fetchall()
    assert again == [(second, 1)]
    pend = db.execute("SELECT alert_id, dead, last_error FROM pending_alerts "
                      "WHERE alert_id IN (%s, %s, %s) ORDER BY alert_id",
                      (first, second, third)).fetchall()
    assert sorted(pend) == sorted([(second, False, "HTTP 500"), (third, True, "too old")])


def test_concurrent_writers_reach_the_same_state(pg, fresh):
    """Three connections storing interleaved slices at once match one serial run."""
    docs = load_corpus()
    serial = fresh()
    for doc in docs:
        ingest(serial, doc)
    expect = snapshot(serial)[0]
    conn = fresh()
    dbname = conn.info.dbname
    errors = []

    threads = [threading.Thread(target=ingest_all, args=(pg, dbname, docs[i::3], errors))
               for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert snapshot(conn)[0] == expect


def synthetic_corpus(seed, articles=240):
    """Many claims per key: three keys, dates with ties (and a few undated
    articles), every status, low-confidence claims, two claims of one key in
    one article, deadlines and quantities that come and go."""
    rng = random.Random(seed)
    keys = [("CN", "US", "purchase", "soybeans"), ("CN", "US", "purchase", "corn"),
            ("JP", None, "investment", "investment_funds")]
    statuses = ["proposed", "pledged", "in_progress", "fulfilled", "stalled", "broken"]
    docs = []
    for i in range(articles):
        day = None if rng.random() < 0.03 else \
            f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 3):02d}"
        claims = []
        for n, key in enumerate(rng.sample(keys, rng.choice([1, 1, 2, 3]))):
            for m in range(rng.choice([1, 1, 1, 2])):
                claims.append({
                    "actor": key[0], "counterparty": key[1], "action": key[2], "object": key[3],
                    "hs": rng.choice([None, "1201"]),
                    "status": rng.choice(statuses + ["in_progress", "pledged", "fulfilled"]),
                    "deadline": rng.choice([None, None, "2030-06-30", "2031-12-31", "2019-05-01"]),
                    "expires": None,
                    "quantity": rng.choice([None, {"amount": rng.randint(1, 9) * 1000000,
                                                   "unit": "t", "per": None}]),
                    "progress": None,
                    "confidence": rng.choice([0.3, 0.6, 0.75, 0.75, 0.9]),
                    "evidence": f"Sentence {n}.{m} of article {i}.",
                    "attribution": None, "offset": 10 * n + m})
        docs.append({"article": {"file": f"syn-{i}.txt", "sha256": f"{seed:02x}{i:062x}",
                                 "published": day, "title": f"Synthetic {i}", "source": "Wire",
                                 "url": None, "body": f"Synthetic article {i}."},
                     "commitments": claims})
    return docs


FULL = """
SELECT c.actor, c.counterparty, c.action, c.object, c.round, c.hs, c.status, c.deadline,
       c.expires, c.quantity_amount, c.quantity_unit, c.quantity_per, c.first_seen,
       c.status_since, c.reported_since, c.confirmations, a.sha256, c.evidence,
       la.sha256, lc.evidence_offset
FROM commitments c LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN claims lc ON lc.id = c.last_claim_id LEFT JOIN articles la ON la.id = lc.article_id
ORDER BY 1, 2 NULLS FIRST, 3, 4, 5
"""


def test_incremental_tracking_equals_a_full_recompute(fresh):
    """Many claims per key stored in shuffled, chronological and reversed
    order (the incremental path, late articles rebuilding from their round)
    give the rows that tw_recompute_key rebuilds from all the claims."""
    docs = synthetic_corpus(6)
    chronological = sorted(docs, key=lambda d: (d["article"]["published"] or "",
                                                d["article"]["sha256"]))
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    nearly = chronological[:]  # news in order, one in ten arriving late
    for i in range(0, len(nearly) - 30, 10):
        nearly.insert(i + 30, nearly.pop(i))
    results = []
    for order in (shuffled, chronological, list(reversed(chronological)), nearly):
        conn = fresh()
        for doc in order:
            assert ingest(conn, doc)[0]
        before = conn.execute(FULL).fetchall(), sorted(snapshot(conn)[1])
        alerts = conn.execute("SELECT sum(tw_recompute_key(id)) FROM commitment_keys").fetchone()
        assert alerts == (0,)
        assert (conn.execute(FULL).fetchall(), sorted(snapshot(conn)[1])) == before
        results.append(before)
    assert results[0] == results[1] == results[2] == results[3]
    rows, claims = results[0]
    # The corpus exercises what it should: many rounds, late low-confidence
    # claims placed in later rounds, overdue and undated articles.
    assert max(r[4] for r in rows) >= 5
    assert any(c[7] and c[5] is not None and c[5] > 1 for c in claims)
    assert any(r[6] == "overdue" for r in rows)


def test_a_batch_equals_the_same_articles_one_by_one(fresh):
    """tw_ingest_many over batches gives the rows, history, alerts and
    per-article results of tw_ingest called for each article in order: two
    articles of one key in a batch, one article twice in a batch, an article
    of an earlier batch again, low-confidence claims, late articles."""
    docs = synthetic_corpus(9, articles=120) + load_corpus()
    random.Random(11).shuffle(docs)
    docs.insert(5, copy.deepcopy(docs[3]))   # twice in one batch
    docs.insert(60, copy.deepcopy(docs[10]))  # again, batches later
    history = """
        SELECT k.actor, k.counterparty, k.action, k.object, c.round, h.old_status,
               h.new_status, a.sha256, h.published, h.evidence
        FROM status_history h JOIN commitments c ON c.id = h.commitment_id
        JOIN commitment_keys k ON k.id = c.key_id LEFT JOIN articles a ON a.id = h.article_id
        ORDER BY h.id"""
    alerts = "SELECT id, payload - 'at' FROM alerts ORDER BY id"
    results = []
    for batch in (1, 16):
        conn = fresh()
        got = []
        for i in range(0, len(docs), batch):
            part = docs[i:i + batch]
            if batch == 1:
                got.append(tuple(ingest(conn, part[0])))
            else:
                got.extend(tuple(r) for r in conn.execute(
                    "SELECT stored, alerts FROM tw_ingest_many(%s::jsonb, %s::float8)",
                    (json.dumps(part), 0.5)).fetchall())
        results.append((got, conn.execute(FULL).fetchall(), sorted(snapshot(conn)[1]),
                        conn.execute(history).fetchall(), conn.execute(alerts).fetchall()))
    one, many = results
    assert one[0].count((False, 0)) == 2
    assert sum(a for _, a in one[0]) == len(one[4]) > 50
    for a, b in zip(one, many):
        assert a == b


def test_a_batch_refuses_a_bad_article_as_a_whole(db):
    docs = load_corpus()[:3]
    bad = copy.deepcopy(docs[1])
    bad["article"]["published"] = "2020-13-45"
    with pytest.raises(psycopg.DataError):
        db.execute("SELECT * FROM tw_ingest_many(%s::jsonb, 0.5)", (json.dumps([docs[0], bad]),))
    assert db.execute("SELECT count(*) FROM articles").fetchone() == (0,)
