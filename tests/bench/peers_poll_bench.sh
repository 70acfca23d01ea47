#!/usr/bin/env bash
# tests/bench/peers_poll_bench.sh [--env FILE] [--runs N] [peers_poll_bench.py options...]
#
# Requests per job and time to notice the end, Imagewright's polling vs a fixed 2 s poll, against
# the real Nova, Cinder and Glance of tests/peers (interfaces.md §8: at most a third of a fixed
# 2 s poll's requests, the end noticed within 15 s). Job shapes and how things are counted:
# peers_poll_bench.py. Without --env it starts its own services under build/peers-bench (tokens
# live an hour there) and stops them at the end; with --env it uses a running harness's
# peers.env. A benchmark, not a test: nothing is asserted. See docs/benchmarks.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
env_file=""
runs=1
pass=()
while (($#)); do
    case "$1" in
    --env) env_file="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) pass+=("$1"); shift ;;
    esac
done
imagewright="$root/${BUILD_DIR:-build}/bin/imagewright"
if [[ ! -x "$imagewright" ]]; then
    echo "$imagewright is not built (cmake --build build --target imagewright)" >&2
    exit 2
fi

own_run=""
cleanup()
{
    if [[ -n "$own_run" ]]; then
        bash "$root/tests/peers/stop.sh" "$own_run" >&2 || true
    fi
}
trap cleanup EXIT
if [[ -z "$env_file" ]]; then
    own_run="$root/${BUILD_DIR:-build}/peers-bench"
    IW_PEERS_TOKEN_SECONDS=3600 bash "$root/tests/peers/start.sh" "$own_run" >&2
    env_file="$own_run/peers.env"
fi
rc=0
for ((run = 1; run <= runs; run++)); do
    echo "--- run $run of $runs ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"
    /usr/bin/python3 "$here/peers_poll_bench.py" --env "$env_file" --imagewright "$imagewright" \
        "${pass[@]}" || rc=$?
done
exit "$rc"
