"""A file whose batch is in flight on the database stays claimed by its
daemon: the safety rescan must not take it back from work/ as if its owner
were dead (daemon/spool.c, spool_recover).  It did: the daemon's own pid
counted as dead at every rescan, so a batch still waiting for PostgreSQL
when the rescan ran was parsed and sent again (a duplicate, and a second
copy of a 50 MB article in memory)."""
import time

from conftest import wait_for
from test_daemon import rows, story


def test_rescan_leaves_a_batch_in_flight_claimed(daemon):
    d = daemon().start()  # rescan_interval 2 s
    with d.pg.connect(d.dbname) as conn:
        with conn.transaction():
            # The daemon's INSERT into articles waits for this lock.
            conn.execute("LOCK TABLE articles IN SHARE MODE")
            d.drop("slow.txt", story(41))
            wait_for(lambda: len(d.files("work")) == 1, what="slow.txt claimed")
            time.sleep(5)  # two safety rescans while its batch waits
            assert len(d.files("work")) == 1 and d.files("new") == []
    wait_for(lambda: d.files("done") == ["slow.txt"], what="slow.txt stored")
    assert rows(d) == 1
    assert "took back" not in d.log()
    assert "duplicate" not in d.log()
