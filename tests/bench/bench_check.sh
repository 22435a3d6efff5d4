#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times `kai-dashboard check` (quick, the default) and `check --full` on a database against
# `sqlite3 DB 'PRAGMA quick_check'` in the same run: medians of RUNS runs (default 5), wall seconds.
# Usage: tests/bench/bench_check.sh DB [KAI_DASHBOARD]   (default: build/app/kai-dashboard of this checkout)
set -eu
db=$1
app=${2:-$(dirname "$0")/../../build/app/kai-dashboard}
runs=${RUNS:-5}
# A missing program would fail every run at once and print 0.00 s for each.
if [ ! -x "$app" ]; then
    echo "bench_check.sh: $app is not an executable; give the built kai-dashboard as the second argument" >&2
    exit 2
fi

median() {  # median wall time of running "$@" $runs times
    i=0
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s.%N)
        echo "$end - $start" | bc -l
        i=$((i + 1))
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", t[int((NR + 1) / 2)] }'
}

echo "database $db, median of $runs runs, load average $(cut -d' ' -f1 /proc/loadavg)"
reference=$(median sqlite3 -readonly "$db" 'PRAGMA quick_check')
echo "reference: sqlite3 PRAGMA quick_check: $reference s"
quick=$(median "$app" check --db "$db")
echo "kai-dashboard check: $quick s ($(echo "$quick / $reference" | bc -l | cut -c1-4) x quick_check)"
full=$(median "$app" check --full --db "$db")
echo "kai-dashboard check --full: $full s ($(echo "$full / $reference" | bc -l | cut -c1-4) x quick_check)"
echo "load average at the end $(cut -d' ' -f1 /proc/loadavg)"
