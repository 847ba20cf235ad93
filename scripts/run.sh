#!/bin/sh
# run.sh - `make run`: a throwaway PostgreSQL, the daemon in the foreground on
# a local spool, the example articles dropped in, and how to look at them.
#
# Everything lives under run/ (remove it to start afresh).  The cluster listens
# only on a socket in run/ on its own port; the system cluster is never used.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
run=$top/run
port=${TW_PORT:-54329}
pgdir=$run/pg
mkdir -p "$run"
chmod 0755 "$run"
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$run"; then
    # The project folder is not reachable for the unprivileged cluster owner
    # (e.g. under /root): keep the cluster in a private folder of /var/tmp.
    pgdir=/var/tmp/tradewatch-run-pg
    echo "note: $run is not reachable by user postgres; cluster in $pgdir"
fi

"$top/scripts/pgcluster.sh" start "$pgdir" "$port"
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$pgdir" -p "$port" -U postgres "$@"; }
psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'tradewatch'" | grep -q 1 ||
    psql_admin -d postgres -c "CREATE DATABASE tradewatch"

mkdir -p "$run/spool"
cat > "$run/tradewatch.conf" <<CONF
# Written by scripts/run.sh for \`make run\`.
database = host=$pgdir port=$port dbname=tradewatch user=postgres
spool = $run/spool
rules = $top/config/rules.json
migrations = $top/migrations
log_level = info
rescan_interval = 5
overdue_interval = 60
alert_command = $top/scripts/alert-to-file.sh $run/alerts.jsonl
CONF

"$top/build/tradewatch" migrate -c "$run/tradewatch.conf"
# Analysts use the read-only role.
psql_admin -d tradewatch -c "ALTER ROLE tradewatch_reader LOGIN"

"$top/build/tradewatchd" -c "$run/tradewatch.conf" -f &
daemon=$!
stop() {
    kill -TERM "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    "$top/scripts/pgcluster.sh" stop "$pgdir"
    echo "stopped; the data stays in $run (rm -rf run to start afresh)"
}
trap 'stop; exit 0' INT TERM

# Deliver the examples the way every producer must: write into tmp/, rename into new/.
n=0
for f in "$top"/examples/*; do
    [ -f "$f" ] || continue
    for _ in 1 2 3 4 5 6 7 8 9 10; do [ -d "$run/spool/tmp" ] && break; sleep 0.2; done
    base=$(basename "$f")
    cp "$f" "$run/spool/tmp/$base"
    mv "$run/spool/tmp/$base" "$run/spool/new/$base"
    n=$((n + 1))
done
for _ in $(seq 1 100); do
    [ -z "$(ls -A "$run/spool/new" 2>/dev/null)" ] && [ -z "$(ls -A "$run/spool/work" 2>/dev/null)" ] && break
    sleep 0.1
done
cat <<MSG

tradewatch is running: $n example articles dropped into $run/spool/new.
Look at the result with psql, as the read-only analyst role:

  psql -h $pgdir -p $port -U tradewatch_reader tradewatch -c 'SELECT * FROM commitment_status'
  psql -h $pgdir -p $port -U tradewatch_reader tradewatch -c 'SELECT * FROM commitment_timeline'
  psql -h $pgdir -p $port -U tradewatch_reader tradewatch -c 'SELECT * FROM overdue_commitments'

and watch alerts arrive (type LISTEN tradewatch; then drop an article):

  psql -h $pgdir -p $port -U tradewatch_reader tradewatch

Drop more articles (write into $run/spool/tmp/, then mv into $run/spool/new/).
Alerts also go to $run/alerts.jsonl.  Ctrl-C stops the daemon and the cluster.
MSG
wait "$daemon"
