#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, then builds and runs the whole test suite twice: a normal build with
# warnings as errors, and an AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

kai_install_missing_packages "${KAI_PACKAGES[@]}" "${KAI_TEST_PACKAGES[@]}"

status=0
# Tests run side by side: many wait on a child app, LibreOffice or the disk rather than the CPU, and each
# keeps its files in its own temporary folders.
jobs=$(($(nproc) + 1))
echo "== Build and test (warnings as errors) =="
kai_build "$KAI_ROOT/build" -DKAI_BUILD_TESTS=ON -DKAI_WARNINGS_AS_ERRORS=ON
ctest --test-dir "$KAI_ROOT/build" --parallel "$jobs" --output-on-failure --timeout 600 || status=1

echo "== Build and test with AddressSanitizer and UndefinedBehaviorSanitizer =="
# Benchmarks are built (and so kept compiling) above; under sanitizers their figures would mean nothing.
kai_build "$KAI_ROOT/build-asan" -DKAI_BUILD_TESTS=ON -DKAI_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DKAI_BUILD_BENCHMARKS=OFF
ctest --test-dir "$KAI_ROOT/build-asan" --parallel "$jobs" --output-on-failure --timeout 900 || status=1

if [ $status -ne 0 ]; then
    echo "Some tests failed."
fi
exit $status
