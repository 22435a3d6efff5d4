#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# How cost grows with the row count (issue 19, "Scale beyond today's data"): for each size, one at a
# time and niced, generates valid usage rows (UsageCsvGenerator), imports them with bench_gpu_import
# (against `sqlite3 .import` of the same file, alternating) and runs bench_interaction on the
# imported database; prints one table row per size: import wall and CPU per row, the wall ratio to
# .import, the import's peak memory, the slowest as-of/filter/language change, start against a bare
# window, and the app's peak memory with every view visited.
# Usage: tests/bench/bench_scale.sh BUILD_DIR WORK_DIR [ROWS ...]   (default 1000000 10000000 30000000)
#        IMPORT_RUNS (default 1) and VIEW_RUNS (default 3) set the runs per size.
set -eu
build=$1
work=$2
shift 2
[ $# -gt 0 ] || set -- 1000000 10000000 30000000
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen
printf '| rows | import wall per row | import CPU per row (both threads) | wall ratio to .import | import peak RSS | slowest change, any view (CPU) | start / bare window | app peak memory, every view |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for rows in "$@"; do
    log="$work/scale-$rows.log"
    rm -rf "$work"/bench-gpu-*
    nice -n 5 "$build/tests/bench/bench_gpu_import" --rows "$rows" --runs "${IMPORT_RUNS:-1}" --dir "$work" --keep >"$log" 2>&1
    db=$(ls "$work"/bench-gpu-*/kai.db)
    nice -n 5 "$build/tests/bench/bench_interaction" --db "$db" --runs "${VIEW_RUNS:-3}" >>"$log" 2>&1
    wall=$(sed -n 's/^kai importer: median .* s, \(.*\) us\/row$/\1/p' "$log")
    cpu=$(sed -n 's/^CPU: sqlite3 .* importer .* s (\(.*\) us\/row).*/\1/p' "$log")
    ratio=$(sed -n 's/^ratio importer \/ sqlite3 .import: median \([0-9.]*\).*/\1/p' "$log")
    rss=$(sed -n 's/^peak RSS during import: \([0-9]*\) MB.*/\1/p' "$log")
    # The slowest change by CPU time: at the shared machine's load the wall times mostly measure waiting.
    change=$(sed -n 's/^.* change on .*(CPU \([0-9.]*\) ms).*$/\1/p' "$log" | sort -n | tail -1)
    start=$(sed -n 's/^start to first painted window: .* ratio \([0-9.]*\).*/\1/p' "$log")
    app=$(sed -n 's/^peak memory with every view visited: \([0-9]*\) MB.*/\1/p' "$log")
    printf '| %s | %s µs | %s µs | %s | %s MB | %s ms | %s × | %s MB |\n' "$rows" "$wall" "$cpu" "$ratio" "$rss" "$change" "$start" "$app"
    rm -rf "$work"/bench-gpu-*
done
printf 'load average %s; %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
