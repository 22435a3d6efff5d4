#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README on brand-new machines, not on this one (where packages installed by hand hide a
# missing install step). As root:
#   1. Debian 12 (bookworm, minbase): the tracked files of HEAD (`git archive`), then the README's run
#      command for `--version`, `check` and one headless `export` on the embedded sample database, with
#      the network cut off (`unshare --net`) for check/export/import; then the .deb is built there.
#   2. Another fresh Debian 12 root: `apt-get install ./kai-dashboard_*.deb`, then `kai-dashboard
#      --version` and `check`: the package's dependencies are proven, not assumed.
#   3. Debian 13 (trixie, Qt 6.8, GCC 14): the set-up's packages, a build with warnings as errors,
#      `--version`, `check` and one export.
# Roots are cached as tarballs (and compiler caches kept) in $KAI_FRESH_CACHE between runs on the same
# machine. Exits non-zero if anything fails; always unmounts and removes its roots.
#
#   scripts/test-fresh-machine.sh [bookworm] [deb] [trixie]     (default: all three)
set -euo pipefail

KAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${KAI_FRESH_CACHE:-/var/cache/kai-dashboard-fresh}"
MIRROR="${KAI_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
WORK="$(mktemp -d /var/tmp/kai-fresh.XXXXXX)"
STAGES=("$@")
[ ${#STAGES[@]} -gt 0 ] || STAGES=(bookworm deb trixie)
MOUNTED=()

log() { printf '\n== fresh machine: %s ==\n' "$*"; }

cleanup() {
    local status=$?
    local i
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount -l "${MOUNTED[$i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$WORK"
    exit $status
}
trap cleanup EXIT INT TERM

if [ "$(id -u)" -ne 0 ]; then
    echo "test-fresh-machine.sh needs root (debootstrap, chroot, mounts)." >&2
    exit 2
fi
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
mkdir -p "$CACHE"

# make_root SUITE NAME: a minimal root from the cached tarball, or from debootstrap (then cached), in
# $ROOT. Not run in a subshell: the mounts it records must reach cleanup().
make_root() {
    local suite="$1" root="$WORK/$2" tarball="$CACHE/$1-minbase.tar"
    ROOT="$root"
    if [ ! -s "$tarball" ]; then
        log "debootstrap --variant=minbase $suite (cached afterwards in $tarball)"
        debootstrap --variant=minbase "$suite" "$WORK/seed-$suite" "$MIRROR" >"$WORK/debootstrap-$suite.log" 2>&1 \
            || { tail -20 "$WORK/debootstrap-$suite.log"; return 1; }
        tar -C "$WORK/seed-$suite" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
        rm -rf --one-file-system "$WORK/seed-$suite"
    fi
    mkdir -p "$root"
    tar -C "$root" -xf "$tarball"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    local dir
    for dir in proc sys dev; do
        mount --rbind "/$dir" "$root/$dir"
        mount --make-rslave "$root/$dir"
        MOUNTED+=("$root/$dir")
    done
    # Keep downloaded packages and compiler output between runs; neither changes what is installed.
    mkdir -p "$CACHE/apt-$suite" "$CACHE/ccache-$suite" "$root/var/cache/apt/archives" "$root/var/cache/ccache"
    mount --bind "$CACHE/apt-$suite" "$root/var/cache/apt/archives"
    MOUNTED+=("$root/var/cache/apt/archives")
    mount --bind "$CACHE/ccache-$suite" "$root/var/cache/ccache"
    MOUNTED+=("$root/var/cache/ccache")
    rm -f "$root/etc/apt/apt.conf.d/docker-clean"
}

copy_checkout() {
    mkdir -p "$1/src"
    git -C "$KAI_ROOT" archive HEAD | tar -x -C "$1/src"
}

# in_root ROOT COMMAND...: runs a shell command inside the root as a new user would (no hidden state).
in_root() {
    local root="$1"
    shift
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb CCACHE_DIR=/var/cache/ccache /bin/bash -euo pipefail -c "$*"
}

# Without a network where the kernel allows it; otherwise said and run with the network.
offline() {
    if unshare --net true 2>/dev/null; then
        echo "unshare --net $*"
        unshare --net "$@"
    else
        echo "(unshare --net is not allowed here: running with the network) $*"
        "$@"
    fi
}

# The app's own smoke test inside a root: version, check and an export of the sample database, and an
# import of a small CSV into a copy, all with no network.
smoke_test() {
    local root="$1" app="$2"
    in_root "$root" "'$app' --version"
    cat >"$root/tmp/usage.csv" <<'CSV'
period_start,consortium,node,gpu_model,provider,gpu_hours_used
2026-03-01T09:00,lg,fresh-n001,B200,,7.5
CSV
    offline chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/bin:/bin /bin/bash -euo pipefail -c "
        '$app' check
        '$app' export --view overview --lang both --as-of 2026-03-01 --out /tmp/overview.png
        test -s /tmp/overview_ko.png && test -s /tmp/overview_en.png
        cp ~/.local/share/kai/kai-dashboard/kai-dashboard.sqlite /tmp/copy.sqlite
        '$app' import-gpu-usage /tmp/usage.csv --db /tmp/copy.sqlite
        '$app' check --db /tmp/copy.sqlite"
}

stage_bookworm() {
    log "Debian 12: the README's run command, then check, export and import"
    make_root bookworm bookworm
    local root="$ROOT"
    copy_checkout "$root"
    # The README's first command, verbatim; `--version` makes the started app print and exit.
    in_root "$root" "cd /src && KAI_BUILD_TYPE=None scripts/setup-and-run.sh --version"
    smoke_test "$root" /src/build/app/kai-dashboard
    log "Debian 12: building the .deb"
    in_root "$root" "cd /src/build && cpack -G DEB >/dev/null && ls -l kai-dashboard_*.deb"
    cp "$root"/src/build/kai-dashboard_*.deb "$CACHE/"
    DEB_BUILT="$(ls "$root"/src/build/kai-dashboard_*.deb)"
}

stage_deb() {
    log "Debian 12: installing the .deb into another fresh root"
    local deb
    deb="$(ls -t "$CACHE"/kai-dashboard_*.deb 2>/dev/null | head -1)"
    if [ -n "${DEB_BUILT:-}" ]; then deb="$CACHE/$(basename "$DEB_BUILT")"; fi
    [ -n "$deb" ] || { echo "no .deb built yet: run the bookworm stage first" >&2; return 1; }
    make_root bookworm deb-install
    local root="$ROOT"
    cp "$deb" "$root/tmp/"
    in_root "$root" "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb") >/dev/null"
    smoke_test "$root" /usr/bin/kai-dashboard
    in_root "$root" "test -f /usr/share/applications/io.github.kai_dashboard.Dashboard.desktop
        test -f /usr/share/metainfo/io.github.kai_dashboard.Dashboard.metainfo.xml
        test -f /usr/share/icons/hicolor/scalable/apps/io.github.kai_dashboard.Dashboard.svg"
}

stage_trixie() {
    log "Debian 13 (Qt 6.8): set-up packages, build with warnings as errors, check and export"
    make_root trixie trixie
    local root="$ROOT"
    copy_checkout "$root"
    in_root "$root" "cd /src && source scripts/setup-common.sh && kai_install_missing_packages \
        && KAI_BUILD_TYPE=None kai_build /src/build -DKAI_BUILD_TESTS=OFF -DKAI_WARNINGS_AS_ERRORS=ON"
    smoke_test "$root" /src/build/app/kai-dashboard
}

for stage in "${STAGES[@]}"; do
    case "$stage" in
        bookworm) stage_bookworm ;;
        deb) stage_deb ;;
        trixie) stage_trixie ;;
        *) echo "unknown stage: $stage (bookworm, deb, trixie)" >&2; exit 2 ;;
    esac
done
log "all stages passed: ${STAGES[*]}"
