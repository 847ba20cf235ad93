"""The set-based tracker of a batch (migrations/005: tw_ingest_many's
tw_track_fast) against the per-key path (tw_ingest: tw_track_key).

The same articles are stored one at a time with tw_ingest() and in batches
of several sizes with tw_ingest_many(), in publication order, nearly in
order (one in ten late) and shuffled: per order, every way gives the same
per-article results, commitments, claims, status_history and alerts (ids
and payloads included, so the same NOTIFYs in the same order); across the
orders the commitments and claims are the same.  The corpus has many keys
so that a batch mixes first-seen keys, in-order claims, late articles that
rebuild a key, rounds reopened, a key in several articles of one batch,
overdue deadlines and undated articles; with min_confidence 0 no claim is
low-confidence and the per-key path must not run at all.  Three
connections storing batches at once end where one storing the articles
one by one ends.
"""
import json
import random
import threading

import pytest

from test_store import ingest  # noqa: F401
from test_tracking import FULL, fresh, snapshot  # noqa: F401  (fresh is a fixture)

HISTORY = """
SELECT k.actor, k.counterparty, k.action, k.object, c.round, h.old_status, h.new_status,
       a.sha256, h.published, h.evidence
FROM status_history h JOIN commitments c ON c.id = h.commitment_id
JOIN commitment_keys k ON k.id = c.key_id LEFT JOIN articles a ON a.id = h.article_id
ORDER BY h.id"""
ALERTS = "SELECT id, commitment_id, payload - 'at' FROM alerts ORDER BY id"
CALLS = """
SELECT funcname, calls FROM pg_stat_xact_user_functions
WHERE funcname IN ('tw_track_fast', 'tw_track_key')"""


def wide_corpus(seed, articles=260, low=False):
    """Twelve keys, mostly in publication order with ties; statuses that
    fulfil, break and pledge again; deadlines in the past and future."""
    rng = random.Random(seed)
    keys = [(a, cp, act, obj) for a, cp in (("CN", "US"), ("JP", None), ("EU", "BR"))
            for act, obj in (("purchase", "soybeans"), ("purchase", "lng"),
                             ("tariff_cut", "steel"), ("investment", "investment_funds"))]
    statuses = ["proposed", "pledged", "in_progress", "fulfilled", "stalled", "broken"]
    docs = []
    for i in range(articles):
        day = None if rng.random() < 0.02 else \
            f"20{18 + i * 8 // articles}-{rng.randint(1, 12):02d}-{rng.randint(1, 2):02d}"
        claims = []
        for n, key in enumerate(rng.sample(keys, rng.choice([0, 1, 1, 1, 2]))):
            for m in range(rng.choice([1, 1, 1, 2])):
                claims.append({
                    "actor": key[0], "counterparty": key[1], "action": key[2], "object": key[3],
                    "hs": rng.choice([None, None, "1201"]),
                    "status": rng.choice(statuses + ["pledged", "pledged", "fulfilled"]),
                    "deadline": rng.choice([None, None, "2030-06-30", "2019-05-01"]),
                    "expires": rng.choice([None, None, "2032-01-01"]),
                    "quantity": rng.choice([None, {"amount": rng.randint(1, 9) * 1000000,
                                                   "unit": "t", "per": None}]),
                    "progress": rng.choice([None, None, {"amount": rng.randint(1, 9) * 1000,
                                                         "unit": "t", "per": "year"}]),
                    # (with low, some claims of the EU keys are low-confidence)
                    "confidence": rng.choice([0.3, 0.8, 0.9] if low and key[0] == "EU"
                                             else [0.6, 0.8, 0.9]),
                    "evidence": f"Sentence {n}.{m} of article {i}.",
                    "attribution": None, "offset": 10 * n + m})
        docs.append({"article": {"file": f"wide-{i}.txt", "sha256": f"{seed:02x}{i:062x}",
                                 "published": day, "title": f"Wide {i}", "source": "Wire",
                                 "url": f"https://example.org/{i}", "body": f"Article {i}."},
                     "commitments": claims})
    return docs


def orders(docs):
    chronological = sorted(docs, key=lambda d: (d["article"]["published"] or "",
                                                d["article"]["sha256"]))
    nearly = chronological[:]  # news in order, one in ten arriving late
    for i in range(0, len(nearly) - 25, 10):
        nearly.insert(i + 25, nearly.pop(i))
    shuffled = docs[:]
    random.Random(5).shuffle(shuffled)
    return {"chronological": chronological, "nearly": nearly, "shuffled": shuffled}


def store(conn, docs, batch, min_confidence):
    """Store docs one by one (batch 0: tw_ingest) or in batches; returns
    the per-article results, the rows, and the tracking calls made."""
    got = []
    calls = {"tw_track_fast": 0, "tw_track_key": 0}
    conn.execute("SET track_functions = 'pl'")
    for i in range(0, len(docs), max(batch, 1)):
        with conn.transaction():
            if batch == 0:
                got.append(tuple(ingest(conn, docs[i], min_confidence)))
            else:
                got.extend(tuple(r) for r in conn.execute(
                    "SELECT stored, alerts FROM tw_ingest_many(%s::jsonb, %s::float8)",
                    (json.dumps(docs[i:i + batch]), min_confidence)).fetchall())
            for name, n in conn.execute(CALLS).fetchall():
                calls[name] += n
    rows = (got, conn.execute(FULL).fetchall(), sorted(snapshot(conn)[1]),
            conn.execute(HISTORY).fetchall(), conn.execute(ALERTS).fetchall())
    return rows, calls


@pytest.mark.parametrize("low", [False, True], ids=["fast-path-only", "with-low-confidence"])
def test_batches_equal_one_by_one_in_every_order(fresh, low):
    docs = wide_corpus(21, low=low)
    min_confidence = 0.5 if low else 0.0
    finals = []
    for name, order in orders(docs).items():
        one, one_calls = store(fresh(), order, 0, min_confidence)
        assert one_calls["tw_track_key"] > 0
        for batch in (5, 64):
            many, calls = store(fresh(), order, batch, min_confidence)
            for a, b, what in zip(one, many, ("results", "commitments", "claims", "history",
                                              "alerts")):
                assert a == b, f"{name}, batch {batch}: {what} differ"
            assert calls["tw_track_fast"] > 0
            if low:
                assert calls["tw_track_key"] > 0
            else:
                assert calls["tw_track_key"] == 0, f"{name}, batch {batch}: per-key path ran"
        finals.append((one[1], one[2]))
    # The commitments of a set of articles do not depend on their order.
    assert all(f == finals[0] for f in finals)
    rows, claims = finals[0]
    # The corpus exercises what it should: reopened rounds, overdue, claims
    # of several keys, and (with low) claims kept for review.
    assert max(r[4] for r in rows) >= 3
    assert any(r[6] == "overdue" for r in rows)
    assert len({r[:4] for r in rows}) == 12
    assert any(c[7] for c in claims) == low


def test_late_article_in_a_batch_rebuilds_its_key_only(fresh):
    """A batch with a late article of one key (rebuilt from round 1: its
    round 1 ends broken instead of fulfilled), in-order articles of another
    (resumed, then reopened by a pledge in the same batch) and a first-seen
    key: the rows and alerts are those of one article at a time."""
    def doc(i, day, claims):
        return {"article": {"file": f"late-{i}.txt", "sha256": f"{0xee:02x}{i:062x}",
                            "published": day, "title": f"Late {i}", "source": "Wire",
                            "url": None, "body": "."},
                "commitments": [{"actor": a, "counterparty": None, "action": "purchase",
                                 "object": o, "status": s, "confidence": 0.9,
                                 "evidence": f"{a} {o} {s} {i}.", "offset": n}
                                for n, (a, o, s) in enumerate(claims)]}
    first = [doc(1, "2024-01-10", [("CN", "corn", "pledged"), ("JP", "lng", "pledged")]),
             doc(2, "2024-03-10", [("CN", "corn", "fulfilled"), ("JP", "lng", "in_progress")]),
             doc(3, "2024-05-10", [("CN", "corn", "pledged")])]
    batch = [doc(4, "2024-04-10", [("CN", "corn", "broken")]),       # late: rebuild
             doc(5, "2024-06-10", [("JP", "lng", "fulfilled")]),      # in order: resume
             doc(6, "2024-06-11", [("KR", "beef", "proposed"), ("JP", "lng", "pledged")])]
    results = []
    for size in (0, 3):
        conn = fresh()
        store(conn, first, 0, 0.5)
        results.append(store(conn, batch, size, 0.5)[0])
        rows = conn.execute(FULL).fetchall()
    assert results[0] == results[1]
    got = {(r[0], r[3], r[4]): r[6] for r in rows}
    assert got == {("CN", "corn", 1): "broken", ("CN", "corn", 2): "pledged",
                   ("JP", "lng", 1): "fulfilled", ("JP", "lng", 2): "pledged",
                   ("KR", "beef", 1): "proposed"}
    assert [r[1] for r in results[1][0]] == [1, 1, 2]


def test_concurrent_batches_reach_the_serial_state(pg, fresh):
    """Three connections storing batches of interleaved slices at once (keys
    shared between them, each batch locking its keys in key order) end where
    one connection storing the articles one by one ends."""
    docs = wide_corpus(33, articles=180)
    serial = fresh()
    store(serial, docs, 0, 0.0)
    expect = serial.execute(FULL).fetchall(), sorted(snapshot(serial)[1])
    dbname = fresh().info.dbname
    errors = []

    def writer(part):
        try:
            with pg.connect(dbname) as conn:
                for i in range(0, len(part), 8):
                    conn.execute("SELECT * FROM tw_ingest_many(%s::jsonb, 0)",
                                 (json.dumps(part[i:i + 8]),))
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=writer, args=(docs[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with pg.connect(dbname) as conn:
        assert (conn.execute(FULL).fetchall(), sorted(snapshot(conn)[1])) == expect
