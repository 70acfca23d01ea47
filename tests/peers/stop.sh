#!/usr/bin/env bash
# tests/peers/stop.sh RUN_DIR: the `peers` fixture's clean-up (ctest test peers_stop). Ends
# exactly the processes start.sh recorded in RUN_DIR/pids (by session, checking each PID's start
# time; never by name) and deletes RUN_DIR (IW_PEERS_KEEP=1 keeps it, e.g. to read the logs).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${1:?usage: stop.sh RUN_DIR}"
if [[ ! -d "$run_dir" ]]; then
    echo "peers: nothing to stop in $run_dir" >&2
    exit 0
fi
exec /usr/bin/python3 "$here/peers.py" stop "$run_dir"
