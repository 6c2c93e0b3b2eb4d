#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback, on a free port, and prints its URL.
# Needs Debian's postgresql package; runs the server as the postgres user (CI runs as root).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
bin=/usr/lib/postgresql/$version/bin
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
dir=$(mktemp -d /tmp/carrousel-pg.XXXXXX)
chown postgres "$dir"
su postgres -s /bin/bash -c "$bin/initdb -D $dir/data -A trust -U postgres --encoding=UTF8 >/dev/null"
su postgres -s /bin/bash -c "$bin/pg_ctl -D $dir/data -o '-c listen_addresses=127.0.0.1 -p $port -k $dir' -l $dir/server.log -w start >/dev/null"
su postgres -s /bin/bash -c "$bin/createdb -h 127.0.0.1 -p $port -U postgres carrousel_test"
echo "postgres://postgres@127.0.0.1:$port/carrousel_test"
