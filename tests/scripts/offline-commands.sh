#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The app needs no network: check, export and import-gpu-usage succeed in a new network namespace with
# no interface but a down loopback (`unshare --net`, root only). Exit 77 (skipped) where the kernel
# or the user may not create one. Usage: offline-commands.sh KAI_DASHBOARD_BINARY
set -euo pipefail
app="$1"
if ! unshare --net true 2>/dev/null; then
    echo "SKIPPED: unshare --net is not allowed here (needs root and a kernel that permits network namespaces)."
    exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
mkdir -p "$HOME"
cat >"$work/usage.csv" <<'CSV'
period_start,consortium,node,gpu_model,gpu_hours_used
2026-03-01T09:00,lg,offline-n001,B200,7.5
CSV
unshare --net bash -euo pipefail -c '
    # /proc/net/dev is per namespace: only the loopback interface may be there.
    if grep -v -E "^(Inter-| face|\s*lo:)" /proc/net/dev | grep -q .; then echo "a network interface is present"; exit 1; fi
    "$0" check
    "$0" export --view overview --as-of 2026-03-01 --out "$1/overview.png"
    test -s "$1/overview.png"
    "$0" import-gpu-usage "$1/usage.csv" --db "$HOME/.local/share/kai/kai-dashboard/kai-dashboard.sqlite"
    "$0" check
' "$app" "$work"
echo "check, export and import-gpu-usage passed with no network"
