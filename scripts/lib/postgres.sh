# Throw-away PostgreSQL for tests: installs Debian's server when missing, starts it on
# loopback on a free port, exports RAPPORT_TEST_PG_URL, and stops it when the shell exits.
# Source this file, then call: start_test_postgres

# as_root and apt_install (sourced on its own too, to start a development database).
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"

pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

ensure_postgres_installed() {
  if [ -z "$(pg_bindir)" ]; then
    echo "[rapport] installing PostgreSQL (Debian package postgresql)…" >&2
    apt_install postgresql
  fi
  [ -n "$(pg_bindir)" ] || { echo "[rapport] PostgreSQL server binaries not found after install" >&2; return 1; }
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start_test_postgres() {
  ensure_postgres_installed || return 1
  local bin dir port runas=()
  bin=$(pg_bindir)
  dir=$(mktemp -d /tmp/rapport-pg.XXXXXX)
  port=$(free_port)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
  "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on -c synchronous_commit=on" start >/dev/null
  RAPPORT_PG_DIR=$dir
  RAPPORT_PG_BIN=$bin
  export RAPPORT_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  trap stop_test_postgres EXIT
  echo "[rapport] PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

stop_test_postgres() {
  [ -n "${RAPPORT_PG_DIR:-}" ] || return 0
  local runas=()
  [ "$(id -u)" = 0 ] && runas=(runuser -u postgres --)
  "${runas[@]}" "$RAPPORT_PG_BIN/pg_ctl" -D "$RAPPORT_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$RAPPORT_PG_DIR"
  RAPPORT_PG_DIR=
}
