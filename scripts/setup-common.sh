#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by setup-and-run.sh and setup-and-test.sh: installs the Debian/Ubuntu packages that are
# missing (needs root or sudo) and configures + builds one build tree.
set -euo pipefail

KAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Every direct dependency is named: with --no-install-recommends, qt6-charts-dev does not pull
# libqt6opengl6-dev, which find_package(Qt6 Charts) needs (only a fresh root shows it:
# scripts/test-fresh-machine.sh proves this list).
KAI_PACKAGES=(ca-certificates cmake ninja-build ccache g++ make pkg-config file dpkg-dev libgl-dev libegl-dev
    libvulkan-dev libxkbcommon-dev
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins libqt6svg6
    libsqlite3-dev sqlite3 libspdlog-dev libfmt-dev fonts-nanum xvfb xauth
    libquazip1-qt6-dev   # ZIP: XLSX in and out, the PPTX deck
    libpq-dev            # PostgreSQL server databases (libpq's C API)
    qtkeychain-qt6-dev)  # server passwords kept in the system keychain
# Only the tests need these: independent readers of what the app writes.
KAI_TEST_PACKAGES=(poppler-utils  # pdftotext: exported PDFs have a searchable text layer
    unzip python3-openpyxl        # unzip -t on PPTX/XLSX; openpyxl reads exported workbooks back
    libreoffice-calc-nogui libreoffice-impress-nogui  # workbooks saved by Calc; decks converted by Impress
    postgresql                    # a throwaway server cluster for the PostgreSQL engine's tests
    dbus-daemon gnome-keyring)    # a real Secret Service for the keychain's test (tests/scripts/with-keychain.sh)

# kai_install_missing_packages [PACKAGE...]: installs those of the packages (default: KAI_PACKAGES)
# that are not installed yet.
kai_install_missing_packages() {
    local wanted=("$@")
    [ ${#wanted[@]} -gt 0 ] || wanted=("${KAI_PACKAGES[@]}")
    local missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# kai_build BUILD_DIR [extra cmake arguments...]
kai_build() {
    local dir="$1"
    shift
    # ccache only makes a rebuild of unchanged sources quick; the build is the same without it. Paths
    # inside the checkout are hashed relative to it, so another clone of the same sources hits the cache.
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR="$KAI_ROOT" CCACHE_NOHASHDIR=1
    fi
    # Each library compiles its sources in batches (cmake/KaiUnityBuild.cmake); KAI_UNITY_BUILD=OFF
    # builds file by file.
    # GNU gold, where binutils has it, links each of the ~85 test programs (90 MB of debug information
    # apiece) in about half the time of the default linker: 3.7 s against 7.0 s for tst_slides, measured
    # here. Linking all of them was a sixth of a cold build's CPU time.
    local linker=()
    if command -v ld.gold >/dev/null; then
        linker=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold)
    fi
    cmake -S "$KAI_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${KAI_BUILD_TYPE:-RelWithDebInfo}" \
        -DKAI_UNITY_BUILD="${KAI_UNITY_BUILD:-ON}" "${launcher[@]}" "${linker[@]}" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
