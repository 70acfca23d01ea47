#!/usr/bin/env bash
# ./scripts/test.sh [ctest arguments]: the same set-up as run.sh, then the whole test suite.
# Its output and exit code are ctest's.
set -euo pipefail
# For the desktop entry and AppStream checks (test package_metadata). The package test installs
# what it needs itself (dpkg-dev, file, lintian), as the peers tests do.
IW_EXTRA_PACKAGES=(desktop-file-utils appstream)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
exec ctest --test-dir "$IW_ROOT/$BUILD_DIR" --output-on-failure --no-tests=error "$@"
