#!/usr/bin/python3
"""store_cpu.py - CPU per article of storing, backend and client, A against B.

usage: bench/store_cpu.py [--rounds N] [--warm N] [--measure N] MIGRATIONS...
       (BUILD=dir as bench/run.sh; the end-to-end corpus of bench/bench.py)

For each round and each migrations directory in turn (alternated, so that
the machine's load falls on all alike): a fresh database of one throwaway
cluster, migrated from that directory (`tradewatch migrate`), the first
--warm articles of the end-to-end corpus imported (`tradewatch import`, the
daemon's parse/extract/store path, batches of 64), then the next --measure
articles imported while the backend's CPU (/proc/PID/stat, sampled every
20 ms) and the import's own CPU (getrusage of the child) are taken.
Printed per round and directory: backend and client ms per article, and
the wall rate of the measured import.  CPU per article moves far less with
the neighbours' load than a rate does; one clock tick is 10 ms.
A measuring tool, not a benchmark: bench/run.sh is the measure.
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (its corpus, cluster and daemon config)
from e2e_profile import backends  # noqa: E402


def subset(corpus, lo, hi, top):
    """A directory of hard links to articles lo..hi-1 of the corpus."""
    d = os.path.join(top, f"art-{lo}-{hi}")
    if not os.path.isdir(d):
        os.makedirs(d)
        for i in range(lo, hi):
            n = f"a{i:06d}.txt"
            os.link(os.path.join(corpus, "articles", n), os.path.join(d, n))
    return d


def cluster(prefix):
    """The end-to-end corpus, a work directory and a started cluster in it."""
    corpus = bench.article_corpus(max(bench.N_MEM, bench.N_BACKFILL, bench.N_E2E))
    work = tempfile.mkdtemp(prefix=prefix)
    os.chmod(work, 0o755)
    cl = bench.conftest.Cluster(work)
    cl.start()
    return corpus, work, cl


def stored(cl, work, migrations, warm):
    """A fresh database migrated from migrations, the articles of the
    directory warm imported: (database name, config path)."""
    db = cl.new_database()
    d = bench.Daemon(cl, db, os.path.join(work, db), migrations=os.path.abspath(migrations))
    subprocess.run([bench.TW, "migrate", "-c", d.conf], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([bench.TW, "import", "-c", d.conf, warm], check=True,
                   stdout=subprocess.DEVNULL)
    return db, d.conf


def trial(cl, work, migrations, warm, measure):
    """One fresh database: (backend ms/article, client ms/article, art/s)."""
    db, conf = stored(cl, work, migrations, warm)
    before = set(backends(cl, db))
    last, stop = {}, threading.Event()

    def sample():
        while not stop.is_set():
            for p, c in backends(cl, db).items():
                if p not in before:
                    last[p] = c
            time.sleep(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = bench.now()
    subprocess.run([bench.TW, "import", "-c", conf, measure], check=True,
                   stdout=subprocess.DEVNULL)
    dt = bench.now() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    stop.set()
    th.join()
    n = len(os.listdir(measure))
    client = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1000 / n
    return max(last.values(), default=0.0) * 1000 / n, client, n / dt


def main():
    ap = argparse.ArgumentParser(description="backend and client CPU per stored article")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--warm", type=int, default=5000, help="articles stored first")
    ap.add_argument("--measure", type=int, default=3000, help="articles measured")
    ap.add_argument("migrations", nargs="+", help="migrations directories to compare")
    args = ap.parse_args()
    corpus, work, cl = cluster("tw-storecpu-")
    try:
        warm = subset(corpus, 0, args.warm, work)
        measure = subset(corpus, args.warm, args.warm + args.measure, work)
        res = {m: [] for m in args.migrations}
        for r in range(args.rounds):
            for m in args.migrations:
                b, c, rate = trial(cl, work, m, warm, measure)
                res[m].append((b, c))
                print(f"round {r + 1} {m}: backend {b:.3f} ms/article, client {c:.3f}, "
                      f"{rate:.0f} art/s, load {bench.loadavg()}", flush=True)
        for m, xs in res.items():
            print(f"{m}: backend min {min(x[0] for x in xs):.3f}, client min "
                  f"{min(x[1] for x in xs):.3f} ms/article")
    finally:
        cl.stop("immediate")
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
