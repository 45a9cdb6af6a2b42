#!/usr/bin/env bash
# The AMLSim development set through `./nadiya flow analyze` with the default rules, scored with the set's own
# score.py (group recall per typology, account precision, precision at the top 50/100 findings) and by halves
# (bench/amlsim/halves.py). See docs/benchmarks.md.
#   bench/run-amlsim.sh [extra analyze options, e.g. --model FILE]
# Run under the shared lock: flock /tmp/nadiya-heavy.lock bench/run-amlsim.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data="${NADIYA_AMLSIM:-../shared/data/amlsim}"
work="${TMPDIR:-/tmp}/nadiya-amlsim"
mkdir -p "$work"
[[ -f "$work/transactions.csv" ]] || xz -dc "$data/amlsim-dev-transactions.csv.xz" > "$work/transactions.csv"
[[ -f "$work/truth.csv" ]] || xz -dc "$data/amlsim-dev-truth.csv.xz" > "$work/truth.csv"
start=$(date +%s.%N)
./nadiya flow analyze --input "$work/transactions.csv" --out "$work/alerts.json" "$@"
end=$(date +%s.%N)
echo "analyze (JVM start, load, all typologies, JSON): $(echo "$end - $start" | bc) s"
python3 "$data/score.py" "$work/truth.csv" "$work/alerts.json" --exclude random
python3 bench/amlsim/halves.py "$work/truth.csv" "$work/alerts.json"
