#!/bin/sh
# instr.sh - callgrind's instruction count of `tradewatch extract -j 1` over the
# first 1,000 files of gen_corpus.py's 50 MB corpus (density 0.22): the
# "dense slice" that docs/EXTRACTION.md and docs/BENCHMARKS.md quote as
# "Instructions".  A machine-independent measure of extraction cost, for
# comparing two builds when the machine is shared.
# Usage: sh bench/instr.sh [BUILD_DIR]     (run from the tree; default build)
set -e
build=${1:-build}
corpus=${INSTR_CORPUS:-/tmp/tw-instr-corpus}
if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    /usr/bin/python3 "$(dirname "$0")/gen_corpus.py" "$corpus" 50 0.22 > /dev/null
    touch "$corpus/.done"
fi
out=$(mktemp)
find "$corpus" -name '*.txt' | sort | head -n 1000 > "$out.lst"
valgrind --tool=callgrind --callgrind-out-file="$out" "$build/tradewatch" extract -j 1 \
    --rules config/rules.json $(cat "$out.lst") > /dev/null 2> "$out.err"
awk '/^summary:/ { printf "%.1f M instructions\n", $2 / 1e6 }' "$out"
rm -f "$out" "$out.lst" "$out.err"
