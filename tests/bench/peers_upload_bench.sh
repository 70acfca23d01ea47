#!/usr/bin/env bash
# tests/bench/peers_upload_bench.sh [--size-mib N] [--runs N] [--env FILE]
#
# Upload throughput against the real Glance of tests/peers (interfaces.md §8: whole flow, wall
# clock, same file, same Glance, same run). Prints MiB/s and peak RSS of:
#   curl        token + create + PUT (curl -T) + GET, the limit
#   openstack   openstack image create --file (whole CLI run)
#   imagewright imagewright submit REQUEST --wait --family openstack, method
#               glance-create-upload (a build without it says so and prints no figure)
# and, for curl and Imagewright, the wall clock split into three parts: before the PUT (process
# start, token, create), the PUT (Imagewright: from "Image metadata created" to "Image file
# uploaded" on its stderr, so with the fresh token it takes before the PUT and the last digest
# blocks), and after it (GET until active, digests compared, exit). Timestamps of Imagewright's
# output lines come from peers_stamp.py, which also gives its peak RSS (wait4's ru_maxrss).
# Without --env it starts its own services under build/peers-bench (tokens live an hour there)
# and stops them at the end; with --env it uses a running harness's peers.env. A benchmark, not
# a test: nothing is asserted. See docs/benchmarks.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
size_mib=1024
runs=1
env_file=""
while (($#)); do
    case "$1" in
    --size-mib) size_mib="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --env) env_file="$2"; shift 2 ;;
    *) echo "usage: $0 [--size-mib N] [--runs N] [--env FILE]" >&2; exit 2 ;;
    esac
done

own_run=""
cleanup()
{
    if [[ -n "$own_run" ]]; then
        bash "$root/tests/peers/stop.sh" "$own_run" >&2 || true
    fi
    if [[ -n "${work:-}" ]]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

if [[ -z "$env_file" ]]; then
    own_run="$root/${BUILD_DIR:-build}/peers-bench"
    IW_PEERS_TOKEN_SECONDS=3600 bash "$root/tests/peers/start.sh" "$own_run" >&2
    env_file="$own_run/peers.env"
fi
set -a
# shellcheck disable=SC1090
source "$env_file"
set +a
work="$(mktemp -d "${IW_PEERS_RUN_DIR}/bench.XXXXXX")"
file="$work/upload.raw"
imagewright="$root/${BUILD_DIR:-build}/bin/imagewright"

echo "peers upload bench: $size_mib MiB of random data, $runs run(s), Glance $IW_PEERS_GLANCE_URL" >&2
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$file"
bytes=$(stat -c %s "$file")

now() { date +%s.%N; }
# peak RSS (MiB) of a command and its children, from GNU time's %M (KiB)
measure()
{
    local out="$1"
    shift
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f '%M' -o "$out" "$@"
    else
        echo 0 >"$out" # GNU time (Debian package "time") is missing: no RSS figure
        "$@"
    fi
}
rate() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }
mib() { awk -v k="$(tail -n1 "$1")" 'BEGIN { printf "%.0f", k / 1024 }'; }
delete_image()
{
    curl -sf -o /dev/null -X DELETE -H "X-Auth-Token: $1" "$IW_PEERS_GLANCE_URL/v2/images/$2" || true
}

curl_flow()
{
    local name="$1"
    local token id status t0 t1 t2
    t0=$(date +%s.%N)
    token=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$OS_USERNAME\",\"domain\":{\"name\":\"Default\"},\"password\":\"$OS_PASSWORD\"}}},\"scope\":{\"project\":{\"name\":\"$OS_PROJECT_NAME\",\"domain\":{\"name\":\"Default\"}}}}}" \
        "$OS_AUTH_URL/auth/tokens" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-subject-token" {print $2}')
    id=$(curl -sf -H "X-Auth-Token: $token" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$name\",\"disk_format\":\"raw\",\"container_format\":\"bare\"}" \
        "$IW_PEERS_GLANCE_URL/v2/images" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    t1=$(date +%s.%N)
    curl -sf -o /dev/null -X PUT -H "X-Auth-Token: $token" \
        -H 'Content-Type: application/octet-stream' -T "$file" \
        "$IW_PEERS_GLANCE_URL/v2/images/$id/file"
    t2=$(date +%s.%N)
    status=$(curl -sf -H "X-Auth-Token: $token" "$IW_PEERS_GLANCE_URL/v2/images/$id" |
        /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["size"])')
    # the parts before the PUT and the PUT itself; the rest is the GET (and bash's own end)
    echo "$t0 $t1 $t2" >"$phases"
    echo "$id $status"
}

admin_token()
{
    curl -sf -D - -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$OS_USERNAME\",\"domain\":{\"name\":\"Default\"},\"password\":\"$OS_PASSWORD\"}}},\"scope\":{\"project\":{\"name\":\"$OS_PROJECT_NAME\",\"domain\":{\"name\":\"Default\"}}}}}" \
        "$OS_AUTH_URL/auth/tokens" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-subject-token" {print $2}'
}

# The hook for Imagewright's own upload (glance-create-upload, interfaces.md §4). It measures
# only when the method exists: a build that refuses the request file (exit 2) prints no figure.
imagewright_flow()
{
    local name="$1" req="$work/request.json"
    printf '{"format": 1, "method": "glance-create-upload", "params": {"file": "%s"}, "body": {"name": "%s", "disk_format": "raw", "container_format": "bare"}}\n' \
        "$file" "$name" >"$req"
    # English messages (the split below reads them); each output line timestamped
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
        XDG_CACHE_HOME="$work/home/cache" XDG_STATE_HOME="$work/home/state" \
        LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        /usr/bin/python3 "$here/peers_stamp.py" "$work/iw.log" -- \
        "$imagewright" submit "$req" --wait --family openstack
}

# "before PUT after" in seconds from peers_stamp.py's log of one Imagewright run: process start
# to "Image metadata created", to "Image file uploaded", to the exit.
imagewright_phases()
{
    awk '$2 == "start" { s = $1 }
         $2 == "err" && /Image metadata created as image/ { c = $1 }
         $2 == "err" && /Image file uploaded/ { u = $1 }
         $2 == "exit" { e = $1; rss = $4 }
         END { if (c && u) printf "%.2f %.2f %.2f\n", c - s, u - c, e - u; else print "- - -" }' "$1"
}
imagewright_rss() { awk '$2 == "exit" { printf "%.0f", $4 / 1024 }' "$1"; }
curl_phases()
{
    awk -v e="$2" '{ printf "%.2f %.2f %.2f\n", $2 - $1, $3 - $2, e - $3 }' "$1"
}

row() { printf '%-12s %-4s %10s %10s %12s %8s %8s %8s  %s\n' "$@"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
row what run seconds 'MiB/s' 'peak RSS MiB' before PUT after result
for ((run = 1; run <= runs; run++)); do
    start=$(now)
    result=$(measure "$work/rss" bash -c "$(declare -f curl_flow); file='$file'; phases='$work/curl.phases'; curl_flow bench-curl-$run")
    end=$(now)
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    # shellcheck disable=SC2046
    row curl "$run" "$secs" "$(rate "$secs")" "$(mib "$work/rss")" $(curl_phases "$work/curl.phases" "$end") "$result"
    delete_image "$(admin_token)" "${result%% *}"

    start=$(now)
    result=$(measure "$work/rss" openstack image create --file "$file" --disk-format raw \
        --container-format bare -f value -c id -c status "bench-openstack-$run" | tr '\n' ' ')
    secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
    token=$(admin_token)
    id="${result%% *}"
    # The CLI shows the image as created; what Glance holds after its upload:
    result="$id $(curl -sf -H "X-Auth-Token: $token" "$IW_PEERS_GLANCE_URL/v2/images/$id" |
        /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["size"])')"
    row openstack "$run" "$secs" "$(rate "$secs")" "$(mib "$work/rss")" - - - "$result"
    delete_image "$token" "$id"

    if [[ ! -x "$imagewright" ]]; then
        printf '%-12s %-4s %s\n' imagewright "$run" "not measured: $imagewright is not built"
        continue
    fi
    start=$(now)
    set +e
    out=$(imagewright_flow "bench-imagewright-$run")
    rc=$?
    set -e
    secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
    if ((rc == 2)); then
        printf '%-12s %-4s %s\n' imagewright "$run" \
            "not measured: this build cannot send glance-create-upload yet ($(awk '$2 == "err" && NF > 2' "$work/iw.log" | tail -n1 | cut -d' ' -f3- | sed 's/^ *//' | cut -c1-100))"
        continue
    fi
    image=$(sed -n 's/^image_id=//p' <<<"$out" | head -n1)
    # shellcheck disable=SC2046
    row imagewright "$run" "$secs" "$(rate "$secs")" "$(imagewright_rss "$work/iw.log")" \
        $(imagewright_phases "$work/iw.log") "exit $rc ${image:-no image_id}"
    if [[ -n "${IW_BENCH_KEEP_LOG:-}" ]]; then
        cp "$work/iw.log" "$IW_BENCH_KEEP_LOG.$run"
    fi
    [[ -n "$image" ]] && delete_image "$(admin_token)" "$image"
    echo "load average after run $run: $(cut -d' ' -f1-3 /proc/loadavg)"
done
