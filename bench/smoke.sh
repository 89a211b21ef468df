#!/usr/bin/env bash
# CI smoke check of the end-to-end benchmark (bench/e2e/run.sh --smoke): the pipeline works, every request succeeds,
# the baseline answers the same JSON and 200 concurrent first requests cost the issuer 1 discovery + 1 JWKS fetch.
# The figures are not judged. Installs wrk from Debian if missing; PostgreSQL only when FORGEJO_TEST_POSTGRES is set.
# Then the migrations benchmark's smoke run (bench/Forgejo.Bench.Migrations --smoke, Debug like the e2e smoke): SQLite
# plus every server whose FORGEJO_TEST_* variable is set; it fails when a check fails, never because a goal is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null
fi
dbs=sqlite
[[ -n ${FORGEJO_TEST_POSTGRES:-} ]] && dbs=all
bash bench/e2e/run.sh --smoke --db "$dbs"

dotnet run -c Debug --project bench/Forgejo.Bench.Migrations -- --smoke --db all
