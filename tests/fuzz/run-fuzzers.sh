#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in a build directory of their own and runs each for a
# bounded time. Fails on any crash, sanitizer report, timeout or out-of-memory.
#   tests/fuzz/run-fuzzers.sh [SECONDS_EACH]     (default 60; or KAI_FUZZ_SECONDS)
# Environment: KAI_FUZZ_BUILD_DIR (default build-fuzz), KAI_FUZZ_JOBS (build jobs, default 2),
# KAI_FUZZ_TARGETS (default: all five), CXX (default clang++-14).
set -eu

seconds=${1:-${KAI_FUZZ_SECONDS:-60}}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${KAI_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}
targets=${KAI_FUZZ_TARGETS:-"fuzz_csv_reader fuzz_iso_timestamp fuzz_usage_row fuzz_command_line fuzz_xlsx_reader"}
compiler=${CXX:-clang++-14}

launcher=""
if command -v ccache >/dev/null 2>&1; then
    launcher="-DCMAKE_CXX_COMPILER_LAUNCHER=ccache"
fi
# -O1 with line tables: fast to build, and stack traces still name file and line.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER="$compiler" \
    -DKAI_FUZZ=ON -DKAI_BUILD_TESTS=OFF $launcher >/dev/null
# shellcheck disable=SC2086
cmake --build "$build_dir" --target $targets -- -j"${KAI_FUZZ_JOBS:-2}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

failed=""
summary=""
for target in $targets; do
    name=${target#fuzz_}
    work="$build_dir/fuzz-corpus/$name"
    artifacts="$build_dir/fuzz-artifacts"
    mkdir -p "$work" "$artifacts"
    log="$build_dir/fuzz-$name.log"
    # The repository's seeds are read, never written: new inputs go to the build directory.
    if "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts/$name-" \
        "$work" "$source_dir/tests/fuzz/corpus/$name" >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed="$failed $target"
        tail -n 60 "$log"
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    summary="$summary
$target: $status, ${execs:-?} executions in ${seconds} s, ${rate:-?} execs/s (log: $log)"
done
echo "$summary"
if [ -n "$failed" ]; then
    echo "Fuzzing found problems in:$failed (inputs in $build_dir/fuzz-artifacts)" >&2
    exit 1
fi
