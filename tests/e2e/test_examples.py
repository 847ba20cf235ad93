"""The shipped examples/ through the real daemon: rows, alerts on a LISTEN
connection, webhook deliveries and psql views, as a user of `make run` sees them.

The examples tell one story about a soybean pledge (pledged, then buying has
begun, then stalled) beside other commitments; the assertions hold whatever
else the extractor finds in them.
"""
import json
import os

from conftest import ROOT, Listener, wait_for
from receiver import Receiver

EXAMPLES = os.path.join(ROOT, "examples")
SOYBEANS = ("CN", "US", "purchase", "soybeans")


def drop_example(d, name):
    with open(os.path.join(EXAMPLES, name), "rb") as f:
        d.drop(name, f.read())


def drained(d):
    return not d.files("new") and not d.files("work")


def soybeans(d):
    rows = d.query("SELECT status, deadline::text, quantity_amount, quantity_unit FROM commitments "
                   "WHERE actor = %s AND counterparty = %s AND action = %s AND object = %s "
                   "ORDER BY round DESC LIMIT 1", *SOYBEANS)
    return rows[0] if rows else None


def test_examples_give_the_soybean_story_and_one_alert_per_change(pg, dbname, daemon):
    r = Receiver()
    try:
        d = daemon(webhook_url=r.url, webhook_backoff_base="0.1", webhook_backoff_cap="0.5")
        d.start()
        listener = Listener(pg, dbname)

        drop_example(d, "01-harbor-accord-pledge.txt")
        wait_for(lambda: soybeans(d), what="the soybean pledge")
        status, deadline, amount, unit = soybeans(d)
        assert (status, deadline, float(amount), unit) == ("pledged", "2026-12-31", 15e6, "t")

        # The stall report, five months later: exactly one alert for soybeans,
        # naming the old and the new status.
        before = {row[0] for row in d.query("SELECT id FROM alerts")}
        drop_example(d, "03-soybeans-stall.txt")
        wait_for(lambda: soybeans(d)[0] == "stalled", what="soybeans stalled")
        new = d.query("SELECT id, payload FROM alerts WHERE id <> ALL(%s) ORDER BY id", list(before))
        soy = [p for _, p in new if (p["actor"], p["counterparty"], p["action"], p["object"]) == SOYBEANS]
        assert len(soy) == 1, soy
        assert (soy[0]["old_status"], soy[0]["new_status"]) == ("pledged", "stalled")
        assert soy[0]["article"]["published"] == "2026-07-20"
        assert "stalled" in soy[0]["evidence"]

        # The same change arrived on a real LISTEN connection.
        assert listener.wait(lambda p: json.loads(p)["id"] == soy[0]["id"], 20), listener.got
        heard = [p for p in listener.payloads() if p["id"] == soy[0]["id"]][0]
        assert (heard["old_status"], heard["new_status"]) == ("pledged", "stalled")

        # The rest of the examples flow; every alert reaches the webhook exactly once.
        for name in sorted(os.listdir(EXAMPLES)):
            if name not in ("01-harbor-accord-pledge.txt", "03-soybeans-stall.txt"):
                drop_example(d, name)
        wait_for(lambda: drained(d) and len(d.files("done")) == len(os.listdir(EXAMPLES)),
                 what="every example stored")
        assert d.files("quarantine") == []
        assert d.scalar("SELECT count(*) FROM articles") == 6  # the .jsonl holds two
        ids = {str(row[0]) for row in d.query("SELECT id FROM alerts")}
        wait_for(lambda: {q.id for q in r.requests if q.status == 200} >= ids,
                 what="every alert delivered to the webhook")
        delivered = [q.id for q in r.requests if q.status == 200]
        assert len(delivered) == len(set(delivered)) == len(ids)
        # A later article dated before the stall does not move soybeans back.
        assert soybeans(d)[0] == "stalled"
        listener.close()
    finally:
        r.down()


def test_psql_views_read_as_the_reader_role(pg, dbname, daemon):
    d = daemon()
    d.start()
    for name in sorted(os.listdir(EXAMPLES)):
        drop_example(d, name)
    wait_for(lambda: drained(d) and len(d.files("done")) == len(os.listdir(EXAMPLES)),
             what="every example stored")
    pg.psql("ALTER ROLE tradewatch_reader LOGIN", dbname)
    out = pg.psql("SELECT actor, counterparty, action, object, status FROM commitment_status "
                  "ORDER BY actor, action, object", dbname, user="tradewatch_reader").stdout
    assert "CN|US|purchase|soybeans|stalled" in out.splitlines()
    for view in ("commitment_timeline", "overdue_commitments", "pending_alerts", "review_queue"):
        pg.psql(f"SELECT * FROM {view} LIMIT 5", dbname, user="tradewatch_reader")
    timeline = pg.psql("SELECT status FROM commitment_timeline WHERE object = 'soybeans' "
                       "AND actor = 'CN' ORDER BY 1", dbname, user="tradewatch_reader").stdout
    assert "stalled" in timeline
    refused = pg.psql("DELETE FROM articles", dbname, user="tradewatch_reader", check=False)
    assert refused.returncode != 0 and "read-only" in refused.stderr
