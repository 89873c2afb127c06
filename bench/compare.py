#!/usr/bin/env python3
"""Side-by-side benchmark: repdash against DuckDB CLI, pandas and VisiData on the same task.

For the real data and SYNTHETIC data at 10x, 100x and 1000x: load every month snapshot, keep
one metric over a month range, write CSV (task "figures"); and keep one article of the case
register over the range (task "cases"). Checks that every tool wrote the same rows, then runs
all tools in alternating rounds and reports median wall time of the bare commands, peak
RSS of one run under /usr/bin/time, and the ratio repdash/peer. Run through bench/compare.sh, which installs the peers."""
import csv
import os
import shutil
import statistics
import subprocess
import tempfile
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
BIN = os.path.join(ROOT, "target", "release", "repdash")
LO, HI, METRIC, ARTICLE = "2021-01", "2060-12", "political_prisoners", "411"
SLOW = 60.0  # a tool whose first run takes longer than this runs once at that size


SNAPSHOT_COLUMNS = ["metric", "article", "value", "qualifier", "as_of", "source_url", "source_title", "published", "note"]
CASES_COLUMNS = ["date", "month", "person", "event", "articles", "sentence_months", "court", "source_url", "note"]


def duckdb_source(glob, columns, filename=False):
    """DuckDB's read_csv with the columns given: its fastest form, and the sniffer's guesses
    (it took a month file with all-empty columns for one without a header: "schema mismatch
    in glob") are not made."""
    cols = ", ".join(f"'{c}': 'VARCHAR'" for c in columns)
    extra = ", filename=true" if filename else ""
    return (f"read_csv('{glob}', header=true, auto_detect=false, delim=',', quote='\"', escape='\"', "
            f"columns={{{cols}}}{extra})")


def duckdb_sql(task, d, out):
    if task == "figures":
        src = duckdb_source(f"{d}/snapshots/*.csv", SNAPSHOT_COLUMNS, filename=True)
        inner = (f"SELECT regexp_extract(filename, '([0-9]{{4}}-[0-9]{{2}})\\.csv$', 1) AS month, metric, article, value, "
                 f"qualifier, as_of, source_url, source_title, published, note FROM {src}")
        q = f"SELECT * FROM ({inner}) WHERE metric = '{METRIC}' AND month BETWEEN '{LO}' AND '{HI}'"
    else:
        q = (f"SELECT * FROM {duckdb_source(f'{d}/cases.csv', CASES_COLUMNS)} "
             f"WHERE list_contains(string_split(articles, ';'), '{ARTICLE}') AND month BETWEEN '{LO}' AND '{HI}'")
    return f"COPY ({q}) TO '{out}' (HEADER, DELIMITER ',')"


def duckdb_binary():
    """The DuckDB executable itself. `pip install duckdb-cli` puts a Python script named
    `duckdb` on PATH that starts Python, then the bundled binary in a subprocess: timing the
    script counted about 40 ms of Python's start as DuckDB's (found 2026-12-07; every DuckDB
    time in docs/performance.md before that date has it)."""
    try:
        import duckdb_cli
    except ImportError:
        return shutil.which("duckdb") or "duckdb"
    bundled = os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb")
    return bundled if os.access(bundled, os.X_OK) else (shutil.which("duckdb") or "duckdb")


def commands(task, d):
    key = METRIC if task == "figures" else ARTICLE
    flag = ["--metric", METRIC] if task == "figures" else ["--article", ARTICLE]
    out = lambda tool: os.path.join(OUT, f"{tool}-{task}.csv")
    return {
        "repdash": ([BIN, "--data", d, "export", "--rows", task, *flag, "--from", LO, "--to", HI, "-o", out("repdash"), "--force"], out("repdash")),
        "duckdb": ([duckdb_binary(), "-c", duckdb_sql(task, d, out("duckdb"))], out("duckdb")),
        "pandas": ([sys.executable, os.path.join(ROOT, "bench", "peers.py"), "pandas", task, d, out("pandas"), LO, HI, key], out("pandas")),
        "visidata": ([sys.executable, os.path.join(ROOT, "bench", "peers.py"), "visidata", task, d, out("visidata"), LO, HI, key], out("visidata")),
    }


def timed(cmd):
    """Wall seconds of one run of the bare command. Not through /usr/bin/time: its own start
    counted in both tools' time and compressed the ratios at real size, where repdash takes a
    few milliseconds."""
    env = {**os.environ, "REPDASH_CONFIG": "/nonexistent"}
    # /dev/null opened for writing only: repdash takes a read-write /dev/null on standard
    # output for a closed one (what the Rust runtime puts there) and says so.
    with tempfile.TemporaryFile() as err, open(os.devnull, "wb") as out:
        t = time.perf_counter()
        code = subprocess.run(cmd, stdout=out, stderr=err, env=env).returncode
        wall = time.perf_counter() - t
        if code != 0:
            err.seek(0)
            raise SystemExit(f"failed: {' '.join(cmd)}\n{err.read().decode(errors='replace')}")
    return wall


def peak_rss(cmd):
    """Peak RSS (MB) of one run, via /usr/bin/time (a child's own resource use would include
    the Python process it was forked from)."""
    env = {**os.environ, "REPDASH_CONFIG": "/nonexistent"}
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr}")
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        next(r, None)
        return sorted(tuple(c.strip() for c in row) for row in r)


def run(size, d, runs):
    results = []
    for task in ("figures", "cases"):
        cmds = commands(task, d)
        rss = {tool: peak_rss(cmd) for tool, (cmd, _) in cmds.items()}  # also warms up
        ref = rows(cmds["repdash"][1])
        for tool, (_, out) in cmds.items():
            got = rows(out)
            status = "same rows" if got == ref else f"DIFFERENT ({len(got)} vs {len(ref)} rows)"
            print(f"  {size} {task}: {tool}: {len(got)} rows, {status}", flush=True)
            if got != ref:
                raise SystemExit(f"{tool} disagrees with repdash on {size} {task}")
        samples = {tool: [] for tool in cmds}
        tools = list(cmds.items())
        for i in range(runs):
            # Each round starts with the next tool: a run right after VisiData's (385 MB
            # freed at 1000x, which this VM's kernel reclaims as the next process starts)
            # was up to 1.7x slower, and the fixed order gave that place to repdash alone.
            for tool, (cmd, _) in tools[i % len(tools):] + tools[:i % len(tools)]:
                if i > 0 and samples[tool] and samples[tool][0] > SLOW:
                    continue
                samples[tool].append(timed(cmd))
        med = {t: (statistics.median(s), rss[t], len(s)) for t, s in samples.items()}
        for tool, (wall, rss, n) in med.items():
            ratio = med["repdash"][0] / wall
            results.append((size, task, tool, len(ref), wall, rss, n, ratio))
    return results


def main():
    runs = int(os.environ.get("RUNS", "5"))
    os.makedirs(OUT, exist_ok=True)
    sizes = [("real", os.path.join(ROOT, "data"))]
    for scale in (10, 100, 1000):
        d = os.path.join(OUT, f"synthetic-{scale}x")
        if os.environ.get("SIZES") and f"{scale}x" not in os.environ["SIZES"]:
            continue
        if not os.path.isdir(d):
            subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "gen_synthetic", "--", str(scale), d], check=True, cwd=ROOT)
        sizes.append((f"{scale}x", d))
    results = []
    wanted = os.environ.get("SIZES")
    if wanted:
        sizes = [(s, d) for s, d in sizes if s in wanted.split(",")]
    for size, d in sizes:
        print(f"{size}: {d}", flush=True)
        results += run(size, d, runs if size != "1000x" else max(3, runs // 2))
    lines = ["| data | task | tool | rows | median wall (s) | peak RSS (MB) | runs | repdash time / tool time |",
             "|---|---|---|---|---|---|---|---|"]
    for size, task, tool, n, wall, rss, k, ratio in results:
        lines.append(f"| {size} | {task} | {tool} | {n} | {wall:.3f} | {rss:.1f} | {k} | {ratio:.2f} |")
    table = "\n".join(lines)
    print(table)
    with open(os.path.join(OUT, "results.md"), "w") as fh:
        fh.write(table + "\n")


if __name__ == "__main__":
    main()
