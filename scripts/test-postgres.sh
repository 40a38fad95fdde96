#!/usr/bin/env bash
# Starts a private, throw-away PostgreSQL cluster for the test suite and prints its URL.
#   eval "$(bash scripts/test-postgres.sh)"   # exports POSTGRES_URL
# Needs Debian's `postgresql` package. initdb refuses to run as root, so the cluster belongs to
# the `postgres` system user when we are root.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "echo 'PostgreSQL is not installed (apt-get install -y postgresql)' >&2"
  exit 1
fi

port=${PGPORT_TEST:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
dir=$(mktemp -d /tmp/newsroom-pg.XXXXXX)
chmod 755 "$dir"

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres:postgres "$dir"
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

as_owner "'$bindir/initdb' -D '$dir/data' -U postgres -A trust --no-sync -E UTF8 >'$dir/initdb.log' 2>&1"
as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start >/dev/null"

echo "export POSTGRES_URL='postgres://postgres@127.0.0.1:$port/postgres'"
echo "export NEWSROOM_TEST_PG_DIR='$dir'"
