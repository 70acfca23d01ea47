#!/usr/bin/env bash
# tests/peers/start.sh RUN_DIR: the `peers` fixture's set-up (ctest test peers_start).
# Installs what is missing (install.sh), then starts Keystone, Glance, Cinder, Nova, Placement and
# RabbitMQ on 127.0.0.1 with everything under RUN_DIR (peers.py start), and waits until they are
# ready. Exit 0: ready, RUN_DIR/peers.env written. Exit 77 (ctest: skipped): outside CI, this
# machine cannot install the packages (not root, no passwordless sudo). With CI=true a missing
# prerequisite is a failure (exit 1), never a skip (interfaces.md §2).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${1:?usage: start.sh RUN_DIR}"

start=$(date +%s)
bash "$here/install.sh"
rc=$?
echo "peers: install step: $(($(date +%s) - start)) s (exit $rc)" >&2
if ((rc == 77)); then
    if [[ "${CI:-}" == "true" ]]; then
        echo "peers: FAILED: the OpenStack packages are missing and cannot be installed (CI=true)" >&2
        exit 1
    fi
    echo "peers: SKIPPED: the OpenStack packages are missing and this machine cannot install them" \
        "(run as root or with passwordless sudo); the peers tests skip" >&2
    exit 77
elif ((rc != 0)); then
    echo "peers: FAILED: installing the OpenStack packages failed (exit $rc)" >&2
    exit 1
fi
if [[ ! -x /usr/bin/python3 ]]; then
    echo "peers: FAILED: /usr/bin/python3 is missing" >&2
    exit 1
fi
exec /usr/bin/python3 "$here/peers.py" start "$run_dir"
