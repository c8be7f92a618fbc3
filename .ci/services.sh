# Test services for .ci/run, sourced by it (as root): a throwaway PostgreSQL cluster and an S3-compatible
# server (s3rver from .ci/package.json), both listening on 127.0.0.1 only. services_start exports
#   CORPUS_TEST_POSTGRES      Npgsql connection string of an empty database whose role may create databases
#   CORPUS_TEST_S3_ENDPOINT   http://127.0.0.1:PORT, with CORPUS_TEST_S3_ACCESS_KEY/_SECRET_KEY/_BUCKET
# and services_stop stops both and removes their data.

_corpus_ci_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_corpus_services_dir=""
_corpus_pg_bin=""
_corpus_s3_pid=""

_corpus_port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Ports are drawn below the kernel's ephemeral range: a port some outgoing connection holds looks free
# to a connect probe but cannot be bound.
_corpus_free_port() {
  local low=10000 high=32767 ephemeral_low port
  if read -r ephemeral_low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null && [ "$ephemeral_low" -gt 11000 ]; then
    high=$((ephemeral_low - 1))
  fi
  for _ in $(seq 1 200); do
    port=$((low + RANDOM % (high - low)))
    if _corpus_port_is_free "$port"; then echo "$port"; return 0; fi
  done
  echo "no free port found on 127.0.0.1" >&2
  return 1
}

_corpus_wait_for_port() {
  local port=$1 seconds=$2 pid=${3:-}
  for _ in $(seq 1 $((seconds * 10))); do
    _corpus_port_is_free "$port" || return 0
    [ -z "$pid" ] || kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

_corpus_apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "$@" >/dev/null
}

_corpus_postgres_start() {
  _corpus_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$_corpus_pg_bin" ] || [ ! -x "$_corpus_pg_bin/pg_ctl" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1; }
    _corpus_apt_install postgresql || { echo "could not install postgresql" >&2; return 1; }
    _corpus_pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  # PostgreSQL refuses to run as root; the Debian package creates this account.
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi

  local data="$_corpus_services_dir/postgres" port password attempt
  password=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
  mkdir -p "$data" "$_corpus_services_dir/socket"
  printf '%s\n' "$password" > "$_corpus_services_dir/superuser-password"
  [ "$(id -u)" -ne 0 ] || chown -R postgres "$_corpus_services_dir"

  _corpus_as_postgres "$_corpus_pg_bin/initdb" --pgdata="$data/cluster" --username=postgres \
    --pwfile="$_corpus_services_dir/superuser-password" --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$_corpus_services_dir/initdb.log" 2>&1 \
    || { cat "$_corpus_services_dir/initdb.log" >&2; return 1; }
  # A throwaway cluster: durability settings off so the suite runs fast; enough connections for
  # several server instances with their pools. A port taken between the probe and the bind is retried
  # with another.
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(_corpus_free_port) || return 1
    if _corpus_as_postgres "$_corpus_pg_bin/pg_ctl" --pgdata="$data/cluster" --wait --timeout=60 \
      --log="$data/server.log" \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$_corpus_services_dir/socket" \
      -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null; then
      break
    fi
    if [ "$attempt" -eq 8 ]; then cat "$data/server.log" >&2; return 1; fi
    echo "PostgreSQL could not listen on port $port; trying another" >&2
  done

  _corpus_as_postgres "$_corpus_pg_bin/psql" --quiet --no-psqlrc -v ON_ERROR_STOP=1 \
    --host="$_corpus_services_dir/socket" --port="$port" --username=postgres --dbname=postgres \
    -c "CREATE ROLE corpus LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE corpus_test OWNER corpus" >/dev/null || return 1

  export CORPUS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=corpus;Password=$password;Database=corpus_test"
}

# As root (CI) the cluster belongs to the postgres account; a developer runs it as themselves.
_corpus_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

_corpus_s3_start() {
  if [ ! -f "$_corpus_ci_dir/node_modules/s3rver/bin/s3rver.js" ] || [ ! -d "$_corpus_ci_dir/node_modules/hyparquet" ]; then
    command -v npm >/dev/null 2>&1 || _corpus_apt_install nodejs npm || { echo "could not install npm" >&2; return 1; }
    npm ci --prefix "$_corpus_ci_dir" --no-audit --no-fund --loglevel=error >/dev/null \
      || { echo "npm ci in .ci failed" >&2; return 1; }
  fi
  local port attempt
  mkdir -p "$_corpus_services_dir/s3"
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$(_corpus_free_port) || return 1
    node "$_corpus_ci_dir/node_modules/s3rver/bin/s3rver.js" --directory "$_corpus_services_dir/s3" \
      --address 127.0.0.1 --port "$port" --silent --configure-bucket corpus-test \
      >"$_corpus_services_dir/s3rver.log" 2>&1 &
    _corpus_s3_pid=$!
    if _corpus_wait_for_port "$port" 30 "$_corpus_s3_pid" && kill -0 "$_corpus_s3_pid" 2>/dev/null; then
      break
    fi
    kill "$_corpus_s3_pid" 2>/dev/null; wait "$_corpus_s3_pid" 2>/dev/null; _corpus_s3_pid=""
    if [ "$attempt" -eq 8 ]; then cat "$_corpus_services_dir/s3rver.log" >&2; return 1; fi
    echo "the S3-compatible server could not listen on port $port; trying another" >&2
  done

  export CORPUS_TEST_S3_ENDPOINT="http://127.0.0.1:$port"
  export CORPUS_TEST_S3_ACCESS_KEY=S3RVER CORPUS_TEST_S3_SECRET_KEY=S3RVER CORPUS_TEST_S3_BUCKET=corpus-test
}

services_start() {
  _corpus_services_dir=$(mktemp -d /tmp/corpus-services.XXXXXX) || return 1
  chmod 755 "$_corpus_services_dir"
  _corpus_postgres_start || { echo "PostgreSQL did not start" >&2; return 1; }
  _corpus_s3_start || { echo "the S3-compatible server did not start" >&2; return 1; }
}

services_stop() {
  if [ -n "$_corpus_s3_pid" ]; then
    kill "$_corpus_s3_pid" 2>/dev/null && wait "$_corpus_s3_pid" 2>/dev/null
    _corpus_s3_pid=""
  fi
  if [ -n "$_corpus_services_dir" ] && [ -d "$_corpus_services_dir/postgres/cluster" ]; then
    _corpus_as_postgres "$_corpus_pg_bin/pg_ctl" --pgdata="$_corpus_services_dir/postgres/cluster" \
      --mode=fast --wait stop >/dev/null 2>&1
  fi
  if [ -n "$_corpus_services_dir" ]; then
    rm -rf "$_corpus_services_dir"
    _corpus_services_dir=""
  fi
  unset CORPUS_TEST_POSTGRES CORPUS_TEST_S3_ENDPOINT CORPUS_TEST_S3_ACCESS_KEY CORPUS_TEST_S3_SECRET_KEY \
    CORPUS_TEST_S3_BUCKET
  return 0
}
