#!/usr/bin/python3
"""e2e_profile.py - where the end-to-end run's CPU goes, and whether it grows.

usage: bench/e2e_profile.py [--statements] [--explain MS] [--perf FILE]
       (BUILD=dir and BENCH_SCALE as bench/run.sh; same corpus, same daemon)

One end-to-end run of bench/bench.py (the articles renamed into new/ until
committed) with a sampler every half second: the articles done (files in
done/), the CPU time (/proc/PID/stat) of the daemon and of each backend of
the database, the machine's idle CPU, and how many backends of the database
wait for a lock (a lane for the other's commitment keys).  Printed: the
timeline, the samples in which a backend waited, then per
window of the run (2,000-7,000, 7,000-13,000 and 13,000-19,500 articles at
scale 1) the rate and the CPU per article of the daemon and of the two
busiest backends (the daemon's lanes).  A cost that grows with the tables
shows as CPU per article growing from window to window; on a shared machine
that figure holds where the rate does not.

--statements: pg_stat_statements (track = all: the statements inside the
PL/pgSQL functions too) read at the start and end of the first and last
windows; printed per statement, its time per article and per call in each.
--explain MS: auto_explain of every statement (nested too) slower than MS
milliseconds into the cluster's log, copied to e2e_profile.log here.
--perf FILE: `perf record -a -g -e cpu-clock -F 499` from the first rename
to the last row, into FILE; printed: the pids of the daemon and of the
database's backends, for `perf report -i FILE --pid PIDS --sort pid,sym`
(the lanes are the two busiest backends).  Both
cost CPU of their own: compare the CPU per article with the sampler alone.
A tool for finding a cost, not a benchmark: bench/run.sh is the measure.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (its corpus, Daemon, cluster and wait_rows)

HZ = os.sysconf("SC_CLK_TCK")
STATEMENTS = """
SELECT queryid, calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110)
FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = %s)
  AND query NOT LIKE '%%pg_stat_statements%%'"""


# Backends of the database waiting for a lock (a lane for the other's keys).
WAITING = """
SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
WHERE NOT l.granted AND a.datname = %s"""


def cpu(pid):
    """User + system CPU seconds of pid (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / HZ
    except OSError:
        return 0.0


def backends(cl, db):
    """pid -> CPU seconds of every backend of database db of cluster cl."""
    out = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")[0].decode()
            cwd = os.path.realpath(f"/proc/{pid}/cwd")
        except OSError:
            continue
        if cmd.startswith(f"postgres: postgres {db} ") and cwd == os.path.realpath(cl.dir):
            out[int(pid)] = cpu(pid)
    return out


def idle():
    with open("/proc/stat") as f:
        ticks = [int(x) for x in f.readline().split()[1:9]]
    return ticks[3] + ticks[4], sum(ticks)


def configure(cl, args):
    """pg_stat_statements and auto_explain in the cluster, as asked."""
    lines = []
    if args.statements:
        lines += ["shared_preload_libraries = 'pg_stat_statements'",
                  "pg_stat_statements.track = all"]
    if args.explain is not None:
        lines += ["session_preload_libraries = 'auto_explain'",
                  f"auto_explain.log_min_duration = {args.explain}",
                  "auto_explain.log_nested_statements = on"]
    if lines:
        cl.psql("ALTER SYSTEM SET log_autovacuum_min_duration = 0")
        with open(os.path.join(cl.dir, "postgresql.conf"), "a") as f:
            f.write("\n".join(lines) + "\n")
        cl.stop()
        cl.start()


def windows(n):
    return [(int(n * a), int(n * b)) for a, b in ((0.1, 0.35), (0.35, 0.65), (0.65, 0.975))]


def run(cl, args):
    db = cl.new_database()
    if args.statements:
        cl.psql("CREATE EXTENSION pg_stat_statements", db)
    corpus = bench.article_corpus(max(bench.N_MEM, bench.N_BACKFILL, bench.N_E2E))
    n = bench.N_E2E
    first, last = windows(n)[0], windows(n)[-1]
    marks = [first[0], first[1], last[0], last[1]]
    d = bench.Daemon(cl, db, os.path.join(cl.top, "e2e")).start()
    names = [f"a{i:06d}.txt" for i in range(n)]
    samples, snaps, stop = [], [], threading.Event()
    done_dir = os.path.join(d.spool, "done")
    try:
        d.stage(os.path.join(corpus, "articles"), names)
        with cl.connect(db) as c, cl.connect(db) as sc:
            def sample():
                while not stop.is_set():
                    s = {"t": bench.now(), "daemon": cpu(d.proc.pid), "pg": backends(cl, db),
                         "done": sum(1 for _ in os.scandir(done_dir)), "idle": idle(),
                         "wait": sc.execute(WAITING, (db,)).fetchone()[0]}
                    samples.append(s)
                    if args.statements and len(snaps) < 4 and s["done"] >= marks[len(snaps)]:
                        snaps.append((s["done"], {r[0]: r[1:] for r in sc.execute(
                            STATEMENTS, (db,)).fetchall()}))
                    time.sleep(0.5)

            th = threading.Thread(target=sample, daemon=True)
            th.start()
            perf = None
            if args.perf:
                # The whole machine: the lanes connect at the first batch.
                perf = subprocess.Popen(["perf", "record", "-q", "-a", "-g", "-e", "cpu-clock",
                                         "-F", "499", "-o", args.perf])
                time.sleep(0.5)
            t0 = bench.now()
            d.release(names)
            t1 = bench.wait_rows(c, n, timeout=max(600, n / 20), ready=lambda: d.drained("new"))
            if perf:
                perf.send_signal(signal.SIGINT)
                perf.wait()
                pids = [d.proc.pid] + list(backends(cl, db))
                print(f"perf: {args.perf}, perf report -i {args.perf} --pid "
                      + ",".join(map(str, pids)))
            time.sleep(0.6)
            stop.set()
            th.join()
    finally:
        d.stop()
    print(f"end to end: {n} articles, {n / (t1 - t0):.0f} art/s ({t1 - t0:.2f} s), "
          f"load average {bench.loadavg()}")
    report(samples, n)
    if args.statements and len(snaps) == 4:
        statements(snaps)


def report(samples, n):
    """The timeline, then CPU per article per window."""
    print("    s   done  art/s daemon% lanes% other-pg% idle% waiting")
    rows = []
    for a, b in zip(samples, samples[1:]):
        dt = b["t"] - a["t"]
        use = sorted(((c - a["pg"].get(p, 0.0)) / dt * 100 for p, c in b["pg"].items()),
                     reverse=True)
        di, dall = b["idle"][0] - a["idle"][0], b["idle"][1] - a["idle"][1]
        row = (b["t"] - samples[0]["t"], b["done"], (b["done"] - a["done"]) / dt,
               (b["daemon"] - a["daemon"]) / dt * 100, sum(use[:2]), sum(use[2:]),
               di / max(dall, 1) * 100 * os.cpu_count(), b["wait"])
        rows.append(row)
        print("%5.1f %6d %6.0f %7.0f %6.0f %9.0f %5.0f %7d" % row)
    busy = [r for r in rows if r[1] < n]
    print(f"samples with a backend waiting for a lock: {sum(r[7] > 0 for r in busy)} "
          f"of {len(busy)}")
    print("window (articles)   art/s  lanes ms/art  daemon ms/art")
    for lo, hi in windows(n):
        w = [r for r in rows if lo <= r[1] < hi]
        if w:
            rate = sum(r[2] for r in w) / len(w)
            print(f"{lo:6d}-{hi:6d}  {rate:8.0f}  {sum(r[4] for r in w) / len(w) * 10 / rate:12.2f}"
                  f"  {sum(r[3] for r in w) / len(w) * 10 / rate:13.2f}")


def statements(snaps):
    """Per statement: ms per article and ms per call, first and last window."""
    def diff(a, b):
        out = {}
        for q, (calls, total, text) in b[1].items():
            c0, t0 = a[1].get(q, (0, 0.0))[:2]
            if calls > c0:
                out[q] = (calls - c0, total - t0, text)
        return out, b[0] - a[0]
    (early, ne), (late, nl) = diff(snaps[0], snaps[1]), diff(snaps[2], snaps[3])
    print(f"statements, articles {snaps[0][0]}-{snaps[1][0]} and {snaps[2][0]}-{snaps[3][0]}: "
          "ms/article, ms/call in each (wall time: waits and a busy CPU count too)")
    for q, (calls, total, text) in sorted(late.items(), key=lambda kv: -kv[1][1])[:30]:
        c0, t0, _ = early.get(q, (0, 0.0, ""))
        print(f"{t0 / ne:7.3f} {total / nl:7.3f}  {t0 / max(c0, 1):8.3f} {total / calls:8.3f}  "
              f"{re.sub(r'^[-* ]+', '', text)}")


def main():
    ap = argparse.ArgumentParser(description="CPU per article of an end-to-end run, over time")
    ap.add_argument("--statements", action="store_true", help="pg_stat_statements per window")
    ap.add_argument("--explain", type=int, metavar="MS", help="auto_explain statements over MS")
    ap.add_argument("--perf", metavar="FILE",
                    help="perf record -g of the daemon and the database's backends into FILE")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="tw-profile-")
    os.chmod(work, 0o755)
    cl = bench.conftest.Cluster(work)
    cl.start()
    try:
        configure(cl, args)
        run(cl, args)
    finally:
        cl.stop("immediate")
        if args.explain is not None:
            shutil.copy(os.path.join(cl.dir, "server.log"), "e2e_profile.log")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
