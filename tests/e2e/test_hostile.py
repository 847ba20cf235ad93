"""Hostile input: every case of hostile_cases.CASES against one running daemon.

One daemon gets every case at once, each followed by an ordinary article (a
canary).  Each case must end where the table says (quarantine/ with a
reason, or stored with the right body); afterwards the daemon must still
run, every canary must be stored, new/ and work/ must be empty and the
daemon's peak RSS must stay bounded.

The tests run as root, and root reads a mode-000 file.  So the daemon runs
without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (setpriv), like the
unprivileged service user it is in production; the session's PostgreSQL
socket directory is made traversable meanwhile.  Where that is impossible,
the unreadable case is expected to be stored (what root does).
"""
import os
import shutil
import signal
import stat
import subprocess
import time

import pytest

import conftest
from conftest import Daemon, wait_for
from hostile_cases import CASES, MIB, huge_string_json
from test_daemon import rows, story

RSS_LIMIT_KB = 200 * 1024
DROP_CAPS = ["--bounding-set=-dac_override,-dac_read_search"]


def can_drop_caps():
    setpriv = shutil.which("setpriv")
    return (os.geteuid() == 0 and setpriv is not None and
            subprocess.run([setpriv, *DROP_CAPS, "true"], capture_output=True).returncode == 0)


def expected(case):
    name, fname, build, outcome, detail = case
    if fname == "locked.txt" and os.geteuid() == 0 and not can_drop_caps():
        return "stored", "Tug 8 pushed"
    return outcome, detail


def sanitized():
    """1 if the daemon is built with AddressSanitizer (its shadow memory and
    quarantine make RSS several times larger)."""
    with open(os.path.join(conftest.BUILD, "tradewatchd"), "rb") as f:
        return b"__asan_init" in f.read()


def peak_rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


@pytest.fixture(scope="module")
def hostile(pg, tmp_path_factory):
    """One daemon that has been given every case and a canary after each."""
    top = tmp_path_factory.mktemp("hostile")
    os.chmod(top, 0o755)
    d = Daemon(pg, pg.new_database(), str(top))
    pgmode = stat.S_IMODE(os.stat(pg.dir).st_mode)
    saved = conftest.TRADEWATCHD
    if can_drop_caps():
        wrapper = top / "tradewatchd-nodac"
        wrapper.write_text(f"#!/bin/sh\nexec {shutil.which('setpriv')} {' '.join(DROP_CAPS)} "
                           f"{saved} \"$@\"\n")
        wrapper.chmod(0o755)
        os.chmod(pg.dir, pgmode | 0o011)  # the socket only; postgres checks modes at start
        conftest.TRADEWATCHD = str(wrapper)
    try:
        d.start()
        for i, (name, fname, build, outcome, detail) in enumerate(CASES):
            tmp = os.path.join(d.spool, "tmp", f"case-{i}")
            build(tmp)
            os.rename(tmp, os.path.join(d.spool, "new", fname))
            d.drop(f"canary-{i:02d}.txt", story(i, "hostile canary"))
        yield d
    finally:
        conftest.TRADEWATCHD = saved
        os.chmod(pg.dir, pgmode)
        d.kill()
        if d.notify:
            d.notify.close()
        # The 2 GB sparse file and the 50 MB one: do not leave them behind.
        shutil.rmtree(top, ignore_errors=True)


def outcome_of(d, fname):
    if fname in d.files("done"):
        return "stored"
    if fname in d.files("quarantine") and fname + ".reason" in d.files("quarantine"):
        return "quarantine"
    return None


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_hostile_case(hostile, case):
    d = hostile
    name, fname, build, _, _ = case
    outcome, detail = expected(case)
    got = wait_for(lambda: outcome_of(d, fname), timeout=60, what=f"{name!r} to end somewhere")
    assert d.proc.poll() is None, d.log()[-2000:]
    if outcome == "quarantine":
        with open(os.path.join(d.spool, "quarantine", fname + ".reason")) as f:
            reason = f.read()
        assert got == "quarantine", (name, d.scalar("SELECT left(body, 200) FROM articles "
                                                    "WHERE file_name LIKE %s", fname + "%"))
        assert detail in reason, (name, reason)
        assert reason.endswith("\n") and reason.count("\n") == 1
        assert d.scalar("SELECT count(*) FROM articles WHERE file_name LIKE %s",
                        fname + "%") == 0
    else:
        assert got == "stored", (name, open(os.path.join(d.spool, "quarantine",
                                                         fname + ".reason")).read())
        body = d.scalar("SELECT body FROM articles WHERE file_name IN (%s, %s) "
                        "ORDER BY file_name LIMIT 1", fname, fname + "#1")
        assert body is not None and detail in body, (name, (body or "")[:300])


def test_daemon_survived_everything(hostile):
    d = hostile
    n = len(CASES)
    wait_for(lambda: all(f"canary-{i:02d}.txt" in d.files("done") for i in range(n)),
             timeout=60, what="every canary stored")
    wait_for(lambda: d.files("new") == [] and d.files("work") == [], what="new/ and work/ empty")
    assert d.proc.poll() is None
    assert d.scalar("SELECT count(*) FROM articles WHERE file_name LIKE 'canary-%%'") == n
    # /etc/shadow was never read: no row holds a password line.
    assert d.scalar("SELECT count(*) FROM articles WHERE body LIKE '%%root:%%'") == 0
    assert os.path.islink(os.path.join(d.spool, "quarantine", "shadow.txt"))
    # A newline in a file name never splits a log line (no forged lines).
    assert not any(line.startswith("forged") for line in d.log().splitlines())
    rss = peak_rss_kb(d.proc.pid)
    assert rss is not None and rss < RSS_LIMIT_KB, f"peak RSS {rss} kB"
    print(f"hostile: peak RSS {rss} kB")
    d.drop("last.txt", story(999, "after the storm"))
    wait_for(lambda: "last.txt" in d.files("done"), what="a file after all the cases")


def test_file_vanishing_before_the_claim(daemon):
    d = daemon().start()
    d.signal(signal.SIGSTOP)
    try:
        ghost = d.drop("ghost.txt", story(1, "ghost"))
        os.unlink(ghost)  # the IN_MOVED_TO event is queued; the file is gone
        d.drop("after-ghost.txt", story(2, "ghost"))
    finally:
        d.signal(signal.SIGCONT)
    wait_for(lambda: "after-ghost.txt" in d.files("done"), what="the next file stored")
    wait_for(lambda: "new/ghost.txt vanished" in d.log(), what="the vanished file logged")
    assert d.proc.poll() is None
    assert rows(d) == 1 and d.files("quarantine") == []


def test_50mb_string_stored_under_a_raised_limit(daemon):
    d = daemon(max_article_bytes=64 * MIB).start()
    tmp = os.path.join(d.spool, "tmp", "big")
    huge_string_json(50 * MIB)(tmp)
    os.rename(tmp, os.path.join(d.spool, "new", "huge-allowed.json"))
    d.drop("next.txt", story(3, "after the big one"))
    wait_for(lambda: sorted(d.files("done")) == ["huge-allowed.json", "next.txt"], timeout=90,
             interval=0.5, what="the 50 MB article and the next one stored")
    assert d.scalar("SELECT length(body) FROM articles WHERE file_name = 'huge-allowed.json'") \
        >= 50 * MIB - 100
    rss = peak_rss_kb(d.proc.pid)
    # The bytes, the parsed body and the query buffer: a few copies, never more.
    assert rss < (12 if sanitized() else 6) * 50 * 1024, f"peak RSS {rss} kB"
    print(f"50 MB article: peak RSS {rss} kB")
