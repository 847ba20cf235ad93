#!/bin/sh
# run.sh - the phrasing sweep: generate the template articles, extract them
# with BUILD's tradewatch (RULES: another rules.json), tabulate by form.
# Usage: sh tests/sweep/run.sh [-v]
set -e
cd "$(dirname "$0")/../.."
tmp=${TMPDIR:-/tmp}/sweep.$$
mkdir -p "$tmp"
python3 tests/sweep/gen.py "$tmp/exp.jsonl" > "$tmp/in.jsonl"
${BUILD:-build}/tradewatch extract ${RULES:+--rules "$RULES"} "$tmp/in.jsonl" > "$tmp/pred.jsonl"
python3 tests/sweep/check.py "$tmp/exp.jsonl" "$tmp/pred.jsonl" "$@"
rm -rf "$tmp"
