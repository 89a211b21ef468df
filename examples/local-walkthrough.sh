#!/usr/bin/env bash
# The authorized-integration flow on one machine, with a third-party OIDC issuer (oauth2-mock-server) standing in for
# GitHub or Forgejo Actions. Needs the .NET SDK, Node.js 20.19+ with npm, openssl, curl and jq.
# Everything runs on 127.0.0.1 in a temporary folder and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=${PORT:-3917}
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "A private CA and a certificate for the issuer on 127.0.0.1"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out "$work/ca.pem" -days 1 -subj "/CN=walkthrough CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$work/issuer.key" -out "$work/issuer.csr" -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$work/ext.cnf"
openssl x509 -req -in "$work/issuer.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 1 \
  -extfile "$work/ext.cnf" -out "$work/issuer.pem" 2>/dev/null

step "The issuer (oauth2-mock-server)"
npm ci --prefix examples/mock-issuer --no-audit --no-fund --loglevel=error
node examples/mock-issuer/issuer.mjs --cert "$work/issuer.pem" --key "$work/issuer.key" > "$work/issuer.out" &
pids+=($!)
for _ in $(seq 1 50); do [ -s "$work/issuer.out" ] && break; sleep 0.1; done
issuer=$(head -1 "$work/issuer.out")
echo "issuer: $issuer"

step "The server, trusting that CA and allowing a loopback issuer (both documented settings)"
dotnet build src/Forgejo.Web -v quiet -nologo > /dev/null
forgejo=(dotnet src/Forgejo.Web/bin/Debug/net10.0/forgejo.dll)
config=(--DataPath="$work/data" --AuthorizedIntegration:TrustedCaFile="$work/ca.pem" --AuthorizedIntegration:AllowLocalNetworks=true)
"${forgejo[@]}" web --urls "http://127.0.0.1:$port" "${config[@]}" > "$work/server.log" 2>&1 &
pids+=($!)
api="http://127.0.0.1:$port/api"
for _ in $(seq 1 100); do curl -sf "$api/healthz" > /dev/null && break; sleep 0.2; done
curl -s "$api/healthz"; echo

step "A user and a personal access token, from the command line"
"${forgejo[@]}" admin user create --username alice --email alice@example.com "${config[@]}"
pat=$("${forgejo[@]}" admin user generate-access-token --username alice --token-name setup --scopes write:user --raw "${config[@]}")

step "An authorized integration for the issuer: only sub repo:acme/app:ref:refs/heads/main, scope read:user"
integration=$(curl -sf -X POST "$api/v1/user/authorized-integrations" -H "Authorization: token $pat" -H 'Content-Type: application/json' \
  -d "{\"name\":\"walkthrough\",\"issuer\":\"$issuer\",\"scope\":\"read:user\",
       \"claim_rules\":{\"rules\":[{\"claim\":\"sub\",\"compare\":\"eq\",\"value\":\"repo:acme/app:ref:refs/heads/main\"}]}}")
echo "$integration" | jq '{id, issuer, audience, scope, claim_rules}'
audience=$(echo "$integration" | jq -r .audience)

step "The CI job gets a token for that audience from the issuer, and calls the API with it"
token=$(curl -sf --cacert "$work/ca.pem" -X POST "$issuer/token" -d grant_type=client_credentials \
  -d "aud=$audience" -d "claim_sub=repo:acme/app:ref:refs/heads/main" | jq -r .access_token)
curl -s "$api/v1/user" -H "Authorization: Bearer $token" | jq '{id, login}'

step "A token for another repository is refused"
token=$(curl -sf --cacert "$work/ca.pem" -X POST "$issuer/token" -d grant_type=client_credentials \
  -d "aud=$audience" -d "claim_sub=repo:acme/fork:ref:refs/heads/main" | jq -r .access_token)
curl -s -D - -o "$work/refused.json" "$api/v1/user" -H "Authorization: Bearer $token" | grep -i '^www-authenticate'
jq .message "$work/refused.json"

step "The integration now shows its last use"
curl -s "$api/v1/user/authorized-integrations/$(echo "$integration" | jq .id)" -H "Authorization: token $pat" | jq '{audience, last_used}'
