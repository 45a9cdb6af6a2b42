#!/usr/bin/env bash
# Money-flow engine benchmark (see docs/benchmarks.md): ingest, typologies, traces, quality, DuckDB and JGraphT.
#   bench/run-flow.sh [transactions=1000000] [accounts=1000000] [sql-limit-seconds=300] [all|sql-only]
# Heap: NADIYA_BENCH_HEAP (default 8g); ingest repetitions: NADIYA_BENCH_INGEST_RUNS (default 3).
# Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-flow.sh
# Builds the reactor's classes (no install into ~/.m2, so other worktrees' snapshots stay untouched) and runs
# the benchmark in its own JVM on them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java "-Xmx${NADIYA_BENCH_HEAP:-8g}" -XX:+UseParallelGC \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.nadiya.bench.flow.FlowBenchmark \
  "${1:-1000000}" "${2:-1000000}" "${3:-300}" "${4:-all}"
