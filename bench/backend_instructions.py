#!/usr/bin/python3
"""backend_instructions.py - instructions a backend spends on batches, A against B.

usage: bench/backend_instructions.py [--warm N] [--batches N] [--size N] MIGRATIONS...
       (BUILD=dir as bench/run.sh; needs valgrind; run as root: the backend
       runs as the postgres user, like scripts/pgcluster.sh)

The load-proof measure of docs/BENCHMARKS.md, "End to end, round five".
For each migrations directory: a database of one throwaway cluster,
migrated from it, the first 5,000 articles of the end-to-end corpus
imported (`tradewatch import`).  The cluster is stopped; then a single-user
backend (`postgres --single`) runs under `valgrind --tool=callgrind`,
reading tw_ingest_batch() calls for the next articles (documents from
`tradewatch extract`, bodies beside them, all as SQL literals): --warm
batches of --size articles (the session's first plans), rolled back, then
--batches batches, rolled back.  A second run with the warm batches alone
is subtracted, so what is printed is the instructions of the measured
batches in a warm session, per article.  The single-user backend also
parses the SQL text it reads (about a tenth of the count, the same for
every directory).  Counts do not move with the machine's load; a run takes
minutes.  The callgrind files are left in the work directory for
callgrind_annotate.
"""
import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (its corpus, cluster and daemon config)
from store_cpu import cluster, stored, subset  # noqa: E402

FIRST = 5064  # as in round two: articles after the 5,000 stored


def literal(s):
    return "'" + s.replace("'", "''") + "'"


def batches_sql(corpus, lo, n, size):
    """BEGIN; n tw_ingest_batch() calls of size articles from lo; ROLLBACK."""
    files = [os.path.join(corpus, "articles", f"a{i:06d}.txt") for i in range(lo, lo + n * size)]
    docs = [json.loads(x) for x in subprocess.run(
        [bench.TW, "extract", "--rules", bench.RULES] + files,
        capture_output=True, text=True, check=True).stdout.splitlines()]
    bodies = []
    for f in files:
        with open(f) as fh:
            bodies.append(fh.read().split("\n\n", 1)[1])
    out = ["BEGIN;\n\n"]
    for b in range(0, len(docs), size):
        out.append("SELECT count(*) FROM tw_ingest_batch(" + literal(json.dumps(docs[b:b + size]))
                   + "::jsonb, ARRAY[" + ",".join(literal(x) for x in bodies[b:b + size])
                   + "]::text[], 0.5);\n\n")
    out.append("ROLLBACK;\n\n")
    return "".join(out)


def callgrind(datadir, db, sql, out):
    """Instructions of a single-user backend reading sql."""
    with open(sql) as fin, open(out + ".log", "w") as ferr:
        subprocess.run(["runuser", "-u", "postgres", "--", "valgrind", "--tool=callgrind",
                        f"--callgrind-out-file={out}", "/usr/lib/postgresql/15/bin/postgres",
                        "--single", "-D", datadir, "-j", "-c", "fsync=off", db],
                       stdin=fin, stdout=subprocess.DEVNULL, stderr=ferr, check=True)
    with open(out + ".log") as f:
        for line in f:
            if "Collected :" in line:
                return int(line.split()[-1])
    raise SystemExit(f"backend_instructions: no count in {out}.log")


def main():
    ap = argparse.ArgumentParser(description="instructions per article of warm batches")
    ap.add_argument("--warm", type=int, default=6, help="batches run first, not counted")
    ap.add_argument("--batches", type=int, default=12, help="batches counted")
    ap.add_argument("--size", type=int, default=64, help="articles per batch")
    ap.add_argument("migrations", nargs="+", help="migrations directories to compare")
    args = ap.parse_args()
    corpus, work, cl = cluster("tw-instr-")
    dbs = []
    try:
        warm = subset(corpus, 0, FIRST - 64, work)
        for m in args.migrations:
            dbs.append((m, stored(cl, work, m, warm)[0]))
    finally:
        cl.stop()
    w = batches_sql(corpus, FIRST, args.warm, args.size)
    m = batches_sql(corpus, FIRST, args.batches, args.size)
    paths = {"w": os.path.join(work, "warm.sql"), "wm": os.path.join(work, "warm-measure.sql")}
    with open(paths["w"], "w") as f:
        f.write(w)
    with open(paths["wm"], "w") as f:
        f.write(w + m)
    os.chmod(work, 0o777)
    n = args.batches * args.size
    for mig, db in dbs:
        c = {k: callgrind(cl.dir, db, p, os.path.join(work, f"callgrind.{db}.{k}"))
             for k, p in paths.items()}
        d = c["wm"] - c["w"]
        print(f"{mig}: {d / 1e6:.1f} M instructions for {n} articles in {args.batches} warm "
              f"batches of {args.size}, {d / n / 1e6:.3f} M per article "
              f"(first {args.warm} batches of the session: {c['w'] / 1e6:.1f} M)", flush=True)
    print(f"callgrind files: {work}")


if __name__ == "__main__":
    main()
