#!/usr/bin/env bash
# Proceedings list/search benchmark on PostgreSQL (see docs/benchmarks.md).
#   bench/run-proceedings-search.sh [count=100000] [queries=3600]
# PostgreSQL: NADIYA_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/nadiya_bench; created when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
url="${NADIYA_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/nadiya_bench}"
db="${url##*/}"; db="${db%%\?*}"
if [[ -z "${NADIYA_BENCH_PG_URL:-}" ]] && ! psql -h 127.0.0.1 -U postgres -Atqc "select 1 from pg_database where datname='$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "create database $db"
fi
mvn -B -q -DskipTests -pl bench -am install
mvn -B -q -pl bench exec:java -Dbench.main=org.nadiya.bench.ProceedingSearchBenchmark -Dexec.args="${1:-100000} ${2:-3600}"
