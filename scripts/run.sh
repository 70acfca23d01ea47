#!/usr/bin/env bash
# ./scripts/run.sh [app arguments]: install what is missing, configure, build, start Imagewright.
set -euo pipefail
# Only what the app needs: the app (with the core) and the demo cloud it starts; test.sh builds
# the rest (the tests, the fuzz corpora replays, the man page...).
IW_BUILD_TARGETS=(imagewright imagewright-democloud)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

app=("$IW_ROOT/$BUILD_DIR/bin/imagewright" "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    # No display: a virtual one, and a private session bus with an unlocked keyring so the
    # keychain never waits on a hidden prompt.
    exec xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- \
        "$IW_ROOT/scripts/with-keyring.sh" "${app[@]}"
fi
exec "${app[@]}"
