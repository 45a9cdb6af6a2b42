#!/usr/bin/env bash
# Screen engine throughput (see docs/benchmarks.md):
#   bench/run-screen.sh [ads=50000] [seed=5]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl bench -am install
MAVEN_OPTS="${MAVEN_OPTS:--Xmx2g}" mvn -B -q -pl bench exec:java -Dbench.main=org.nadiya.bench.screen.ScreenBenchmark -Dexec.args="$*"
