#!/usr/bin/env bash
# Money-flow engine benchmark (see docs/benchmarks.md): ingest, typologies, traces, quality, DuckDB and JGraphT.
#   bench/run-flow.sh [transactions=1000000] [accounts=1000000] [sql-limit-seconds=300] [all|sql-only]
# Heap: NADIYA_BENCH_HEAP (default 8g). Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-flow.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests -pl bench -am install
MAVEN_OPTS="-Xmx${NADIYA_BENCH_HEAP:-8g} -XX:+UseParallelGC" \
  mvn -B -q -o -pl bench exec:java -Dbench.main=org.nadiya.bench.flow.FlowBenchmark \
  -Dexec.args="${1:-1000000} ${2:-1000000} ${3:-300} ${4:-all}"
