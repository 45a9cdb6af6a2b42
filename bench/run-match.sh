#!/usr/bin/env bash
# Match engine benchmarks (see docs/benchmarks.md):
#   bench/run-match.sh pairs  [pairs=200000] [seed=7]
#   bench/run-match.sh dedupe [records=1000000] [seed=11]
#   bench/run-match.sh hits   [database=10000000] [queries=1000] [seed=13]
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:?name a benchmark: pairs, dedupe or hits}"; shift
case "$what" in
  pairs) main=org.nadiya.bench.match.PairsBenchmark ;;
  dedupe) main=org.nadiya.bench.match.DedupeBenchmark ;;
  hits) main=org.nadiya.bench.match.HitsBenchmark ;;
  *) echo "unknown benchmark '$what': pairs, dedupe or hits" >&2; exit 2 ;;
esac
mvn -B -q -DskipTests -pl bench -am install
MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}" mvn -B -q -pl bench exec:java -Dbench.main="$main" -Dexec.args="$*"
