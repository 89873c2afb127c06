#!/usr/bin/env bash
# repdash side by side with DuckDB CLI, pandas and VisiData (all from PyPI) on the same task,
# on the real data and on SYNTHETIC data at 10x/100x/1000x. Results: bench/out/results.md.
# RUNS=5 sets the alternating rounds (1000x uses half as many, at least 3).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v duckdb >/dev/null || pip install -q duckdb-cli
python3 -c 'import pandas' 2>/dev/null || pip install -q pandas
python3 -c 'import visidata' 2>/dev/null || pip install -q visidata
[ -x /usr/bin/time ] || apt-get install -y -qq time
cargo build --release --quiet
cargo build --release --quiet --example gen_synthetic
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%Y-%m-%d)"
# The bundled binary, not the Python launcher pip puts on PATH (compare.py times the same).
duckdb_bin=$(cd bench && python3 -c 'import compare; print(compare.duckdb_binary())')
echo "versions: duckdb $("$duckdb_bin" --version | head -1) ($duckdb_bin); pandas $(python3 -c 'import pandas; print(pandas.__version__)'); visidata $(python3 -c 'import visidata; print(visidata.__version__)')"
python3 bench/compare.py
