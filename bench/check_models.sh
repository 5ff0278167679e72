#!/usr/bin/env bash
# The shipped models are what the learn scripts write from the evaluation data: each script
# is run into a temporary file and compared, byte for byte, with the committed model.
#   bash bench/check_models.sh ../shared/eval
set -euo pipefail
data="${1:?usage: check_models.sh EVAL_FOLDER}"
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
for pair in summary:summ_bbc_news_summary.jsonl title:summ_bbc_news_summary.jsonl \
            keywords:kp_500n_kpcrowd.jsonl; do
  model="${pair%%:*}" gold="${pair#*:}"
  .venv/bin/python "bench/learn_$model.py" "$data/$gold" --out "$tmp/$model.json" > "$tmp/$model.log"
  if cmp -s "$tmp/$model.json" "digest/analyze/models/$model.json"; then
    echo "models/$model.json: bench/learn_$model.py writes it again, byte for byte"
  else
    echo "models/$model.json: differs from what bench/learn_$model.py writes now; rerun it"
    diff "$tmp/$model.json" "digest/analyze/models/$model.json" | head -20 || true
    status=1
  fi
done
exit $status
