#!/bin/sh
# fuzz/run.sh - build every fuzz/*-fuzzer.c with libFuzzer, ASan and UBSan,
# and run each for $FUZZ_SECONDS seconds.
#
#   FUZZ_SECONDS=60 fuzz/run.sh            all harnesses
#   FUZZ_SECONDS=600 fuzz/run.sh article   only fuzz/article-fuzzer.c
#
# The project's library sources (daemon/*.c but the two mains, db/*.c) are
# compiled once into $FUZZ_BUILD/libtw-fuzz.a; a source that does not compile
# is reported and left out, so only the harnesses that need it fail to link.
# Each harness reads its seeds from fuzz/corpus/NAME/ (read-only) and writes
# what it learns to $FUZZ_BUILD/corpus/NAME/; fuzz/NAME.dict is used when it
# exists.  Crashes, leaks and timeouts land in $FUZZ_BUILD/crashes/NAME/ and
# make the script exit 1; rerun one with `$FUZZ_BUILD/NAME-fuzzer FILE`.
#
# Environment: FUZZ_SECONDS (60), FUZZ_BUILD (build-fuzz), FUZZ_CC (clang),
# FUZZ_MAX_LEN (libFuzzer's default: the largest seed), FUZZ_ARGS (extra
# libFuzzer flags).
set -u

cd "$(dirname "$0")/.." || exit 1
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_CC=${FUZZ_CC:-clang}
FUZZ_ARGS=${FUZZ_ARGS:-}
PKGS="libevent libcjson libpq openssl"

if ! command -v "$FUZZ_CC" >/dev/null 2>&1; then
	echo "fuzz/run.sh: $FUZZ_CC not found (apt-get install clang libclang-rt-14-dev)" >&2
	exit 1
fi
PKG_CFLAGS=$(pkg-config --cflags $PKGS) || exit 1
PKG_LIBS=$(pkg-config --libs $PKGS) || exit 1
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS="-g -O1 -fno-omit-frame-pointer -std=c11 -D_GNU_SOURCE -Wall -Wextra -Idaemon -Idb $PKG_CFLAGS"

mkdir -p "$FUZZ_BUILD/obj" "$FUZZ_BUILD/logs" || exit 1

# The library, rebuilt only for sources newer than their object.
objs=""
for src in daemon/*.c db/*.c; do
	[ -e "$src" ] || continue
	case "$src" in daemon/tradewatchd.c|daemon/tradewatch.c) continue ;; esac
	obj="$FUZZ_BUILD/obj/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')"
	if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ "$(ls -t daemon/*.h db/*.h "$obj" 2>/dev/null | head -1)" != "$obj" ]; then
		if ! $FUZZ_CC $CFLAGS $SAN -fsanitize=fuzzer-no-link -c -o "$obj" "$src" \
		    2>"$FUZZ_BUILD/logs/build-$(basename "$src").log"; then
			echo "fuzz: $src does not compile (left out): see $FUZZ_BUILD/logs/build-$(basename "$src").log"
			rm -f "$obj"
			continue
		fi
	fi
	objs="$objs $obj"
done
rm -f "$FUZZ_BUILD/libtw-fuzz.a"
ar rcs "$FUZZ_BUILD/libtw-fuzz.a" $objs || exit 1

if [ $# -gt 0 ]; then
	names="$*"
else
	names=$(for f in fuzz/*-fuzzer.c; do basename "$f" -fuzzer.c; done)
fi

status=0
summary=""
for name in $names; do
	src="fuzz/$name-fuzzer.c"
	bin="$FUZZ_BUILD/$name-fuzzer"
	log="$FUZZ_BUILD/logs/$name.log"
	if [ ! -e "$src" ]; then
		summary="$summary
$name: no $src"
		status=1
		continue
	fi
	if ! $FUZZ_CC $CFLAGS $SAN -fsanitize=fuzzer -o "$bin" "$src" "$FUZZ_BUILD/libtw-fuzz.a" \
	    $PKG_LIBS -lm >"$FUZZ_BUILD/logs/build-$name.log" 2>&1; then
		summary="$summary
$name: BUILD FAILED (see $FUZZ_BUILD/logs/build-$name.log)"
		status=1
		continue
	fi
	mkdir -p "$FUZZ_BUILD/corpus/$name" "$FUZZ_BUILD/crashes/$name" "fuzz/corpus/$name"
	set -- -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix="$FUZZ_BUILD/crashes/$name/"
	[ -e "fuzz/$name.dict" ] && set -- "$@" -dict="fuzz/$name.dict"
	[ -n "${FUZZ_MAX_LEN:-}" ] && set -- "$@" -max_len="$FUZZ_MAX_LEN"
	echo "fuzz: $name for ${FUZZ_SECONDS}s (log $log)"
	# shellcheck disable=SC2086
	if "$bin" "$@" $FUZZ_ARGS "$FUZZ_BUILD/corpus/$name" "fuzz/corpus/$name" >"$log" 2>&1; then
		runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
		cov=$(sed -n 's/^stat::.*//; s/.*cov: \([0-9]*\).*/\1/p' "$log" | tail -1)
		summary="$summary
$name: ok, ${runs:-?} runs, coverage ${cov:-?}"
	else
		artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
		what=$(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|broken promise' "$log")
		summary="$summary
$name: FAILED: ${what:-see $log}
  input: ${artifact:-none}  (log $log)"
		status=1
	fi
done
echo "fuzz: summary$summary"
exit $status
