#!/usr/bin/env bash
# How each command's cost grows with the data: check, summary, export (figures and cases),
# report (md, html), chart (svg, png), compare and render of every tab, on the SYNTHETIC sets
# of examples/gen_synthetic.rs at 1x, 10x, 100x and 1000x. Prints the median CPU time (user +
# system, which a loaded machine disturbs less than wall time) of RUNS runs per size and the
# growth per 10x, and exits 1 when any step grows more than 12x for 10x the rows (linear
# would be 10x; a quadratic step is 100x). A benchmark, not a test: run it by hand.
#   bash bench/scaling.sh            RUNS=3 by default; SIZES="1 10 100" to leave out 1000x
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || apt-get install -y -qq time
cargo build --release --quiet
cargo build --release --quiet --example gen_synthetic
BIN=$PWD/target/release/repdash
RUNS=${RUNS:-3}
SIZES=${SIZES:-"1 10 100 1000"}
LIMIT=12
OUT=$PWD/bench/out
mkdir -p "$OUT"
export REPDASH_CONFIG=/nonexistent

# One CPU-seconds figure: the median of RUNS runs of the command (output thrown away), from
# the kernel's accounting of the child (getrusage), to the microsecond.
cpu() {
  python3 - "$RUNS" "$@" <<'PY'
import resource, statistics, subprocess, sys
runs, cmd = int(sys.argv[1]), sys.argv[2:]
samples = []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    samples.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(f"{statistics.median(samples):.4f}")
PY
}

steps=(check summary export-figures export-cases report-md report-html chart-svg chart-png compare
       render-overview render-prisoners render-detentions render-administrative render-extremism
       render-articles render-coverage)
run_step() { # step, data dir
  local d=$2 tmp=$OUT/scaling-out
  case $1 in
    check) cpu "$BIN" --data "$d" check ;;
    summary) cpu "$BIN" --data "$d" summary --tab prisoners ;;
    export-figures) cpu "$BIN" --data "$d" export --rows figures --metric political_prisoners -o "$tmp.csv" --force ;;
    export-cases) cpu "$BIN" --data "$d" export --rows cases --article 411 -o "$tmp.csv" --force ;;
    report-md) cpu "$BIN" --data "$d" report --month 2024-01 --format md ;;
    report-html) cpu "$BIN" --data "$d" report --from 2024-01 --to 2024-12 --format html ;;
    chart-svg) cpu "$BIN" --data "$d" chart --metric political_prisoners -o "$tmp.svg" --force ;;
    chart-png) cpu "$BIN" --data "$d" chart --metric political_prisoners -o "$tmp.png" --force ;;
    compare) cpu "$BIN" --data "$d" compare 2023 2024 ;;
    render-*) cpu "$BIN" --data "$d" render --tab "${1#render-}" --size 120x40 ;;
  esac
}

declare -A T
for s in $SIZES; do
  d=$OUT/synthetic-${s}x
  [ -d "$d" ] || "$PWD/target/release/examples/gen_synthetic" "$s" "$d" >/dev/null
  for step in "${steps[@]}"; do T[$step,$s]=$(run_step "$step" "$d"); done
  echo "measured ${s}x" >&2
done

printf '%-22s' step; for s in $SIZES; do printf '%12s' "${s}x (s)"; done; printf '   growth per 10x\n'
failed=0
for step in "${steps[@]}"; do
  printf '%-22s' "$step"; prev=
  for s in $SIZES; do printf '%12s' "${T[$step,$s]}"; done
  growth=()
  for s in $SIZES; do
    if [ -n "$prev" ]; then
      g=$(awk -v a="${T[$step,$prev]}" -v b="${T[$step,$s]}" 'BEGIN { if (a < 0.0005) a = 0.0005; printf "%.1f", b / a }')
      growth+=("${g}x")
      # Below 20 ms a step is start-up cost, not growth: only larger ones are held to the limit.
      if awk -v g="$g" -v b="${T[$step,$s]}" -v l="$LIMIT" 'BEGIN { exit !(g > l && b > 0.02) }'; then
        failed=1; growth[-1]="${g}x (over ${LIMIT}x)"
      fi
    fi
    prev=$s
  done
  printf '   %s\n' "${growth[*]}"
done
exit $failed
