"""tradewatchd's lifecycle: start-up, READY=1, signals, reload, watchdog, outages.

Every test runs the real daemon against the session's real PostgreSQL with
its own database and spool (conftest.py).  The articles are written here.
"""
import json
import os
import signal
import subprocess
import time

from conftest import TRADEWATCHD, Listener, article_txt, wait_for


def story(i, topic="soybean"):
    """A small, distinct article about trade talks."""
    return article_txt("2025-03-%02d" % (1 + i % 28), f"Harbour report {topic} {i}",
                       f"Dock workers in port number {i} counted {topic} cargo "
                       f"arriving on ship {i * 7 + 3}; officials made no comment.")


def rows(d):
    return d.scalar("SELECT count(*) FROM articles")


def test_renamed_file_is_stored_and_done(daemon):
    d = daemon().start()
    d.drop("first.txt", story(1))
    wait_for(lambda: d.files("done") == ["first.txt"], what="first.txt in done/")
    assert d.query("SELECT file_name, title FROM articles") == [("first.txt", "Harbour report soybean 1")]
    assert d.files("new") == [] and d.files("work") == []
    assert "stored first.txt sha256 " in d.log()


def test_lone_file_is_stored_at_once_with_its_commitments(daemon):
    d = daemon(batch_size=64).start()
    text = ("Title: Grain deal\nDate: 2025-03-04\nSource: Test Wire\n\n"
            "China pledged to buy 12 million tonnes of US soybeans by the end of 2026, "
            "the commerce ministry said on Tuesday.\n")
    t0 = time.monotonic()
    d.drop("deal.txt", text)
    wait_for(lambda: d.files("done") == ["deal.txt"], interval=0.01, what="deal.txt in done/")
    # No batching delay for a lone file (generous bound for a loaded machine).
    assert time.monotonic() - t0 < 2.0
    sha = d.scalar("SELECT sha256 FROM articles")
    assert f"stored deal.txt sha256 {sha[:12]}: 1 commitment(s)" in d.log()


GOODS = ["soybeans", "wheat", "corn", "pork", "beef", "cotton", "sorghum", "ethanol", "lumber",
         "coal"]


def test_lone_files_raise_their_alerts_without_waiting_for_a_timer(daemon, pg):
    """Rename into new/ to NOTIFY, file after file: nothing waits for the settle
    time of direct writes (2 s), the wait tick or a rescan (2 s here)."""
    d = daemon().start()
    listener = Listener(pg, d.dbname)
    took = []
    try:
        for i, goods in enumerate(GOODS):
            title = f"Lone pledge {i}"
            t0 = time.monotonic()
            d.drop(f"lone-{i}.txt", f"Title: {title}\nDate: 2025-03-04\nSource: Test Wire\n\n"
                   f"China pledged to buy 12 million tonnes of US {goods} by the end of 2026, "
                   f"the commerce ministry said on Tuesday.\n")
            assert listener.wait(lambda p: json.loads(p)["article"]["title"] == title, 10), \
                (title, listener.got)
            took.append(time.monotonic() - t0)
            time.sleep(0.05)
    finally:
        listener.close()
    # Generous bounds for a loaded 2-core machine; a timer in the path costs 0.5-2 s.
    took.sort()
    assert took[len(took) // 2] < 0.4 and took[-1] < 1.5, took


def test_backlog_before_start_is_stored_before_ready(daemon):
    d = daemon()
    for i in range(12):
        d.drop(f"early-{i:02d}.txt", story(i))
    d.start(wait=False)
    d.wait_ready(timeout=30)
    # READY=1 came only after the start-up backlog was stored.
    assert rows(d) == 12
    assert d.files("new") == [] and len(d.files("done")) == 12
    status = [line for _, line in d.notify.lines() if line.startswith("STATUS=")]
    assert any("database up" in s for s in status), status


def test_ready_waits_for_the_backlog_in_flight(daemon):
    """Claimed files leave the spool's count before their batch commits: READY=1
    must wait for the COMMIT, however slow the database is."""
    d = daemon().start()          # migrate, then stop with an empty spool
    assert d.stop() == 0
    for i in range(12):
        d.drop(f"slow-{i:02d}.txt", story(i, "maize"))
    ready0 = d.notify.count("READY=1")    # the first start's
    with d.pg.connect(d.dbname, autocommit=False) as lock:
        lock.execute("LOCK TABLE articles IN EXCLUSIVE MODE")
        d.start(wait=False)
        # The files are claimed and their batch waits on the lock.
        wait_for(lambda: d.files("new") == [], what="the backlog claimed")
        time.sleep(1.5)
        assert d.notify.count("READY=1") == ready0, d.log()
        assert rows(d) == 0
        lock.rollback()
    wait_for(lambda: d.notify.count("READY=1") > ready0, 30, what="READY=1")
    assert rows(d) == 12
    assert "start-up backlog stored" in d.log()


def test_sigterm_exits_zero_with_stopping(daemon):
    d = daemon().start()
    assert d.stop() == 0
    # The datagram is sent before exit, but the reader thread may not have
    # taken it off the socket yet.
    wait_for(lambda: d.notify.count("STOPPING=1") >= 1, what="STOPPING=1")
    assert d.notify.count("STOPPING=1") == 1
    assert "stopping" in d.log()


def test_sigint_exits_zero(daemon):
    d = daemon().start()
    d.signal(signal.SIGINT)
    assert d.proc.wait(20) == 0


def test_bad_config_exits_78_with_file_and_line(daemon):
    d = daemon()
    d.write_config(f"spool = {d.spool}\nlog_level = debug\nrescan_interval = soon\n")
    r = subprocess.run([TRADEWATCHD, "-c", d.conf, "-f"], capture_output=True, text=True, timeout=20)
    assert r.returncode == 78, r.stderr
    assert f"{d.conf}:3: " in r.stderr


def test_unknown_key_exits_78(daemon):
    d = daemon()
    d.write_config("log_level = info\n\nspoool = /tmp/x\n")
    r = subprocess.run([TRADEWATCHD, "-c", d.conf], capture_output=True, text=True, timeout=20)
    assert r.returncode == 78
    assert f"{d.conf}:3: unknown key" in r.stderr


def test_bad_rules_at_start_exits_78(daemon, tmp_path):
    bad = tmp_path / "rules.json"
    bad.write_text('{"actors": [')
    d = daemon(rules=str(bad))
    r = subprocess.run([TRADEWATCHD, "-c", d.conf], capture_output=True, text=True, timeout=20)
    assert r.returncode == 78
    assert str(bad) in r.stderr


def test_usage_error_exits_64():
    r = subprocess.run([TRADEWATCHD, "-x"], capture_output=True, text=True, timeout=20)
    assert r.returncode == 64
    assert "usage" in r.stderr


def test_sighup_with_bad_config_keeps_old(daemon):
    d = daemon().start()
    good = open(d.conf).read()
    d.write_config(good + "batch_size = many\n")
    d.signal(signal.SIGHUP)
    wait_for(lambda: "keeping the old configuration" in d.log(), what="reload refusal in log")
    assert d.proc.poll() is None
    # RELOADING=1 is sent before the log line, but the socket's reader thread
    # may not have recorded it yet when the log is read: wait, then count.
    wait_for(lambda: d.notify.count("READY=1") == 2, what="READY=1 after the reload")
    assert d.notify.count("RELOADING=1") == 1
    assert f"{d.conf}:{len(good.splitlines()) + 1}: batch_size" in d.log()
    # Still working on the old configuration.
    d.drop("after-bad-reload.txt", story(2))
    wait_for(lambda: rows(d) == 1, what="a row after the refused reload")
    assert d.stop() == 0


def test_sighup_reload_takes_new_settings(daemon, tmp_path):
    d = daemon(max_article_bytes=100000).start()
    d.settings["max_article_bytes"] = "300"
    d.write_config()
    d.signal(signal.SIGHUP)
    wait_for(lambda: "reloaded " in d.log(), what="reload in log")
    d.drop("big.txt", story(3) + "padding " * 100)
    wait_for(lambda: "big.txt.reason" in d.files("quarantine"), what="big.txt quarantined")
    reason = open(os.path.join(d.spool, "quarantine", "big.txt.reason")).read()
    assert "max_article_bytes 300" in reason


def test_sighup_with_bad_rules_keeps_old(daemon, tmp_path):
    rules = tmp_path / "rules-copy.json"
    rules.write_bytes(open(daemon().settings["rules"], "rb").read())
    d = daemon("d1", rules=str(rules)).start()
    rules.write_text("[1, 2")
    d.signal(signal.SIGHUP)
    wait_for(lambda: "keeping the old configuration" in d.log(), what="rules refusal")
    d.drop("x.txt", story(4))
    wait_for(lambda: rows(d) == 1, what="a row after the refused rules")


def test_watchdog_keeps_coming(daemon):
    d = daemon().start(watchdog_usec=400000)
    first = d.notify.count("WATCHDOG=1")
    time.sleep(1.5)
    # Half of 0.4 s: about 7 in 1.5 s; allow for a loaded machine.
    assert d.notify.count("WATCHDOG=1") - first >= 4
    d.signal(signal.SIGSTOP)
    try:
        time.sleep(0.5)
        stopped = d.notify.count("WATCHDOG=1")
        time.sleep(1.0)
        assert d.notify.count("WATCHDOG=1") == stopped
    finally:
        d.signal(signal.SIGCONT)
    wait_for(lambda: d.notify.count("WATCHDOG=1") > stopped, what="WATCHDOG=1 after SIGCONT")


def test_no_watchdog_without_watchdog_usec(daemon):
    d = daemon().start()
    time.sleep(0.5)
    assert d.notify.count("WATCHDOG=1") == 0


def test_abstract_notify_socket(daemon, tmp_path):
    import socket
    name = f"\0tw-test-{os.getpid()}-{time.monotonic_ns()}"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(name)
    s.settimeout(20)
    try:
        d = daemon()
        d.start(wait=False, env={"NOTIFY_SOCKET": "@" + name[1:]})
        got = b""
        while b"READY=1" not in got:
            got = s.recv(4096)
        d.stop()
    finally:
        s.close()


def test_database_unreachable_at_start_waits(daemon, pg):
    name = f"twlate{os.getpid()}"
    with pg.connect() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
    d = daemon(dbname=name)
    d.drop("waiting.txt", story(5))
    d.start(wait=False)
    try:
        # The outage is logged once the daemon has tried (however loaded the machine).
        wait_for(lambda: "database unavailable" in d.log(), timeout=30, what="the outage logged")
        time.sleep(1.0)
        assert d.proc.poll() is None, d.log()
        assert d.notify.count("READY=1") == 0
        assert d.files("new") == ["waiting.txt"]
        with pg.connect() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        d.wait_ready(timeout=30)
        assert d.scalar("SELECT count(*) FROM articles") == 1
        assert d.log().count("database unavailable") == 1
    finally:
        d.kill()
        with pg.connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_postgres_stopped_while_200_files_arrive(daemon, pg):
    d = daemon(batch_size=16).start()
    d.drop("before.txt", story(1000))
    wait_for(lambda: rows(d) == 1, what="the first row")
    pg.stop()
    try:
        for i in range(200):
            d.drop(f"outage-{i:03d}.txt", story(i, "copper"))
        time.sleep(1.0)
        assert d.proc.poll() is None
    finally:
        pg.start()
    wait_for(lambda: rows(d) == 201, timeout=60, what="201 rows after the restart")
    wait_for(lambda: d.files("new") == [] and d.files("work") == [], what="spool drained")
    assert len(d.files("done")) == 201
    assert d.scalar("SELECT count(DISTINCT sha256) FROM articles") == 201
    assert d.log().count("database unavailable") == 1
    assert "database is back" in d.log()
    assert d.stop() == 0
