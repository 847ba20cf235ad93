#!/bin/sh
# run.sh - `make bench`: throughput, alert latency and memory of tradewatch,
# each beside a reference measured in the same run (bench/bench.py).
#
#   BUILD=build-x bench/run.sh     binaries of another build dir
#   BENCH_SCALE=0.1 bench/run.sh   a quick run at a tenth of the sizes
#   BENCH_KEEP=1 bench/run.sh      keep the cluster, spools and logs
#
# Needs PostgreSQL's server binaries (scripts/deps.sh) and psycopg 3 for
# /usr/bin/python3.  Corpora are generated once into $TMPDIR (deterministic).
# A benchmark, not a test: it never fails because the machine is slow.
set -eu
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD
for f in "$BUILD/tradewatch" "$BUILD/tradewatchd"; do
	test -x "$f" || { echo "bench/run.sh: $f missing; run make BUILD=$BUILD all" >&2; exit 1; }
done
exec /usr/bin/python3 bench/bench.py "$@"
