"""The daemon's two ingest lanes and the row locks of commitment keys
(daemon/tradewatchd.c, twd_pick).  A batch locks its keys (tw_lock_keys)
until it commits, so a file with a key of the batch in flight on one lane is
kept back, parsed, instead of being sent on the other lane only to wait for
that lock; meanwhile the other lane stores files with other keys, and the
kept-back file is stored after the batch it waited for, in claim order."""
from conftest import article_txt, wait_for

WAITING = """
SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE NOT l.granted AND a.datname = current_database()"""


def pledge(title, goods, tonnes):
    return article_txt("2025-03-04", title,
                       f"China pledged to buy {tonnes} million tonnes of US {goods} by the "
                       "end of 2026, the commerce ministry said on Tuesday.")


def test_file_with_a_key_in_flight_waits_in_the_daemon_not_on_a_lock(daemon, pg):
    d = daemon(batch_size=64).start()
    d.drop("seed.txt", pledge("Soybean deal", "soybeans", 10))
    wait_for(lambda: d.files("done") == ["seed.txt"], what="seed.txt stored")
    assert d.scalar("SELECT count(*) FROM commitment_keys") == 1
    with pg.connect(d.dbname) as watch, pg.connect(d.dbname, autocommit=False) as holder:
        # Stand-in for a long batch in flight: hold the soybean key's row lock.
        holder.execute("SELECT id FROM commitment_keys FOR UPDATE")
        d.drop("a.txt", pledge("Soybean deal widened", "soybeans", 11))
        wait_for(lambda: watch.execute(WAITING).fetchone()[0] == 1,
                 what="a.txt's batch waiting for the soybean key")
        d.drop("b.txt", pledge("Soybean deal widened again", "soybeans", 12))
        d.drop("c.txt", pledge("Wheat deal", "wheat", 3))
        # c.txt shares no key with a.txt: stored on the other lane at once.
        # b.txt shares one: kept back in the daemon, not waiting on a lock.
        wait_for(lambda: "c.txt" in d.files("done"), timeout=10, what="c.txt stored")
        # Claimed files are renamed PID.HOST:NAME in work/.
        assert [f.rsplit(":", 1)[1] for f in d.files("work")] == ["a.txt", "b.txt"]
        assert watch.execute(WAITING).fetchone()[0] == 1
        holder.rollback()
    wait_for(lambda: len(d.files("done")) == 4, what="a.txt and b.txt stored")
    assert d.files("work") == [] and d.files("new") == []
    assert "kept 1 file(s) back: a batch in flight locks their keys" in d.log()
    # Once each, b.txt after a.txt (it was claimed after it).
    assert d.query("SELECT file_name FROM articles ORDER BY id") == \
        [("seed.txt",), ("a.txt",), ("c.txt",), ("b.txt",)]
    assert d.query("SELECT a.file_name FROM claims c JOIN articles a ON a.id = c.article_id "
                   "JOIN commitment_keys k ON k.id = c.key_id WHERE k.object = 'soybeans' "
                   "ORDER BY c.id") == [("seed.txt",), ("a.txt",), ("b.txt",)]
