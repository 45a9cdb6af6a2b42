#!/usr/bin/env bash
# Match engine benchmarks (see docs/benchmarks.md):
#   bench/run-match.sh pairs  [pairs=200000] [seed=7]
#   bench/run-match.sh dedupe [records=1000000] [seed=11]
#   bench/run-match.sh hits   [database=10000000] [queries=1000] [seed=13]
# Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-match.sh pairs
# Builds the reactor's classes (no install into ~/.m2, so other worktrees' snapshots stay untouched) and runs the
# benchmark in its own JVM on them; heap NADIYA_BENCH_HEAP (default 6g).
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:?name a benchmark: pairs, dedupe or hits}"; shift
case "$what" in
  pairs) main=org.nadiya.bench.match.PairsBenchmark ;;
  dedupe) main=org.nadiya.bench.match.DedupeBenchmark ;;
  hits) main=org.nadiya.bench.match.HitsBenchmark ;;
  *) echo "unknown benchmark '$what': pairs, dedupe or hits" >&2; exit 2 ;;
esac
mvn -B -q -o -DskipTests -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java "-Xmx${NADIYA_BENCH_HEAP:-6g}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" "$main" "$@"
