#!/usr/bin/env bash
# tests/peers/s3start.sh RUN_DIR: the `s3peer` fixture's set-up (ctest test s3peer_start).
# Installs what is missing (install.sh), then starts the real S3 server (Swift with s3api,
# s3peer.py) on 127.0.0.1 under RUN_DIR. Exit 0: ready, RUN_DIR/s3peer.env written. Exit 77
# (skipped) outside CI when this machine cannot install the packages; with CI=true that is a
# failure (interfaces.md §2).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${1:?usage: s3start.sh RUN_DIR}"

bash "$here/install.sh"
rc=$?
if ((rc == 77)); then
    if [[ "${CI:-}" == "true" ]]; then
        echo "s3peer: FAILED: the Swift packages are missing and cannot be installed (CI=true)" >&2
        exit 1
    fi
    echo "s3peer: SKIPPED: the Swift packages are missing and this machine cannot install them" \
        "(run as root or with passwordless sudo); the S3 peers tests skip" >&2
    exit 77
elif ((rc != 0)); then
    echo "s3peer: FAILED: installing the packages failed (exit $rc)" >&2
    exit 1
fi
if ! /usr/bin/python3 -c 'import swift.common.middleware.s3api' 2>/dev/null; then
    echo "s3peer: FAILED: Swift's s3api cannot be imported by /usr/bin/python3" >&2
    exit 1
fi
exec /usr/bin/python3 "$here/s3peer.py" start "$run_dir"
