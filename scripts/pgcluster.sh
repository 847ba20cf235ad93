#!/bin/sh
# pgcluster.sh - a throwaway PostgreSQL cluster in a project folder.
#
#   pgcluster.sh start DIR PORT   initdb DIR if needed, start it (socket in DIR)
#   pgcluster.sh stop DIR [MODE]  stop it (MODE: fast, immediate)
#
# Never touches the system cluster.  initdb refuses to run as root, so as root
# the cluster belongs to the unprivileged "postgres" user.  The superuser is
# "postgres", trust authentication on the socket only (no TCP listener).
set -eu
cmd=$1 dir=$2
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ "$(id -u)" -eq 0 ]; then
    as() { runuser -u postgres -- "$@"; }
else
    as() { "$@"; }
fi
case $cmd in
start)
    port=$3
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 0700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
        as "$PGBIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --no-locale >"$dir.initdb.log" 2>&1 ||
            { cat "$dir.initdb.log" >&2; exit 1; }
    fi
    as "$PGBIN/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null
    ;;
stop)
    mode=${3:-fast}
    [ -f "$dir/postmaster.pid" ] || exit 0
    as "$PGBIN/pg_ctl" -D "$dir" -m "$mode" -w -t 60 stop >/dev/null
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR [MODE]" >&2; exit 64 ;;
esac
