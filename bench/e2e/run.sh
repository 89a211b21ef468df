#!/usr/bin/env bash
# End-to-end benchmark of GET /api/v1/user (docs/benchmarks.md):
#   a) the real server, 1,000 distinct integration JWTs from 10 integrations, cycled by wrk;
#   b) the real server, one personal access token;
#   c) bench/Forgejo.Bench.Baseline: stock JwtBearer with the same key as a static key, same row, same JSON;
# alternated a b c a b c ... then the cold path (first request for a new issuer, key rotation, 200 concurrent first
# requests counting the issuer's fetches) and the lookup scale (a with 10 vs 100,000 integration rows).
#
# usage: bash bench/e2e/run.sh [--smoke] [--db sqlite|postgres|all] [--rounds N] [--duration SECONDS]
#                              [--tokens N] [--scale-rows N] [--no-cold] [--no-scale]
# --smoke: Debug build, 1 round of 2 s, 50 tokens, a 200-request burst, no scale run (checks the pipeline, 45-95 s).
# Fails when a measured request is not 2xx or a burst of first requests costs the issuer more than 1 discovery + 1 JWKS.
# PostgreSQL needs FORGEJO_TEST_POSTGRES (a server-level connection string); a database is created and dropped.
# Everything it starts is stopped by pid on exit, failure included. Load targets 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."

smoke=0 dbs=sqlite rounds=3 duration=10 ntokens=1000 scale_rows=100000 cold=1 scale=1
threads=2 connections=32 cold_issuers=5 burst=200
while [[ $# -gt 0 ]]; do
  case $1 in
    --smoke) smoke=1 ;;
    --db) dbs=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --duration) duration=$2; shift ;;
    --tokens) ntokens=$2; shift ;;
    --scale-rows) scale_rows=$2; shift ;;
    --no-cold) cold=0 ;;
    --no-scale) scale=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
configuration=Release
if [[ $smoke == 1 ]]; then
  configuration=Debug rounds=1 duration=2 ntokens=50 scale=0 cold_issuers=1
fi
[[ $dbs == all ]] && dbs="sqlite${FORGEJO_TEST_POSTGRES:+ postgres}"
command -v wrk >/dev/null || { echo "wrk is required (apt-get install -y wrk)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/forgejo-e2e.XXXXXX")
pids=()
pg_databases=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  for database in "${pg_databases[@]}"; do
    pg_psql -q -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  if [[ $status != 0 ]]; then
    echo "e2e: failed (status $status); logs kept in $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

log() { echo "e2e: $*" >&2; }

# psql with the parts of FORGEJO_TEST_POSTGRES (Host, Port, Username, Password).
pg_psql() {
  local host=127.0.0.1 port=5432 user=postgres password='' part key value
  IFS=';' read -ra parts <<< "${FORGEJO_TEST_POSTGRES:-}"
  for part in "${parts[@]}"; do
    key=${part%%=*} value=${part#*=}
    case ${key,,} in
      host|server) host=$value ;;
      port) port=$value ;;
      username|user|"user id") user=$value ;;
      password) password=$value ;;
    esac
  done
  PGPASSWORD=$password psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 "$@"
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))  # below the ephemeral range, where wrk's client ports live
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_http() { # url [what]
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.2
  done
  log "$2 did not answer at $1"; return 1
}

start() { # name command...: starts in the background, logs to $work/name.log
  local name=$1; shift
  "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
}

log "building ($configuration)"
for project in src/Forgejo.Web bench/Forgejo.Bench.Issuer bench/Forgejo.Bench.Baseline; do
  dotnet build "$project" -c "$configuration" -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done
forgejo=src/Forgejo.Web/bin/$configuration/net10.0/forgejo
issuer_bin=bench/Forgejo.Bench.Issuer/bin/$configuration/net10.0/Forgejo.Bench.Issuer
baseline_bin=bench/Forgejo.Bench.Baseline/bin/$configuration/net10.0/Forgejo.Bench.Baseline

start issuer "$issuer_bin" serve --state "$work/issuer"
for _ in $(seq 1 150); do [[ -s $work/issuer/issuer.url ]] && break; sleep 0.2; done
issuer_base=$(cat "$work/issuer/issuer.url")
ca=$work/issuer/ca.pem
issuer_curl() { curl -sf --cacert "$ca" "$@"; }
log "issuer on $issuer_base"

trust=(--AuthorizedIntegration:AllowLocalNetworks=true "--AuthorizedIntegration:TrustedCaFile=$ca")

# setup NAME DB [EXTRA_ROWS]: a database with user bench, a token, 10 integrations of issuer $issuer_base/bench (one
# made with the CLI, nine with the API) plus EXTRA_ROWS inserted with SQL, and a server on it. Writes
# $work/NAME.{port,pat,audiences,tokens,db}.
setup() {
  local name=$1 db=$2 extra=${3:-0} database_args port pat audience
  if [[ $db == postgres ]]; then
    local database="forgejo_bench_${name}_$$"
    pg_psql -q -c "CREATE DATABASE \"$database\"" >/dev/null
    pg_databases+=("$database")
    database_args=(--Database:Provider=postgres "--Database:ConnectionString=$FORGEJO_TEST_POSTGRES;Database=$database")
    echo "$database" >"$work/$name.db"
  else
    database_args=("--DataPath=$work/$name-data")
  fi
  printf '%s\n' "${database_args[@]}" >"$work/$name.args"
  local cli=("$forgejo" "${database_args[@]}" "${trust[@]}")
  "$forgejo" migrate "${database_args[@]}" >"$work/$name-migrate.log"
  "$forgejo" admin user create --username bench --email bench@example.com "${database_args[@]}" >/dev/null
  pat=$("$forgejo" admin user generate-access-token --username bench --token-name bench --scopes all --raw "${database_args[@]}")
  echo "$pat" >"$work/$name.pat"
  "$forgejo" admin user create-authorized-integration --username bench --name bench-0 --issuer "$issuer_base/bench" \
    --scope read:user --claim-glob 'sub=repo:bench/*:ref:refs/heads/main' --claim-eq ref=refs/heads/main \
    "${database_args[@]}" "${trust[@]}" | jq -r .audience >"$work/$name.audiences"
  port=$(free_port)
  echo "$port" >"$work/$name.port"
  start "$name" "$forgejo" web --urls "http://127.0.0.1:$port" "${database_args[@]}" "${trust[@]}"
  wait_http "http://127.0.0.1:$port/api/healthz" "server $name"
  for i in $(seq 1 9); do
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/user/authorized-integrations" -H "Authorization: token $pat" \
      -H 'Content-Type: application/json' -d '{"name":"bench-'"$i"'","issuer":"'"$issuer_base/bench"'","scope":"read:user",
        "claim_rules":{"rules":[{"claim":"sub","compare":"glob","value":"repo:bench/*:ref:refs/heads/main"},
                                {"claim":"ref","compare":"eq","value":"refs/heads/main"}]}}' | jq -r .audience >>"$work/$name.audiences"
  done
  if [[ $extra -gt 0 ]]; then
    bulk_insert "$name" "$db" "$extra"
  fi
  issuer_curl -X POST "$issuer_base/_bench/mint?iss=/bench&count=$ntokens" --data-binary "@$work/$name.audiences" >"$work/$name.tokens"
  log "$name: server on port $port ($db, $((10 + extra)) integrations, $(wc -l <"$work/$name.tokens") tokens)"
}

# bulk_insert NAME DB ROWS: ROWS more integrations of the same issuer (the worst case for the (issuer, audience)
# index), copied from the first one with fresh audiences, in one statement.
bulk_insert() {
  local columns="user_id, name, description, scope, resource_all_repos, issuer, audience, claim_rules, ui, created_unix, updated_unix"
  local select="a.user_id, 'bulk-' || n.i, a.description, a.scope, a.resource_all_repos, a.issuer, 'u:1:bulk-' || n.i, a.claim_rules, a.ui, a.created_unix, a.updated_unix"
  if [[ $2 == postgres ]]; then
    pg_psql -q -d "$(cat "$work/$1.db")" -c "INSERT INTO authorized_integration ($columns)
      SELECT $select FROM generate_series(1, $3) AS n(i), authorized_integration a WHERE a.id = (SELECT min(id) FROM authorized_integration);
      ANALYZE authorized_integration;" >/dev/null
  else
    sqlite3 "$work/$1-data/forgejo.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $3)
      INSERT INTO authorized_integration ($columns)
      SELECT $select FROM n, authorized_integration a WHERE a.id = (SELECT min(id) FROM authorized_integration);
      ANALYZE;"
  fi
}

# bench LABEL ROUND URL TOKENS_FILE SECONDS: one wrk run, appended to $work/results.tsv as
# label round rps p50_ms p99_ms errors.
bench() {
  local out
  out=$(TOKENS=$4 wrk -t"$threads" -c"$connections" -d"$5s" --latency -s bench/e2e/tokens.lua "$3")
  echo "$out" >>"$work/wrk.log"
  echo "$out" | awk -v label="$1" -v round="$2" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } /Non-2xx/ { errors = $NF } /Socket errors/ { errors += 0 }
    END { printf "%s\t%s\t%.0f\t%.3f\t%.3f\t%d\n", label, round, rps, p50, p99, errors + 0 }' | tee -a "$work/results.tsv" >&2
}

check_ok() { # url token
  local status
  status=$(curl -s -o "$work/check.json" -w '%{http_code}' -H "Authorization: Bearer $2" "$1")
  [[ $status == 200 ]] || { log "expected 200 from $1, got $status: $(cat "$work/check.json")"; exit 1; }
}

: >"$work/results.tsv"
: >"$work/cold.tsv"
for db in $dbs; do
  setup "$db" "$db"
  port=$(cat "$work/$db.port")
  url_a="http://127.0.0.1:$port/api/v1/user"
  head -n1 "$work/$db.pat" >"$work/$db.pat-tokens"
  bport=$(free_port)
  mapfile -t database_args <"$work/$db.args"
  start "baseline-$db" "$baseline_bin" --urls "http://127.0.0.1:$bport" "${database_args[@]}" \
    "--BaselineJwk=$work/issuer/jwk.json" "--BaselineIssuer=$issuer_base/bench" \
    "--BaselineAudiences=$(paste -sd, "$work/$db.audiences")"
  wait_http "http://127.0.0.1:$bport/api/healthz" "baseline"
  url_c="http://127.0.0.1:$bport/api/v1/user"
  first=$(head -n1 "$work/$db.tokens")
  check_ok "$url_a" "$first"; cp "$work/check.json" "$work/a.json"
  check_ok "$url_a" "$(cat "$work/$db.pat")"
  check_ok "$url_c" "$first"
  # The same JSON but for the port in html_url.
  diff <(jq -S 'del(.html_url)' "$work/a.json") <(jq -S 'del(.html_url)' "$work/check.json") >&2 || { log "baseline JSON differs"; exit 1; }

  log "$db: warming up"
  warm=$(( smoke ? 1 : 3 ))
  bench "warm-a-$db" 0 "$url_a" "$work/$db.tokens" "$warm" 2>/dev/null
  bench "warm-b-$db" 0 "$url_a" "$work/$db.pat-tokens" "$warm" 2>/dev/null
  bench "warm-c-$db" 0 "$url_c" "$work/$db.tokens" "$warm" 2>/dev/null
  log "$db: $rounds rounds of a b c, ${duration}s each (label round rps p50_ms p99_ms non-2xx)"
  for round in $(seq 1 "$rounds"); do
    bench "a-$db" "$round" "$url_a" "$work/$db.tokens" "$duration"
    bench "b-$db" "$round" "$url_a" "$work/$db.pat-tokens" "$duration"
    bench "c-$db" "$round" "$url_c" "$work/$db.tokens" "$duration"
  done

  if [[ $cold == 1 ]]; then
    log "$db: cold path ($cold_issuers new issuers, then a burst of $burst first requests)"
    args_file=$work/$db.args
    mapfile -t database_args <"$args_file"
    for k in $(seq 1 "$cold_issuers"); do
      prefix=/cold-$db-$k
      audience=$("$forgejo" admin user create-authorized-integration --username bench --name "cold-$k" --issuer "$issuer_base$prefix" \
        --scope read:user "${database_args[@]}" "${trust[@]}" | jq -r .audience)
      issuer_curl -X POST "$issuer_base/_bench/mint?iss=$prefix&count=2" --data "$audience" >"$work/cold.tokens"
      first_ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $(sed -n 1p "$work/cold.tokens")" "$url_a")
      warm_ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $(sed -n 2p "$work/cold.tokens")" "$url_a")
      issuer_curl -X POST "$issuer_base/_bench/rotate?iss=$prefix" >/dev/null
      issuer_curl -X POST "$issuer_base/_bench/mint?iss=$prefix&count=1" --data "$audience" >"$work/rotated.tokens"
      rotated_ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $(cat "$work/rotated.tokens")" "$url_a")
      for pair in "first:$first_ms" "warm:$warm_ms" "rotated:$rotated_ms"; do
        read -r code seconds <<<"${pair#*:}"
        [[ $code == 200 ]] || { log "cold $prefix ${pair%%:*}: status $code"; exit 1; }
        printf '%s\t%s\t%.1f\n' "${pair%%:*}-$db" "$k" "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" | tee -a "$work/cold.tsv" >&2
      done
    done
    prefix=/burst-$db
    audience=$("$forgejo" admin user create-authorized-integration --username bench --name burst --issuer "$issuer_base$prefix" \
      --scope read:user "${database_args[@]}" "${trust[@]}" | jq -r .audience)
    before=$(issuer_curl "$issuer_base/_bench/stats?iss=$prefix")
    issuer_curl -X POST "$issuer_base/_bench/mint?iss=$prefix&count=$burst" --data "$audience" >"$work/burst.tokens"
    summary=$("$issuer_bin" fire --url "$url_a" --tokens "$work/burst.tokens" --warm "http://127.0.0.1:$port/api/healthz") \
      || { log "burst: not every request succeeded: $summary"; exit 1; }
    after=$(issuer_curl "$issuer_base/_bench/stats?iss=$prefix")
    fetches="$(( $(jq .discovery <<<"$after") - $(jq .discovery <<<"$before") )) discovery, $(( $(jq .jwks <<<"$after") - $(jq .jwks <<<"$before") )) JWKS"
    echo -e "burst-$db\t$burst\t$fetches\t$summary" | tee -a "$work/burst.tsv" >&2
  fi

  if [[ $scale == 1 ]]; then
    log "$db: lookup scale, 10 vs $((10 + scale_rows)) rows"
    setup "$db-big" "$db" "$scale_rows"
    url_big="http://127.0.0.1:$(cat "$work/$db-big.port")/api/v1/user"
    check_ok "$url_big" "$(head -n1 "$work/$db-big.tokens")"
    bench "warm-big-$db" 0 "$url_big" "$work/$db-big.tokens" 3 2>/dev/null
    for round in $(seq 1 "$rounds"); do
      bench "a10-$db" "$round" "$url_a" "$work/$db.tokens" "$duration"
      bench "a100k-$db" "$round" "$url_big" "$work/$db-big.tokens" "$duration"
    done
  fi
done

# Medians (spread: min-max over the rounds) and the ratios against the goals.
echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n1), $(free -g | awk '/^Mem/ {print $2}') GiB; load while running: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$threads -c$connections, $rounds round(s) of ${duration}s, $ntokens tokens, $configuration build"
grep -v '^warm' "$work/results.tsv" | sort -k1,1 -k2,2n | awk -F'\t' '
  function median(list, n,   sorted, i) { split(list, sorted, " "); asort(sorted); return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2 }
  function spread(list,   sorted, n) { n = split(list, sorted, " "); asort(sorted); return sorted[1] "-" sorted[n] }
  { n[$1]++; rps[$1] = rps[$1] " " $3; p50[$1] = p50[$1] " " $4; p99[$1] = p99[$1] " " $5; err[$1] += $6; order[$1] = NR }
  END {
    printf "%-14s %10s %16s %8s %16s %8s %16s %7s\n", "run", "rps", "(min-max)", "p50 ms", "(min-max)", "p99 ms", "(min-max)", "non-2xx"
    for (k in n) {
      mr[k] = median(rps[k], n[k]); m99[k] = median(p99[k], n[k])
      printf "%-14s %10.0f %16s %8.2f %16s %8.2f %16s %7d\n", k, mr[k], spread(rps[k]), median(p50[k], n[k]), spread(p50[k]), m99[k], spread(p99[k]), err[k]
    }
    for (k in n) if (k ~ /^a-/) { db = substr(k, 3)
      if (("c-" db) in n) printf "%s: a/c rps %.2f (goal >= 0.90), a/c p99 %.2f (goal <= 1.2), b/c rps %.2f (goal >= 0.90)\n", db, mr[k] / mr["c-" db], m99[k] / m99["c-" db], mr["b-" db] / mr["c-" db] }
    for (k in n) if (k ~ /^a100k-/) { db = substr(k, 7); printf "%s: 100k/10 rps %.2f (goal >= 0.95)\n", db, mr[k] / mr["a10-" db] }
  }'
if [[ -s $work/cold.tsv ]]; then
  echo "cold path, ms (median, min-max over issuers; curl time_total):"
  sort -k1,1 "$work/cold.tsv" | awk -F'\t' '{ v[$1] = v[$1] " " $3; n[$1]++ }
    END { for (k in v) { c = split(v[k], s, " "); asort(s); printf "  %-16s %8.1f  (%s-%s, n=%d)\n", k, c % 2 ? s[(c + 1) / 2] : (s[c / 2] + s[c / 2 + 1]) / 2, s[1], s[c], c } }'
  cat "$work/burst.tsv"
fi
# Exactly one discovery and one JWKS fetch for every burst of first requests.
if [[ -s $work/burst.tsv ]] && grep -qv $'\t1 discovery, 1 JWKS\t' "$work/burst.tsv"; then
  log "a burst of first requests fetched the issuer's documents more than once"
  exit 1
fi
# Every measured request must have succeeded.
if awk -F'\t' '$1 !~ /^warm/ && $6 > 0 { bad = 1 } END { exit !bad }' "$work/results.tsv"; then
  log "some requests were not answered 2xx (see the non-2xx column)"
  exit 1
fi
