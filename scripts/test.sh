#!/usr/bin/env bash
# ./scripts/test.sh [ctest arguments]: the same set-up as run.sh, then the whole test suite.
# Its output and exit code are ctest's.
#
# IW_SANITIZED_RUN=1 (set by .ci/run): afterwards, the suite without `peers` and `package` again,
# built with AddressSanitizer + UBSan (the `asan` preset, its own folder build-asan); any report
# fails the test it happened in, and leaks are checked for the `core` tests. The exit code is then
# that of the first ctest run that failed.
set -euo pipefail
# For the desktop entry and AppStream checks (test package_metadata). The package test installs
# what it needs itself (dpkg-dev, file, lintian), as the peers tests do.
IW_EXTRA_PACKAGES=(desktop-file-utils appstream)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

export QT_QPA_PLATFORM=offscreen
XDG_RUNTIME_DIR="$(mktemp -d)"
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
ctest_args=(--output-on-failure --no-tests=error)
if [[ "${IW_SANITIZED_RUN:-}" != 1 ]]; then
    exec ctest --test-dir "$IW_ROOT/$BUILD_DIR" "${ctest_args[@]}" "$@"
fi

status=0
ctest --test-dir "$IW_ROOT/$BUILD_DIR" "${ctest_args[@]}" "$@" || status=$?
started=$SECONDS
iw_build_preset asan build-asan
echo "ASan + UBSan build: $((SECONDS - started)) s" >&2
started=$SECONDS
ctest --test-dir "$IW_ROOT/build-asan" "${ctest_args[@]}" -LE 'peers|package' || {
    rc=$?
    ((status != 0)) || status=$rc
}
echo "ASan + UBSan suite: $((SECONDS - started)) s" >&2
exit "$status"
