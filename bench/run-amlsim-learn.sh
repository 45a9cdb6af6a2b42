#!/usr/bin/env bash
# Learning from verdicts on the AMLSim development set: two folds by group (train on the even groups' accounts and
# the dismissed half of the others, measure on the odd ones, then the other way round). Per fold `flow learn
# --holdout` prints account precision, recall and F1 of the model (at its threshold chosen on the training labels,
# and at the best threshold) beside the rules alone on the same held-out accounts; `flow analyze --model` then ranks
# the findings and bench/amlsim/learn.py measures precision at the top 50/100 on the held-out half. See
# docs/benchmarks.md. Run under the shared lock: /work/bin/heavy bench/run-amlsim-learn.sh
set -euo pipefail
cd "$(dirname "$0")/.."
data="${NADIYA_AMLSIM:-../shared/data/amlsim}"
work="${TMPDIR:-/tmp}/nadiya-amlsim"
mkdir -p "$work"
[[ -f "$work/transactions.csv" ]] || xz -dc "$data/amlsim-dev-transactions.csv.xz" > "$work/transactions.csv"
[[ -f "$work/truth.csv" ]] || xz -dc "$data/amlsim-dev-truth.csv.xz" > "$work/truth.csv"
python3 bench/amlsim/learn.py labels "$work/truth.csv" "$work/transactions.csv" "$work"
for train in even odd; do
  test=$([[ $train == even ]] && echo odd || echo even)
  echo "=== trained on the $train half, measured on the $test half"
  start=$(date +%s.%N)
  ./nadiya flow learn --input "$work/transactions.csv" --labels "$work/labels-$train.csv" \
    --holdout "$work/labels-$test.csv" --out "$work/model-$train.json" > "$work/learn-$train.json"
  end=$(date +%s.%N)
  echo "learn (JVM start, load, rules, features, 3 folds + the final model, held-out scoring): $(echo "$end - $start" | bc) s"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(json.dumps({k: r[k] for k in ('threshold','trainedOn','holdout')}, indent=1))" "$work/learn-$train.json"
  ./nadiya flow analyze --input "$work/transactions.csv" --model "$work/model-$train.json" --out "$work/ranked-$train.json"
  python3 bench/amlsim/learn.py topk "$work/truth.csv" "$work/ranked-$train.json" "$test"
done
