#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts K-AI Dashboard on its embedded sample database
# (created in the user's app-data folder on first start). Extra arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

kai_install_missing_packages
kai_build "$KAI_ROOT/build" -DKAI_BUILD_TESTS=OFF

app="$KAI_ROOT/build/app/kai-dashboard"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the window inside a virtual X display (xvfb-run). Stop it with Ctrl+C."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
