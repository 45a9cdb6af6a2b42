#!/bin/bash
# Upload + analysis of a generated 200,000-transaction statement through the finance API of a demo server on port
# 18481 (data in $TMPDIR/nadiya-finance-bench). Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-finance-api.sh
set -e
cd "$(dirname "$0")/.."
export NADIYA_DATA_DIR="${TMPDIR:-/tmp}/nadiya-finance-bench" NADIYA_DEMO_PASSWORD=demo-measure-password-1
rm -rf "${TMPDIR:-/tmp}/nadiya-finance-bench"
./nadiya flow generate --accounts 20000 --transactions 200000 --seed 11 --plant --out "${TMPDIR:-/tmp}"/nadiya-finance-200k.csv > /dev/null
ls -l "${TMPDIR:-/tmp}"/nadiya-finance-200k.csv
./nadiya demo --port 18481 > "${TMPDIR:-/tmp}/nadiya-finance-bench".log 2>&1 &
server=$!
trap 'kill $server' EXIT
for i in $(seq 1 120); do curl -s -o /dev/null http://127.0.0.1:18481/login && break; sleep 1; done
token=$(./nadiya user token prosecutor --json | sed 's/.*"token" *: *"\([^"]*\)".*/\1/')
p=$(curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "proceeding $p"
t0=$(date +%s.%N)
curl -s -o "${TMPDIR:-/tmp}"/nadiya-finance-upload.json -w "upload HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" \
  -F "file=@"${TMPDIR:-/tmp}"/nadiya-finance-200k.csv;type=text/csv" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/statements
cat "${TMPDIR:-/tmp}"/nadiya-finance-upload.json | head -c 400; echo
sid=$(grep -o '"id":[0-9]*' "${TMPDIR:-/tmp}"/nadiya-finance-upload.json | head -1 | cut -d: -f2)
t1=$(date +%s.%N)
a=$(curl -s -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d "{\"statementIds\":[$sid]}" \
  http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses | grep -o '"id":[0-9]*' | cut -d: -f2)
while curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a | grep -q RUNNING; do sleep 0.2; done
t2=$(date +%s.%N)
curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a | head -c 600; echo
echo "analysis (load + 11 typologies + store) $(echo "$t2 - $t1" | bc) s"
f=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings?typology=fan-in" | grep -o '"id":"F[0-9]*"' | head -1 | cut -d'"' -f4)
curl -s -o /dev/null -w "finding graph HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings/$f/graph
curl -s -o /dev/null -w "findings CSV HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings.csv
