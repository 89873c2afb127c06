#!/usr/bin/env python3
"""The benchmark task done by the peers a monitor might use instead of repdash.

Task: load every month snapshot of DIR, keep one metric over a month range, write the rows to
CSV (the columns `repdash export --rows figures` writes); or, for the case register, keep one
article over the range. Usage: peers.py TOOL TASK DIR OUT FROM TO KEY
  TOOL: pandas | visidata     TASK: figures | cases     KEY: metric (figures) or article (cases)
(DuckDB runs as its own CLI from compare.py.)"""
import glob
import os
import sys

COLS = ["month", "metric", "article", "value", "qualifier", "as_of", "source_url", "source_title", "published", "note"]


def month_of(path):
    return os.path.basename(path)[:-4]


def pandas_figures(d, out, lo, hi, metric):
    import pandas as pd
    frames = []
    for path in sorted(glob.glob(os.path.join(d, "snapshots", "*.csv"))):
        m = month_of(path)
        f = pd.read_csv(path, dtype=str, keep_default_na=False)
        f.insert(0, "month", m)
        frames.append(f)
    df = pd.concat(frames, ignore_index=True)
    df = df[(df["metric"] == metric) & (df["month"] >= lo) & (df["month"] <= hi)]
    df[COLS].to_csv(out, index=False)


def pandas_cases(d, out, lo, hi, article):
    import pandas as pd
    df = pd.read_csv(os.path.join(d, "cases.csv"), dtype=str, keep_default_na=False)
    has = df["articles"].str.split(";").apply(lambda xs: article in xs)
    df = df[has & (df["month"] >= lo) & (df["month"] <= hi)]
    df.to_csv(out, index=False)


def vd_rows(path):
    from visidata import vd
    sheet = vd.openSource(path, filetype="csv")
    sheet.ensureLoaded()
    vd.sync()
    names = [c.name for c in sheet.visibleCols]
    for row in sheet.rows:
        yield dict(zip(names, (c.getValue(row) for c in sheet.visibleCols)))


def visidata_figures(d, out, lo, hi, metric):
    import csv
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLS)
        for path in sorted(glob.glob(os.path.join(d, "snapshots", "*.csv"))):
            m = month_of(path)
            if not (lo <= m <= hi):
                continue
            for r in vd_rows(path):
                if r["metric"] == metric:
                    w.writerow([m] + [r[c] for c in COLS[1:]])


def visidata_cases(d, out, lo, hi, article):
    import csv
    with open(out, "w", newline="") as fh:
        w = None
        for r in vd_rows(os.path.join(d, "cases.csv")):
            if w is None:
                w = csv.writer(fh, lineterminator="\n")
                w.writerow(list(r.keys()))
            if article in r["articles"].split(";") and lo <= r["month"] <= hi:
                w.writerow(list(r.values()))


if __name__ == "__main__":
    tool, task, d, out, lo, hi, key = sys.argv[1:8]
    globals()[f"{tool}_{task}"](d, out, lo, hi, key)
