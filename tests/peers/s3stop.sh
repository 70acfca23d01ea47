#!/usr/bin/env bash
# tests/peers/s3stop.sh RUN_DIR: the `s3peer` fixture's clean-up: ends exactly the processes
# s3start.sh recorded and deletes RUN_DIR (IW_PEERS_KEEP=1 keeps it).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${1:?usage: s3stop.sh RUN_DIR}"
if [[ ! -d "$run_dir" ]]; then
    exit 0
fi
exec /usr/bin/python3 "$here/s3peer.py" stop "$run_dir"
