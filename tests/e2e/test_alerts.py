"""Alert delivery end to end: the real daemon, PostgreSQL, HTTP receiver and programs.

Each test drops articles that raise alerts (new commitments) and watches them
reach a sink: a real HTTP receiver (receiver.py) or a real program executed
by alert_command.  Retries are made quick with webhook_backoff_base/_cap.
"""
import json
import os
import signal
import stat
import subprocess
import time

import pytest

from conftest import TRADEWATCHD, article_txt, wait_for
from receiver import Receiver

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

PLEDGES = [
    ("2026-03-02", "China pledges soybean purchases",
     "China pledged to buy 10 million tonnes of US soybeans by the end of the year."),
    ("2026-03-03", "Japan agrees to corn purchases",
     "Japan agreed to buy 2 million tonnes of US corn by the end of the year."),
    ("2026-03-04", "India pledges wheat purchases",
     "India pledged to buy 1 million tonnes of US wheat by the end of the year."),
]

FAST = {"webhook_backoff_base": "0.1", "webhook_backoff_cap": "0.5", "webhook_timeout": "2"}


@pytest.fixture
def receiver():
    made = []

    def make(**kw):
        r = Receiver(**kw)
        made.append(r)
        return r

    yield make
    for r in made:
        r.release()
        try:
            r.down()
        except Exception:
            pass


def secret_file(d):
    path = os.path.join(d.workdir, "webhook.secret")
    with open(path, "w") as f:
        f.write(SECRET + "\n")
    os.chmod(path, 0o600)
    return path


def drop_pledges(d, n=1):
    for i, (date, title, body) in enumerate(PLEDGES[:n]):
        d.drop(f"pledge-{i}.txt", article_txt(date, title, body))


def alert_ids(d):
    return {str(r[0]) for r in d.query("SELECT id FROM alerts ORDER BY id")}


def wait_alerts(d, n=1):
    wait_for(lambda: len(alert_ids(d)) >= n, timeout=30, what=f"{n} alert(s) raised")
    return alert_ids(d)


def delivery(d, alert_id, sink="webhook"):
    rows = d.query("SELECT attempts, delivered_at IS NOT NULL, dead_at IS NOT NULL, last_error "
                   "FROM alert_deliveries WHERE alert_id = %s AND sink = %s", int(alert_id), sink)
    return rows[0] if rows else None


def test_500_three_times_then_200_delivers_once_signed(daemon, receiver):
    r = receiver(script=[500, 500, 500])
    d = daemon(webhook_url=r.url, **FAST)
    d.settings["webhook_secret_file"] = secret_file(d)
    d.write_config()
    d.start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    wait_for(lambda: r.delivered(), what="the 200")
    time.sleep(1.5)  # no request after the 200
    reqs = r.all()
    assert [q.status for q in reqs] == [500, 500, 500, 200]
    assert {q.id for q in reqs} == {aid}
    assert all(r.verify(SECRET, q) for q in reqs), [q.headers for q in reqs]
    assert all(q.headers["content-type"] == "application/json" for q in reqs)
    body = reqs[-1].json()
    assert str(body["id"]) == aid and body["new_status"] == "pledged"
    assert delivery(d, aid) == (4, True, False, None)
    # A tampered body fails verification: verify() is not a rubber stamp.
    reqs[-1].body += b" "
    assert not r.verify(SECRET, reqs[-1])
    assert SECRET not in d.log() and SECRET[6:] not in d.log()


def test_receiver_down_10s_then_up_every_alert_once(daemon, receiver):
    r = receiver()
    r.down()
    d = daemon(webhook_url=r.url, webhook_backoff_base="0.2", webhook_backoff_cap="2",
               webhook_timeout="2").start()
    drop_pledges(d, 3)
    ids = wait_alerts(d, 3)
    time.sleep(10)
    assert r.all() == []
    failing = d.scalar("SELECT count(*) FROM alert_deliveries WHERE attempts > 0 "
                       "AND delivered_at IS NULL AND last_error LIKE 'cannot connect%%'")
    assert failing == len(ids)
    r.up()
    wait_for(lambda: {q.id for q in r.delivered()} == ids, timeout=20, what="every alert")
    time.sleep(2)
    delivered = [q.id for q in r.delivered()]
    assert sorted(delivered) == sorted(ids), "each alert exactly once"
    assert d.scalar("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL") == 0


def test_sigkill_during_delivery_then_restart_delivers_once(daemon, receiver):
    r = receiver(script=["hang"])
    d = daemon(webhook_url=r.url, webhook_backoff_base="0.1", webhook_backoff_cap="0.5",
               webhook_timeout="3").start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    wait_for(lambda: r.all(), what="the first request")
    d.kill()  # SIGKILL with the alert leased and its request unanswered
    assert r.delivered() == []
    assert delivery(d, aid)[1] is False
    d.start()
    # The lease of the dead daemon runs out (timeout + slack), then it goes out.
    wait_for(lambda: r.delivered(), timeout=40, what="delivery after the restart")
    time.sleep(1.5)
    assert [q.id for q in r.delivered()] == [aid]
    assert delivery(d, aid)[1] is True


def test_sigkill_after_commit_restart_delivers_once(daemon, receiver):
    r = receiver()
    r.down()
    d = daemon(webhook_url=r.url, **FAST).start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    d.kill()
    r.up()
    d.start()
    wait_for(lambda: r.delivered(), timeout=20, what="delivery after the restart")
    time.sleep(1.5)
    assert [q.id for q in r.delivered()] == [aid]


def test_410_dead_letters_without_retry(daemon, receiver):
    r = receiver(default=410)
    d = daemon(webhook_url=r.url, **FAST).start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    wait_for(lambda: delivery(d, aid) and delivery(d, aid)[2], what="the dead letter")
    time.sleep(1.5)
    assert len(r.all()) == 1
    assert delivery(d, aid) == (1, False, True, "HTTP 410")
    row = d.query("SELECT dead, last_error FROM pending_alerts WHERE alert_id = %s", int(aid))
    assert row == [(True, "HTTP 410")]
    assert "dead letter" in d.log()


def test_503_retry_after_is_honoured(daemon, receiver):
    r = receiver(script=[503], retry_after=2)
    d = daemon(webhook_url=r.url, webhook_backoff_base="0.1", webhook_backoff_cap="5",
               webhook_timeout="2").start()
    drop_pledges(d)
    wait_alerts(d)
    wait_for(lambda: r.delivered(), timeout=20, what="the retry")
    first, second = r.all()[:2]
    assert second.time - first.time >= 1.9


def test_old_alert_dead_letters_after_max_age(daemon, receiver):
    r = receiver(default=500)
    d = daemon(webhook_url=r.url, webhook_max_age="2", **FAST).start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    wait_for(lambda: delivery(d, aid) and delivery(d, aid)[2], timeout=20, what="the dead letter")
    attempts, delivered, dead, error = delivery(d, aid)
    assert attempts >= 2 and not delivered and "webhook_max_age" in error
    n = len(r.all())
    time.sleep(1.5)
    assert len(r.all()) == n


def script(d, name, text):
    path = os.path.join(d.workdir, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + text)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return path


def test_alert_command_gets_json_on_stdin(daemon):
    d = daemon()
    out = os.path.join(d.workdir, "alert")
    # Two runs may overlap: each writes its own file, named by its environment.
    prog = script(d, "save.sh", 'cat > "$1.$TRADEWATCH_ALERT_ID"\n')
    d.settings["alert_command"] = f"{prog} {out}"
    d.write_config()
    d.start()
    drop_pledges(d, 2)
    ids = wait_alerts(d, 2)
    wait_for(lambda: all(delivery(d, i, "command")[1] for i in ids), what="both delivered")
    for i in ids:
        with open(f"{out}.{i}") as f:
            alert = json.load(f)
        assert str(alert["id"]) == i and alert["new_status"] == "pledged"


def test_alert_command_hang_is_killed_and_retried(daemon):
    d = daemon(alert_command_timeout="1", webhook_backoff_base="0.1", webhook_backoff_cap="0.5")
    out = os.path.join(d.workdir, "alerts.out")
    # The first run ignores SIGTERM and hangs: SIGKILL ends it; the second succeeds.
    prog = script(d, "flaky.sh",
                  'if [ ! -e "$1.first" ]; then touch "$1.first"; trap "" TERM; sleep 60; fi\n'
                  'cat > "$1"\n')
    d.settings["alert_command"] = f"{prog} {out}"
    d.write_config()
    d.start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    t0 = time.monotonic()
    wait_for(lambda: os.path.exists(out) and os.path.getsize(out) > 0, timeout=30,
             what="the retried run")
    assert time.monotonic() - t0 < 15
    assert str(json.load(open(out))["id"]) == aid
    log = d.log()
    assert "sending SIGTERM" in log and "sending SIGKILL" in log
    wait_for(lambda: delivery(d, aid, "command")[1], what="delivered_at")
    assert delivery(d, aid, "command")[0] == 2


def tls_built():
    """The daemon links libevent_openssl (https webhooks) when its binary does."""
    out = subprocess.run(["ldd", TRADEWATCHD], capture_output=True, text=True).stdout
    return "libevent_openssl" in out


@pytest.mark.skipif(not tls_built(), reason="tradewatchd built without libevent_openssl")
def test_https_webhook_verifies_the_certificate(daemon, receiver, tmp_path):
    cert, key = str(tmp_path / "cert.pem"), str(tmp_path / "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=tradewatch test", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    r = receiver(tls=(cert, key))
    assert r.url.startswith("https://")
    # Not trusted: every attempt fails the handshake, nothing is received.
    d = daemon("untrusted", webhook_url=r.url, **FAST).start()
    drop_pledges(d)
    (aid,) = wait_alerts(d)
    wait_for(lambda: delivery(d, aid)[0] >= 2, what="failed attempts")
    assert r.all() == [] and not delivery(d, aid)[1]
    print("untrusted:", delivery(d, aid)[3])
    assert d.stop() == 0  # releases the lease of an attempt in flight
    # Trusted through SSL_CERT_FILE: delivered.
    d.start(env={"SSL_CERT_FILE": cert})
    wait_for(lambda: r.delivered(), timeout=20, what="the https delivery")
    assert [q.id for q in r.delivered()] == [aid]


MARKET = [(c, g) for c in ("China", "Japan", "India", "Vietnam", "Indonesia", "Mexico")
          for g in ("soybeans", "corn", "wheat")]


def test_three_daemons_deliver_each_alert_once_per_sink(daemon, receiver):
    r = receiver(script=[500] * 5)
    first = daemon("d0", webhook_url=r.url, **FAST)
    ids_file = os.path.join(first.workdir, "command.ids")
    prog = script(first, "ids.sh", 'cat > /dev/null; echo "$TRADEWATCH_ALERT_ID" >> "$1"\n')
    ds = [first] + [daemon(f"d{i}", spool=first.spool, webhook_url=r.url, **FAST)
                    for i in (1, 2)]
    for d in ds:
        d.settings["alert_command"] = f"{prog} {ids_file}"
        d.write_config()
        d.start()
    for i, (country, grain) in enumerate(MARKET):
        first.drop(f"m{i:02d}.txt", article_txt(
            "2026-04-%02d" % (i + 1), f"{country} {grain} pledge",
            f"{country} pledged to buy 2 million tonnes of US {grain} by the end of the year."))
    ids = wait_alerts(first, len(MARKET))
    assert len(ids) == len(MARKET)
    wait_for(lambda: {q.id for q in r.delivered()} == ids, timeout=30, what="every webhook")
    wait_for(lambda: os.path.exists(ids_file) and
             set(open(ids_file).read().split()) == ids, timeout=30, what="every command")
    time.sleep(2)
    assert sorted(q.id for q in r.delivered()) == sorted(ids), "each webhook exactly once"
    assert sorted(open(ids_file).read().split()) == sorted(ids), "each command exactly once"
    # The work was shared: more than one daemon delivered something.
    senders = sum(1 for d in ds if "delivered to " in d.log())
    assert senders >= 2, [d.log()[-2000:] for d in ds]


def test_sighup_switches_the_webhook_and_keeps_it_on_a_bad_config(daemon, receiver):
    old, new = receiver(), receiver()
    d = daemon(webhook_url=old.url, **FAST).start()
    drop_pledges(d, 1)
    wait_for(lambda: old.delivered(), what="delivery to the first receiver")
    d.settings["webhook_url"] = new.url
    d.write_config()
    d.signal(signal.SIGHUP)
    wait_for(lambda: "reloaded " in d.log(), what="the reload")
    d.drop("second.txt", article_txt(*PLEDGES[1]))
    wait_for(lambda: new.delivered(), what="delivery to the second receiver")
    assert len(old.delivered()) == 1
    # A secret file that cannot be read: the reload is refused, the old sink stays.
    d.settings["webhook_secret_file"] = "/nonexistent/secret"
    d.write_config()
    d.signal(signal.SIGHUP)
    wait_for(lambda: "/nonexistent/secret" in d.log(), what="the refused reload")
    d.drop("third.txt", article_txt(*PLEDGES[2]))
    wait_for(lambda: len(new.delivered()) == 2, what="delivery with the old settings")
    assert d.proc.poll() is None
