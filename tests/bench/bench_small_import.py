#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times a one-row import (`kai-dashboard import-gpu-usage`) into a large database, the way an official
adds a late report: with the nodes' spans kept by the previous import (GpuNodeSpanCache), and without
them (their verdict deleted first, so the import reads every usage row as before it kept them),
alternating, in the same run. Each run imports a row no run imported before, so the database grows by
one row a run: give it a copy.

Usage: tests/bench/bench_small_import.py DB [--runs N] [--app KAI_DASHBOARD]
"""
import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed_import(app, db, csv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run([app, "import-gpu-usage", csv, "--db", db], capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"import failed ({result.returncode}): {result.stdout}{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def forget_kept_spans(db):
    with sqlite3.connect(db) as connection:
        connection.execute("DELETE FROM content_verified WHERE rule = 'gpu-node-spans'")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--app", default=os.path.join(HERE, "..", "..", "app", "kai-dashboard"))
    options = parser.parse_args()
    rows = sqlite3.connect(options.db).execute("SELECT count(*) FROM gpu_usage").fetchone()[0]
    figures = {"kept spans": [], "spans read from the rows": []}
    with tempfile.TemporaryDirectory() as work:
        csv = os.path.join(work, "one-row.csv")
        # A first import keeps the spans (a database imported by an earlier version has none yet).
        for run in range(2 * options.runs + 1):
            with open(csv, "w", encoding="utf-8") as out:
                out.write("period_start,consortium,gpu_model,gpu_hours_used,provider,node,utilization_pct\n")
                out.write(f"2027-06-{1 + run // 24:02d}T{run % 24:02d}:00Z,lg,B200,4,,bench-one-row,50\n")
            kept = run % 2 == 1
            if run > 0 and not kept:
                forget_kept_spans(options.db)
            wall, cpu = timed_import(options.app, options.db, csv)
            if run > 0:
                figures["kept spans" if kept else "spans read from the rows"].append((wall, cpu))
    print(f"one-row import into {options.db} ({rows:,} usage rows), median of {options.runs} runs each, "
          f"load average {os.getloadavg()[0]:.1f}")
    for name, runs in figures.items():
        print(f"{name}: {statistics.median(w for w, _ in runs):.3f} s wall, "
              f"{statistics.median(c for _, c in runs):.3f} s CPU")


if __name__ == "__main__":
    main()
