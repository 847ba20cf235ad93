"""The spool: claiming, quarantine, duplicates, crash recovery, shared spools.

Real daemon, real PostgreSQL, real directories; the articles are written here.
"""
import json
import os
import signal
import socket
import subprocess
import threading
import time

import pytest

from conftest import wait_for
from test_daemon import rows, story


def reason(d, name):
    with open(os.path.join(d.spool, "quarantine", name + ".reason")) as f:
        return f.read()


def boot8():
    with open("/proc/sys/kernel/random/boot_id") as f:
        return f.read()[:8]


def test_broken_file_quarantined_while_others_flow(daemon):
    d = daemon().start()
    d.drop("good-1.txt", story(1))
    d.drop("broken.json", '{"title": "unterminated", "body": ')
    d.drop("good-2.txt", story(2))
    wait_for(lambda: rows(d) == 2, what="two good rows")
    # Rows are committed before the files move to done/: wait for the moves.
    wait_for(lambda: d.files("quarantine") == ["broken.json", "broken.json.reason"],
             what="file and reason in quarantine/")
    text = reason(d, "broken.json")
    assert text.endswith("\n") and text.count("\n") == 1 and len(text) > 5
    wait_for(lambda: sorted(d.files("done")) == ["good-1.txt", "good-2.txt"], what="both good files in done/")
    assert d.proc.poll() is None


def test_same_article_twice_is_stored_once(daemon):
    d = daemon().start()
    d.drop("copy-a.txt", story(7))
    wait_for(lambda: rows(d) == 1, what="first copy")
    d.drop("copy-b.txt", story(7))
    wait_for(lambda: sorted(d.files("done")) == ["copy-a.txt", "copy-b.txt"], what="both in done/")
    assert rows(d) == 1
    assert "duplicate copy-b.txt" in d.log()


def test_jsonl_of_three_gives_three_rows(daemon):
    d = daemon().start()
    lines = [json.dumps({"title": f"Line {i}", "published": "2025-05-0%d" % (i + 1),
                         "source": "Feed", "url": f"https://feed.example/{i}",
                         "body": f"Barge {i} carried {i + 2} thousand tonnes of maize downstream."})
             for i in range(3)]
    d.drop("feed.jsonl", "\n".join(lines) + "\n")
    wait_for(lambda: rows(d) == 3, what="three rows")
    wait_for(lambda: d.files("done") == ["feed.jsonl"], what="feed.jsonl in done/")
    names = [r[0] for r in d.query("SELECT file_name FROM articles ORDER BY file_name")]
    assert all(n.startswith("feed.jsonl") for n in names)


def test_special_files_are_quarantined_never_read(daemon, tmp_path):
    d = daemon(max_article_bytes=4096).start()
    secret = tmp_path / "secret.txt"
    secret.write_text(story(9))
    new = os.path.join(d.spool, "new")
    os.symlink(str(secret), os.path.join(new, "link.txt"))
    os.mkfifo(os.path.join(new, "pipe.txt"))
    os.mkdir(os.path.join(new, "folder.txt"))
    with open(os.path.join(new, "huge.txt"), "wb") as f:
        f.truncate(2 << 30)  # sparse: never read whole
    d.drop("fine.txt", story(10))
    want = {"link.txt": "symbolic link", "pipe.txt": "FIFO", "folder.txt": "directory",
            "huge.txt": "max_article_bytes"}
    wait_for(lambda: all(n + ".reason" in d.files("quarantine") for n in want),
             timeout=30, what="all special files quarantined")
    for name, why in want.items():
        assert why in reason(d, name), (name, reason(d, name))
    assert os.path.islink(os.path.join(d.spool, "quarantine", "link.txt"))
    wait_for(lambda: rows(d) == 1, what="fine.txt stored")
    assert d.scalar("SELECT file_name FROM articles") == "fine.txt"
    assert d.files("new") == []


def test_unreadable_and_empty_files(daemon):
    d = daemon().start()
    if os.geteuid() != 0:
        path = d.drop("locked.txt", story(11))
        os.chmod(path, 0)
    d.drop("empty.txt", "")
    d.drop("blank.txt", "  \n\t\n")
    d.drop("ok.txt", story(12))
    wait_for(lambda: rows(d) == 1, what="ok.txt")
    wait_for(lambda: {"empty.txt.reason", "blank.txt.reason"} <= set(d.files("quarantine")),
             what="empty files quarantined")
    if os.geteuid() != 0:
        wait_for(lambda: "locked.txt.reason" in d.files("quarantine"), what="locked quarantined")
        assert "Permission denied" in reason(d, "locked.txt")


def test_dotfiles_in_new_are_ignored(daemon):
    d = daemon(rescan_interval=1).start()
    d.drop(".partial.txt", story(13), direct=True)
    d.drop("visible.txt", story(14))
    wait_for(lambda: rows(d) == 1, what="visible.txt")
    time.sleep(2.5)
    assert d.files("new") == [".partial.txt"]
    assert rows(d) == 1


def test_direct_slow_writer_is_never_read_truncated(daemon):
    d = daemon(rescan_interval=1).start()
    body = story(15)
    path = os.path.join(d.spool, "new", "slow.txt")
    with open(path, "w") as f:
        half = len(body) // 2
        f.write(body[:half])
        f.flush()
        for _ in range(3):  # longer than a rescan, shorter than the settle time each
            time.sleep(0.9)
            os.utime(path)
        f.write(body[half:])
    wait_for(lambda: rows(d) == 1, what="slow.txt stored")
    stored = d.scalar("SELECT body FROM articles")
    assert stored.startswith("Dock workers in port number 15 ")
    assert stored.endswith("officials made no comment.")
    assert "still" not in d.files("quarantine")


def test_crash_leftovers_taken_back_but_not_live_owners(daemon, tmp_path):
    d = daemon()
    work = os.path.join(d.spool, "work")
    host = socket.gethostname()[:32]
    dead = subprocess.Popen(["true"])
    dead.wait()
    # A dead owner on this host: taken back under its original name.
    with open(os.path.join(work, f"{dead.pid}.{boot8()}@{host}:orphan.txt"), "w") as f:
        f.write(story(16))
    # A live process named tradewatchd on this host: left alone.
    fake = tmp_path / "tradewatchd"
    fake.write_bytes(open("/bin/sleep", "rb").read())
    fake.chmod(0o755)
    live = subprocess.Popen([str(fake), "60"])
    live_name = f"{live.pid}.{boot8()}@{host}:busy.txt"
    other_name = f"1.{boot8()}@some-other-host:remote.txt"
    try:
        for name, i in ((live_name, 17), (other_name, 18)):
            with open(os.path.join(work, name), "w") as f:
                f.write(story(i))
        d.start(wait=False)
        d.wait_ready(timeout=30)
        assert d.scalar("SELECT file_name FROM articles") == "orphan.txt"
        assert d.files("done") == ["orphan.txt"]
        assert sorted(d.files("work")) == sorted([live_name, other_name])
        live.kill()
        live.wait()
        # The safety rescan takes back the files of owners that died meanwhile.
        wait_for(lambda: rows(d) == 2, what="busy.txt after its owner died")
        wait_for(lambda: sorted(d.files("done")) == ["busy.txt", "orphan.txt"], what="both in done/")
        assert d.files("work") == [other_name]
    finally:
        live.kill()


def test_sigkill_mid_burst_then_restart(daemon):
    d = daemon(batch_size=8)
    d.start()
    n = 400
    for i in range(n):
        d.drop(f"burst-{i:04d}.txt", story(i, "nickel"))
        if i == 150:
            wait_for(lambda: rows(d) > 0, what="some rows")
            d.kill()
    d.notify.close()
    os.unlink(d.notify.path)
    d.notify = None
    d.start()
    wait_for(lambda: rows(d) == n, timeout=60, what=f"{n} rows")
    wait_for(lambda: d.files("new") == [] and d.files("work") == [], what="spool drained")
    assert d.scalar("SELECT count(DISTINCT sha256) FROM articles") == n


def test_two_daemons_share_one_spool(daemon):
    a = daemon("a", batch_size=4).start()
    b = daemon("b", batch_size=4, spool=a.spool).start()
    n = 300
    for i in range(n):
        a.drop(f"shared-{i:03d}.txt", story(i, "cobalt"))
    wait_for(lambda: rows(a) == n, timeout=60, what=f"{n} rows")
    wait_for(lambda: a.files("new") == [] and a.files("work") == [], what="spool drained")
    assert len(a.files("done")) == n
    assert "quarantined" not in a.log() + b.log()
    # Both took part (each claims what it sees first; the rename decides).
    assert "stored shared-" in a.log() and "stored shared-" in b.log()
