# Sourced by .ci/run (and usable by hand): installs PostgreSQL and MariaDB from Debian packages when missing and
# starts private, throwaway instances on loopback. Expects $work (a folder for their data, readable by
# the postgres user), $pg_port, $maria_port and an array $pids; stop_servers ends them.
# Each start function exports the connection string the tests read and records the server's pid in $pids.
stop_servers() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "$work"
}
install_packages() {
  local missing=()
  ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing+=(postgresql)
  command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
  command -v mariadb-install-db >/dev/null 2>&1 || missing+=(mariadb-server)
  if ((${#missing[@]})); then
    echo "ci: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin dir=$work/pg
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  mkdir -p "$dir/sock"
  echo postgres > "$dir/pwfile"
  local as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$dir/pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w -t 60 \
    -o "-p $pg_port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  pids+=("$(head -1 "$dir/data/postmaster.pid")")
  export FORGEJO_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=postgres"
}

start_mariadb() {
  local dir=$work/maria
  mkdir -p "$dir/data"
  mariadb-install-db --no-defaults --datadir="$dir/data" --user=root --auth-root-authentication-method=normal \
    --skip-test-db >"$dir/install.log" 2>&1
  mariadbd --no-defaults --datadir="$dir/data" --port="$maria_port" --bind-address=127.0.0.1 \
    --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --user=root --log-error="$dir/error.log" \
    --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --max-connections=300 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >/dev/null 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 150); do
    mariadb-admin --no-defaults --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 && break
    sleep 0.2
  done
  mariadb --no-defaults --socket="$dir/mysqld.sock" -uroot -e \
    "CREATE USER 'forgejo'@'%' IDENTIFIED BY 'forgejo'; GRANT ALL PRIVILEGES ON *.* TO 'forgejo'@'%' WITH GRANT OPTION;"
  export FORGEJO_TEST_MYSQL="Server=127.0.0.1;Port=$maria_port;User=forgejo;Password=forgejo"
}

