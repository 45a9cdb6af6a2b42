#!/usr/bin/env bash
# Hit detection in PostgreSQL at 10,000,000 stored identifiers (see docs/benchmarks.md, docs/links.md):
#   bench/run-link-hits-pg.sh [identifiers=10000000] [batch=1000] [repetitions=11]
# PostgreSQL: NADIYA_BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/nadiya_bench_links; created when
# missing). Plain JDBC and the PostgreSQL driver from the local Maven repository: no Spring, no Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${NADIYA_BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/nadiya_bench_links}"
db="${url##*/}"; db="${db%%\?*}"
if ! psql -h 127.0.0.1 -U postgres -Atqc "select 1 from pg_database where datname='$db'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "create database $db"
fi
driver="$(find "${HOME}/.m2/repository/org/postgresql/postgresql" -name 'postgresql-*.jar' | sort -V | tail -1)"
out=bench/target/pg-hits
mkdir -p "$out"
javac -d "$out" bench/src/main/java/org/nadiya/bench/links/PgHitsBenchmark.java
NADIYA_BENCH_PG_URL="$url" java -cp "$out:$driver" org.nadiya.bench.links.PgHitsBenchmark "$@"
