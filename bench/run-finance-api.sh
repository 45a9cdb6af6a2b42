#!/bin/bash
# Upload + analysis of a generated canonical statement through the finance API of a demo server on port 18481
# (data in $TMPDIR/nadiya-finance-bench). Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-finance-api.sh
# Sizes and heap from the environment:
#   FINANCE_TX (transactions, default 200000 = 20 MB), FINANCE_ACCOUNTS (default 20000),
#   FINANCE_HEAP (server -Xmx, default: the JVM's own), e.g.
#   FINANCE_TX=2000000 FINANCE_ACCOUNTS=200000 FINANCE_HEAP=512m flock /tmp/nadiya-heavy.lock bench/run-finance-api.sh
# The server logs its garbage collections to $TMPDIR/nadiya-finance-bench-gc.log; the script reports the largest heap
# in use after a collection (what the server had to hold).
set -e
cd "$(dirname "$0")/.."
tmp="${TMPDIR:-/tmp}"
tx="${FINANCE_TX:-200000}"
accounts="${FINANCE_ACCOUNTS:-20000}"
export NADIYA_DATA_DIR="$tmp/nadiya-finance-bench" NADIYA_DEMO_PASSWORD=demo-measure-password-1
rm -rf "$tmp/nadiya-finance-bench" "$tmp/nadiya-finance-bench-gc.log"
csv="$tmp/nadiya-finance-$tx.csv"
./nadiya flow generate --accounts "$accounts" --transactions "$tx" --seed 11 --plant --out "$csv" > /dev/null
ls -l "$csv"
NADIYA_JAVA_OPTS="${FINANCE_HEAP:+-Xmx$FINANCE_HEAP} -Xlog:gc:file=$tmp/nadiya-finance-bench-gc.log" \
  ./nadiya demo --port 18481 > "$tmp/nadiya-finance-bench".log 2>&1 &
server=$!
trap 'kill $server' EXIT
for i in $(seq 1 180); do curl -s -o /dev/null http://127.0.0.1:18481/login && break; sleep 1; done
token=$(./nadiya user token prosecutor --json | sed 's/.*"token" *: *"\([^"]*\)".*/\1/')
p=$(curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
echo "proceeding $p, server heap ${FINANCE_HEAP:-default}"
curl -s -o "$tmp"/nadiya-finance-upload.json -w "upload HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" \
  -F "file=@$csv;type=text/csv" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/statements
head -c 400 "$tmp"/nadiya-finance-upload.json; echo
sid=$(grep -o '"id":[0-9]*' "$tmp"/nadiya-finance-upload.json | head -1 | cut -d: -f2)
t1=$(date +%s.%N)
a=$(curl -s -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d "{\"statementIds\":[$sid]}" \
  http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses | grep -o '"id":[0-9]*' | cut -d: -f2)
while curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a | grep -q RUNNING; do sleep 0.5; done
t2=$(date +%s.%N)
curl -s -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a | head -c 600; echo
echo "analysis (decrypt chunks, load, 11 typologies, store) $(echo "$t2 - $t1" | bc) s"
f=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings?typology=fan-in" | grep -o '"id":"F[0-9]*"' | head -1 | cut -d'"' -f4)
curl -s -o /dev/null -w "finding graph HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings/$f/graph
curl -s -o /dev/null -w "findings CSV HTTP %{http_code} in %{time_total} s\n" -H "Authorization: Bearer $token" http://127.0.0.1:18481/api/v1/proceedings/$p/finance/analyses/$a/findings.csv
curl -s -D "$tmp"/nadiya-finance-download.headers -o "$tmp"/nadiya-finance-download.bin -w "download of the original HTTP %{http_code} in %{time_total} s\n" \
  -H "Authorization: Bearer $token" http://127.0.0.1:18481/proceedings/$p/finance/statements/$sid/file
if cmp -s "$csv" "$tmp"/nadiya-finance-download.bin; then echo "download byte-identical, $(grep -i x-content-sha256 "$tmp"/nadiya-finance-download.headers | tr -d '\r')"; else echo "download differs (or the route needs a session)"; fi
echo "sha256 of the file: $(sha256sum "$csv" | cut -c1-64)"
grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$tmp/nadiya-finance-bench-gc.log" | sed 's/.*->\([0-9]*\)M(\([0-9]*\)M)/\1 \2/' \
  | sort -n | tail -1 | awk '{print "largest heap in use after a GC: " $1 " MB (heap size " $2 " MB)"}'
# Full collections come in pairs when the heap is tight: the second also clears soft references (the embedded H2's
# page cache), and what it leaves is what the server really had to hold at that moment.
echo "heap left after each full GC (MB, uptime): $(grep "Pause Full" "$tmp/nadiya-finance-bench-gc.log" \
  | sed 's/^\[\([0-9.]*\)s\].*->\([0-9]*\)M(.*/\2@\1s/' | tr '\n' ' ')"
rm -f "$tmp"/nadiya-finance-download.bin
