#!/usr/bin/env bash
# 200 concurrent name searches for 60 s against the demo on this machine (issue 15, point 2; docs/benchmarks.md).
#   bench/run-links-search-load.sh [threads=200] [seconds=60] [pool=10]
# Builds the jar when missing, starts the demo on 127.0.0.1:${NADIYA_BENCH_PORT:-8101} with a fresh data directory,
# issues a token to the demo prosecutor and runs bench's HttpLoad (GET /api/v1/links/search?q=Olena); stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
threads="${1:-200}"; seconds="${2:-60}"; pool="${3:-10}"
port="${NADIYA_BENCH_PORT:-8101}"
data="$(mktemp -d /tmp/nadiya-bench-load.XXXXXX)"
jar=app/target/nadiya-exec.jar
[[ -f "$jar" ]] || mvn -B -q -DskipTests -pl app -am package
NADIYA_DATA_DIR="$data" SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE="$pool" java ${NADIYA_BENCH_JAVA_OPTS:-} \
  -jar "$jar" demo --port "$port" --data-dir "$data" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  grep -q "Nadiya demo: http" "$data/server.log" && break
  kill -0 $server 2>/dev/null || { cat "$data/server.log"; exit 1; }
  sleep 1
done
token="$(NADIYA_DATA_DIR="$data" java -jar "$jar" user token prosecutor --days 1 --json | sed -E 's/.*"token":"([^"]+)".*/\1/')"
echo "server: pool $pool, $(nproc) cores; load: $threads threads for $seconds s"
java bench/src/main/java/org/nadiya/bench/HttpLoad.java "http://127.0.0.1:$port/api/v1/links/search?q=Olena" \
  "$token" "$threads" "$seconds"
