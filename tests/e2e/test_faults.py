"""Fault injection: the daemon never loses an article and never stores one twice.

Each test hurts the real daemon (or the real PostgreSQL, or the kernel's
inotify queue) in the middle of real work and then counts rows, hashes,
spool directories and delivered alerts.  These are the slow tests: they are
marked "faults" and run by `make check-faults`, not by `make check-e2e`.
Every test is bounded (wait_for timeouts) and well under two minutes on a
loaded two-core machine.
"""
import os
import signal
import time

import pytest

from conftest import Listener, article_txt, wait_for
from test_daemon import rows, story

pytestmark = pytest.mark.faults

ACTORS = ["China", "Japan", "India", "Mexico", "Canada", "Brazil", "Vietnam", "Indonesia"]
GOODS = ["soybeans", "corn", "wheat", "pork", "beef", "cotton", "sorghum", "rice"]
INOTIFY_QUEUE = "/proc/sys/fs/inotify/max_queued_events"


def pledge(i):
    """An article with one purchase pledge; (actor, good) pairs cycle through
    64 commitment keys, so the first 64 pledges each raise an alert."""
    actor, good = ACTORS[i % len(ACTORS)], GOODS[(i // len(ACTORS)) % len(GOODS)]
    return article_txt("2026-03-%02d" % (1 + i % 28), f"{actor} pledges {good} {i}",
                       f"{actor} pledged to buy {i % 9 + 1} million tonnes of US {good} "
                       f"by the end of the year, officials said in statement {i}.")


def restart(d):
    """Start d again after a SIGKILL, with a fresh notify socket."""
    d.notify.close()
    os.unlink(d.notify.path)
    d.notify = None
    d.start(wait=False)
    d.wait_ready(timeout=60)


def assert_exactly(d, n):
    """n articles, n distinct hashes, n files in done/, nothing left behind."""
    wait_for(lambda: rows(d) == n, timeout=120, interval=0.5, what=f"{n} rows")
    wait_for(lambda: d.files("new") == [] and d.files("work") == [], timeout=30,
             what="new/ and work/ empty")
    assert d.scalar("SELECT count(DISTINCT sha256) FROM articles") == n
    assert rows(d) == n
    assert len(d.files("done")) == n
    assert d.files("quarantine") == []


def command_sink(d, name="ids"):
    """alert_command that appends each alert's id to a file; returns that path."""
    out = os.path.join(d.workdir, name)
    prog = os.path.join(d.workdir, "record-alert.sh")
    with open(prog, "w") as f:
        f.write('#!/bin/sh\ncat > /dev/null\necho "$TRADEWATCH_ALERT_ID" >> "$1"\n')
    os.chmod(prog, 0o755)
    d.settings["alert_command"] = f"{prog} {out}"
    d.write_config()
    return out


def read_ids(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return f.read().split()


def test_sigkill_mid_burst_of_5000(daemon):
    d = daemon(batch_size=64).start()
    n = 5000
    killed_at = None
    for i in range(n):
        d.drop(f"burst-{i:05d}.txt", story(i, "nickel"))
        if i == 2500:
            wait_for(lambda: rows(d) > 200, timeout=60, what="the burst under way")
            killed_at = rows(d)
            d.kill()
    assert d.proc.returncode == -signal.SIGKILL
    assert 0 < killed_at < n
    restart(d)
    assert_exactly(d, n)
    assert d.proc.poll() is None
    # Files committed but not yet moved when the daemon died come back as
    # duplicates, never as second rows.
    assert "took back" in d.log() or d.log().count("stored burst-") == n


def test_postgres_crash_during_burst_of_1000(daemon, pg):
    d = daemon(batch_size=32)
    ids = command_sink(d)
    d.start()
    n = 1000
    try:
        for i in range(n):
            d.drop(f"crash-{i:04d}.txt", story(i, "zinc"))
            if i == 300:
                wait_for(lambda: rows(d) > 0, timeout=30, what="rows before the crash")
                pg.stop("immediate")
        time.sleep(1.0)
        assert d.proc.poll() is None, d.log()
    finally:
        pg.start()
    assert_exactly(d, n)
    assert "database is back" in d.log()
    # An alert raised after the restart reaches a LISTEN client and the sink.
    listener = Listener(pg, d.dbname)
    try:
        d.drop("after-restart.txt", pledge(0))
        assert listener.wait(lambda p: '"new_status": "pledged"' in p, 30), listener.got
    finally:
        listener.close()
    (aid,) = [str(r[0]) for r in d.query("SELECT id FROM alerts")]
    wait_for(lambda: read_ids(ids) == [aid], timeout=30, what="the alert at the command sink")
    assert d.proc.poll() is None


def test_inotify_overflow_then_rescan(daemon):
    # A slow safety rescan, so that only the overflow's rescan (or the drain
    # rescan) can find the files whose events were lost.
    d = daemon(batch_size=64, rescan_interval=3600)
    saved = None
    try:
        with open(INOTIFY_QUEUE) as f:
            saved = f.read().strip()
        with open(INOTIFY_QUEUE, "w") as f:
            f.write("32")
        small = True
    except OSError:
        small = False
    try:
        d.start(wait=False)
        # The limit is taken at inotify_init1(): restore it as soon as we can.
        wait_for(lambda: "started: spool" in d.log(), what="the daemon's inotify instance")
    finally:
        if small:
            with open(INOTIFY_QUEUE, "w") as f:
                f.write(saved)
    d.wait_ready()
    limit = 32 if small else int(saved or 16384)
    n = 2000
    d.signal(signal.SIGSTOP)
    try:
        for i in range(n):
            d.drop(f"flood-{i:05d}.txt", story(i, "tin"))
        # Without a small queue, fill it: alternating close-writes of two
        # ignored dot files are never coalesced into one event.
        flood = os.path.join(d.spool, "new")
        for i in range(max(0, limit + 100 - n)):
            with open(os.path.join(flood, ".noise-%d" % (i % 2)), "w"):
                pass
    finally:
        d.signal(signal.SIGCONT)
    wait_for(lambda: "inotify queue overflowed" in d.log(), timeout=30, what="the overflow logged")
    wait_for(lambda: rows(d) == n, timeout=120, interval=0.5, what=f"{n} rows")
    wait_for(lambda: [f for f in d.files("new") if not f.startswith(".")] == [] and
             d.files("work") == [], what="new/ and work/ empty")
    assert d.scalar("SELECT count(DISTINCT sha256) FROM articles") == n
    assert d.proc.poll() is None


@pytest.mark.parametrize("reopen", [False, True], ids=["one-open", "append-per-chunk"])
def test_slow_direct_writer_never_truncated(daemon, reopen):
    d = daemon(rescan_interval=1).start()
    names, bodies = [], []
    for k in range(3):
        text = article_txt("2025-04-%02d" % (k + 1), f"Slow writer {k} {reopen}",
                           " ".join(f"Barge {k}.{j} unloaded {j * 13 % 97} tonnes of gravel "
                                    f"at wharf {j}." for j in range(60)))
        names.append(f"slow-{k}.txt")
        bodies.append(text)
    paths = [os.path.join(d.spool, "new", n) for n in names]
    chunks = 6
    files = [None if reopen else open(p, "w") for p in paths]
    try:
        for c in range(chunks):
            for k, text in enumerate(bodies):
                part = text[len(text) * c // chunks:len(text) * (c + 1) // chunks]
                if reopen:
                    with open(paths[k], "a") as f:  # open, write, close: IN_CLOSE_WRITE each time
                        f.write(part)
                else:
                    files[k].write(part)
                    files[k].flush()
            time.sleep(0.8)  # several pauses, each shorter than the settle time
    finally:
        for f in files:
            if f:
                f.close()
    wait_for(lambda: rows(d) >= 3 and d.files("new") == [] and d.files("work") == [],
             timeout=30, what="the slow files stored")
    time.sleep(1.0)
    stored = dict(d.query("SELECT file_name, body FROM articles"))
    assert sorted(stored) == sorted(names), [(k, len(v)) for k, v in stored.items()]
    for name, text in zip(names, bodies):
        want = text.split("\n\n", 1)[1].strip()
        assert stored[name] == want, (name, stored[name][-80:])
    assert d.files("quarantine") == []
    assert sorted(d.files("done")) == sorted(names)


def test_watchdog_stops_while_stopped_and_holds_under_load(daemon):
    period = 1.0
    d = daemon(batch_size=64).start(watchdog_usec=int(period * 1e6))
    # Under a burst the loop still turns: no gap longer than the period.
    t0 = time.monotonic()
    for i in range(1500):
        d.drop(f"wd-{i:04d}.txt", story(i, "lead"))
    wait_for(lambda: rows(d) == 1500, timeout=90, interval=0.2, what="1500 rows")
    t1 = time.monotonic()
    # The burst's start and end bound the gaps too: a burst stored faster than
    # one heartbeat period still has to show its heartbeats on time.
    beats = [t for t, line in d.notify.lines() if line == "WATCHDOG=1" and t0 <= t <= t1]
    gaps = [b - a for a, b in zip([t0] + beats, beats + [t1])]
    assert max(gaps) < period, gaps
    # Stopped: no WATCHDOG=1 at all, so systemd would kill and restart it.
    d.signal(signal.SIGSTOP)
    try:
        time.sleep(0.3)
        stopped = d.notify.count("WATCHDOG=1")
        time.sleep(2 * period)
        assert d.notify.count("WATCHDOG=1") == stopped
    finally:
        d.signal(signal.SIGCONT)
    wait_for(lambda: d.notify.count("WATCHDOG=1") > stopped, timeout=5,
             what="WATCHDOG=1 after SIGCONT")


def test_three_daemons_one_spool_10000_files(daemon):
    n, npledges = 10000, 64
    a = daemon("a", batch_size=64)
    ids = command_sink(a)
    others = []
    for name in ("b", "c"):
        o = daemon(name, batch_size=64, spool=a.spool)
        o.settings["alert_command"] = a.settings["alert_command"]
        o.write_config()
        others.append(o)
    for d in [a] + others:
        d.start()
    for i in range(n):
        if i % (n // npledges) == 0 and i // (n // npledges) < npledges:
            a.drop(f"three-{i:05d}.txt", pledge(i // (n // npledges)))
        else:
            a.drop(f"three-{i:05d}.txt", story(i, "cobalt"))
    assert_exactly(a, n)
    alerts = {str(r[0]) for r in a.query("SELECT id FROM alerts")}
    assert len(alerts) >= npledges // 2
    wait_for(lambda: len(read_ids(ids)) >= len(alerts), timeout=60, what="every alert delivered")
    time.sleep(1.0)
    got = read_ids(ids)
    assert sorted(got) == sorted(alerts), (len(got), len(set(got)), len(alerts))
    assert a.scalar("SELECT count(*) FROM alert_deliveries WHERE delivered_at IS NULL") == 0
    for d in [a] + others:
        assert d.proc.poll() is None
        assert "stored three-" in d.log()
