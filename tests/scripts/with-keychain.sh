#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# with-keychain.sh TEST [ARGUMENTS...]: runs TEST against a real Secret Service, GNOME Keyring on a
# private D-Bus session with a throwaway login keyring (unlocked with a fixed password), when
# dbus-run-session and gnome-keyring-daemon are installed (the test packages install both);
# KAI_TEST_KEYCHAIN then tells the test that a keychain must answer. Where no session bus or
# keyring can be started, TEST runs as it is and skips what needs a keychain, saying why.
# Nothing outside a temporary folder is kept or read.
set -u
if [ "${1:-}" = "--inside-session" ]; then
    shift
    keyrings=$(mktemp -d)
    # The daemon's data and control folders, apart from the test's home.
    if printf 'kai-test' | XDG_DATA_HOME="$keyrings" XDG_RUNTIME_DIR="$keyrings" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        KAI_TEST_KEYCHAIN=1
        export KAI_TEST_KEYCHAIN
    else
        echo "with-keychain.sh: gnome-keyring-daemon did not start; running without a keychain" >&2
    fi
    "$@"
    status=$?
    rm -rf "$keyrings"
    exit "$status"
fi
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    if dbus-run-session -- true 2>/dev/null; then
        exec dbus-run-session -- sh "$0" --inside-session "$@"
    fi
    echo "with-keychain.sh: no D-Bus session could be started; running without a keychain" >&2
fi
exec "$@"
