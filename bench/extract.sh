#!/bin/sh
# extract.sh - `make bench-extract`: the extractor against grep -F on the same text.
#
# Generates (once, deterministically) >= 50 MB of article-like text with
# bench/gen_corpus.py, lists every phrase of config/rules.json with
# `tradewatch rules-phrases`, then times `tradewatch extract` and
# `grep -c -F -f PHRASES` over the same files and prints MB/s, articles/s and
# the ratio.  A benchmark, not a test: it never fails on a slow machine.
set -eu

BUILD=${BUILD:-build}
MB=${BENCH_MB:-50}
DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/tradewatch-bench-extract-$MB}
RULES=${RULES:-config/rules.json}
TW=$BUILD/tradewatch

test -x "$TW" || { echo "bench/extract.sh: $TW missing; run make BUILD=$BUILD all" >&2; exit 1; }
if ! test -f "$DIR/.done"; then
	rm -rf "$DIR"
	/usr/bin/python3 bench/gen_corpus.py "$DIR" "$MB" >/dev/null
	touch "$DIR/.done"
fi
PHRASES=$(mktemp)
trap 'rm -f "$PHRASES"' EXIT
"$TW" rules-phrases --rules "$RULES" > "$PHRASES"

bytes=$(find "$DIR" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$DIR" -name '*.txt' | wc -l)

# now - seconds since the epoch with nanoseconds.
now() { date +%s.%N; }

# Warm the page cache so that both runs read from memory.
find "$DIR" -name '*.txt' -print0 | xargs -0 cat > /dev/null

t0=$(now)
find "$DIR" -name '*.txt' -print0 | sort -z | xargs -0 "$TW" extract --rules "$RULES" > /dev/null
t1=$(now)
find "$DIR" -name '*.txt' -print0 | sort -z | xargs -0 grep -c -F -f "$PHRASES" > /dev/null || true
t2=$(now)

awk -v b="$bytes" -v n="$files" -v p="$(wc -l < "$PHRASES")" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN {
	te = t1 - t0; tg = t2 - t1
	printf "corpus: %d articles, %.1f MB, %d phrases\n", n, b / 1e6, p
	printf "%-22s %10s %12s %10s\n", "", "seconds", "articles/s", "MB/s"
	printf "%-22s %10.2f %12.0f %10.1f\n", "tradewatch extract", te, n / te, b / 1e6 / te
	printf "%-22s %10.2f %12.0f %10.1f\n", "grep -c -F -f", tg, n / tg, b / 1e6 / tg
	printf "ratio (extract / grep speed): %.2f\n", tg / te
}'
