#!/bin/sh
# deps.sh - install the Debian packages tradewatch builds and tests with, when missing.
# As root it runs apt-get; otherwise it prints the exact command to run.
#   scripts/deps.sh        what `make`, `make run` and `make check` need
#   scripts/deps.sh dev    also clang, its sanitizer/libFuzzer runtime and valgrind
set -e
PKGS="gcc make pkg-config libevent-dev libcjson-dev libpq-dev libssl-dev libcmocka-dev
      postgresql-15 postgresql-client-15 python3 python3-pytest python3-psycopg"
[ "${1:-}" = dev ] && PKGS="$PKGS clang libclang-rt-14-dev valgrind"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "tradewatch needs:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q || true
apt-get install -y -q $missing
