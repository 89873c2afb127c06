#!/usr/bin/env bash
# Whole-process time of the report and chart commands on the embedded (real) data: the
# target in docs/performance.md is under 50 ms each. Runs the release binary RUNS times per
# command (after one warm-up) and prints the median and the slowest, in milliseconds.
# Usage: bash bench/outputs.sh   (RUNS=30 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="$PWD/target/release/repdash"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
RUNS=${RUNS:-30}
measure() { # name, args...
  local name=$1; shift
  "$bin" "$@" >/dev/null
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s%N)
    "$bin" "$@" >/dev/null
    t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-28s median %6.1f ms  max %6.1f ms  (%d runs)\n", n, a[int((NR+1)/2)]/1000, a[NR]/1000, NR}'
}
measure "report md (month)" report --month 2024-01
measure "report html (year)" report --from 2024-01 --to 2024-12 --format html
measure "report json (year)" report --from 2024-01 --to 2024-12 --format json
measure "chart svg" chart --metric political_prisoners --from 2020-08 --force -o "$out/pp.svg"
measure "chart png" chart --metric political_prisoners --from 2020-08 --force -o "$out/pp.png"
measure "compare 2023 2024" compare 2023 2024 --tab prisoners
