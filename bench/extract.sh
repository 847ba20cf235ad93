#!/bin/sh
# extract.sh - `make bench-extract`: the extractor against grep -F on the same text.
#
# Generates (once, deterministically) >= 50 MB of article-like text with
# bench/gen_corpus.py, lists every phrase of config/rules.json with
# `tradewatch rules-phrases`, then times `tradewatch extract` and
# `grep -c -F -f PHRASES` over the same files and prints MB/s, articles/s and
# the ratio, each the best of BENCH_RUNS runs (3) from the page cache.
# BENCH_DENSITY (default: gen_corpus.py's, the dev corpus's measured share of
# sentences with a commitment) sets the share of pledge sentences.  A
# second reference, `grep -o -F -f`, reports every match as the extractor's
# automaton must, where grep -c skips the rest of a line after its first.
# The extractor runs twice: `-j 1` (one thread, the single-core speed) and
# `-j BENCH_JOBS` (default: the online CPUs).  Wall-clock MB/s of the second
# is parallel speed; CPU MB/s (user + system time) is what one core does, and
# is the honest comparison with grep, which uses one thread.
# A benchmark, not a test: it never fails on a slow machine.
set -eu

BUILD=${BUILD:-build}
MB=${BENCH_MB:-50}
DENSITY=${BENCH_DENSITY:-$(cd bench && /usr/bin/python3 -c 'import gen_corpus; print(gen_corpus.DEFAULT_DENSITY)')}
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/tradewatch-bench-extract-$MB-d$DENSITY}
RULES=${RULES:-config/rules.json}
TW=$BUILD/tradewatch
JOBS=${BENCH_JOBS:-$(getconf _NPROCESSORS_ONLN)}

test -x "$TW" || { echo "bench/extract.sh: $TW missing; run make BUILD=$BUILD all" >&2; exit 1; }
if ! test -f "$DIR/.done"; then
	rm -rf "$DIR"
	/usr/bin/python3 bench/gen_corpus.py "$DIR" "$MB" "$DENSITY" >/dev/null
	touch "$DIR/.done"
fi
PHRASES=$(mktemp)
TIMES=$(mktemp)
trap 'rm -f "$PHRASES" "$TIMES"' EXIT
"$TW" rules-phrases --rules "$RULES" > "$PHRASES"

bytes=$(find "$DIR" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$DIR" -name '*.txt' | wc -l)

# now - seconds since the epoch with nanoseconds.
now() { date +%s.%N; }

# best CMD... - "WALL CPU" seconds of the fastest of RUNS runs of CMD over the
# sorted file list (other work on a shared machine only ever adds time); CPU
# is user + system time of the whole pipeline, less disturbed by other load.
# Through a pipe: GNU grep writing to /dev/null stops at the first match.
# grep exits 1 on a batch without a match; the pipe's status is cat's.
RUNS=${BENCH_RUNS:-3}
best() {
	b=
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f '%e %U %S' -o "$TIMES" sh -c '
			find "$0" -name "*.txt" -print0 | sort -z | xargs -0 "$@" | cat > /dev/null
		' "$DIR" "$@"
		b=$(awk -v b="$b" '{ t = $1 " " $2 + $3 } END {
			split(b, o, " "); print (b == "" || $1 < o[1]) ? t : b }' "$TIMES")
	done
	echo "$b"
}

# Warm the page cache so that every run reads from memory.
find "$DIR" -name '*.txt' -print0 | xargs -0 cat > /dev/null
# xargs runs one process per batch of names: the rules load once per batch.
batches=$(find "$DIR" -name '*.txt' -print0 | sort -z | xargs -0 echo | wc -l)

te=$(best "$TW" extract -j 1 --rules "$RULES")
tj=$(best "$TW" extract -j "$JOBS" --rules "$RULES")
# The reference the issue names.  grep -c stops reading a line at its first
# match, and a paragraph is one line: it skips most of the text.
tg=$(best grep -c -F -f "$PHRASES")
# Every match, as the extractor's automaton reports them (grep still matches
# case-sensitively and without word boundaries, so it remains the cheaper job).
to=$(best grep -o -F -f "$PHRASES")

awk -v b="$bytes" -v n="$files" -v p="$(wc -l < "$PHRASES")" -v te="$te" -v tj="$tj" -v tg="$tg" \
    -v to="$to" -v runs="$RUNS" -v batches="$batches" -v density="$DENSITY" -v jobs="$JOBS" 'BEGIN {
	split(te, e, " "); split(tj, j, " "); split(tg, g, " "); split(to, o, " ")
	printf "corpus: %d articles, %.1f MB, pledge density %s, %d phrases; best of %d runs;" \
	    " %d processes each\n", n, b / 1e6, density, p, runs, batches
	printf "%-24s %7s %7s %10s %8s %8s %7s %7s\n", "", "wall s", "cpu s", "articles/s",
	    "MB/s", "cpu MB/s", "ratio", "cpu rt"
	row("tradewatch extract -j 1", e)
	row(sprintf("tradewatch extract -j %d", jobs), j)
	row("grep -c -F -f", g)
	row("grep -o -F -f", o)
	printf "MB/s is wall-clock, cpu MB/s per CPU second (user + system); ratio and\n"
	printf "cpu rt: grep -c time / this time (1.00 for grep -c itself).  grep runs one\n"
	printf "thread: compare its cpu MB/s with -j 1; -j %d is parallel speed.\n", jobs
	printf "ratio (extract -j 1 / grep -c speed): %.2f wall, %.2f cpu (target 0.5)\n",
	    g[1] / e[1], g[2] / e[2]
	printf "ratio (extract -j %d / grep -c speed): %.2f wall, %.2f cpu\n",
	    jobs, g[1] / j[1], g[2] / j[2]
}
function row(name, t) {
	printf "%-24s %7.2f %7.2f %10.0f %8.1f %8.1f %7.2f %7.2f\n", name, t[1], t[2],
	    n / t[1], b / 1e6 / t[1], b / 1e6 / t[2], g[1] / t[1], g[2] / t[2]
}'
