#!/usr/bin/env bash
# Runs a command inside the current D-Bus session with an unlocked gnome-keyring Secret Service.
# Used under dbus-run-session for headless runs and keychain tests; the keyring files go to
# XDG_DATA_HOME (tests point it at a private folder).
set -euo pipefail
# gnome-keyring needs its folders to exist (tests point XDG_* at private, new folders).
for dir in "${XDG_DATA_HOME:-}" "${XDG_CACHE_HOME:-}" "${XDG_CONFIG_HOME:-}"; do
    [[ -n "$dir" ]] && mkdir -p "$dir"
done
echo -n "${IW_KEYRING_PASSWORD:-imagewright}" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
exec "$@"
