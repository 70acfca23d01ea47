#!/usr/bin/env bash
# ./scripts/test.sh [ctest arguments]: the same set-up as run.sh, then the whole test suite.
# Its output and exit code are ctest's.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
exec ctest --test-dir "$IW_ROOT/$BUILD_DIR" --output-on-failure --no-tests=error "$@"
