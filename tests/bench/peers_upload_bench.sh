#!/usr/bin/env bash
# tests/bench/peers_upload_bench.sh [--size-mib N] [--runs N] [--env FILE]
#
# Upload throughput against the real Glance of tests/peers (interfaces.md §8: whole flow, wall
# clock, same file, same Glance, same run). Prints MiB/s and peak RSS of:
#   curl        token + create + PUT (curl -T) + GET, the limit
#   openstack   openstack image create --file (whole CLI run)
#   imagewright imagewright submit REQUEST --wait --family openstack, method
#               glance-create-upload (a build without it says so and prints no figure)
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
    local token id status
    token=$(curl -sf -D - -o /dev/null -H 'Content-Type: application/json' \
        -d "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"$OS_USERNAME\",\"domain\":{\"name\":\"Default\"},\"password\":\"$OS_PASSWORD\"}}},\"scope\":{\"project\":{\"name\":\"$OS_PROJECT_NAME\",\"domain\":{\"name\":\"Default\"}}}}}" \
        "$OS_AUTH_URL/auth/tokens" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-subject-token" {print $2}')
    id=$(curl -sf -H "X-Auth-Token: $token" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$name\",\"disk_format\":\"raw\",\"container_format\":\"bare\"}" \
        "$IW_PEERS_GLANCE_URL/v2/images" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -sf -o /dev/null -X PUT -H "X-Auth-Token: $token" \
        -H 'Content-Type: application/octet-stream' -T "$file" \
        "$IW_PEERS_GLANCE_URL/v2/images/$id/file"
    status=$(curl -sf -H "X-Auth-Token: $token" "$IW_PEERS_GLANCE_URL/v2/images/$id" |
        /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["size"])')
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
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
        XDG_CACHE_HOME="$work/home/cache" XDG_STATE_HOME="$work/home/state" \
        QT_QPA_PLATFORM=offscreen "$imagewright" submit "$req" --wait --family openstack
}

printf '%-12s %-4s %10s %10s %12s  %s\n' what run seconds 'MiB/s' 'peak RSS MiB' result
for ((run = 1; run <= runs; run++)); do
    start=$(now)
    result=$(measure "$work/rss" bash -c "$(declare -f curl_flow); file='$file'; curl_flow bench-curl-$run")
    secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    printf '%-12s %-4s %10.2f %10s %12s  %s\n' curl "$run" "$secs" "$(rate "$secs")" "$(mib "$work/rss")" "$result"
    delete_image "$(admin_token)" "${result%% *}"

    start=$(now)
    result=$(measure "$work/rss" openstack image create --file "$file" --disk-format raw \
        --container-format bare -f value -c id -c status "bench-openstack-$run" | tr '\n' ' ')
    secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    token=$(admin_token)
    id="${result%% *}"
    # The CLI shows the image as created; what Glance holds after its upload:
    result="$id $(curl -sf -H "X-Auth-Token: $token" "$IW_PEERS_GLANCE_URL/v2/images/$id" |
        /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d["size"])')"
    printf '%-12s %-4s %10.2f %10s %12s  %s\n' openstack "$run" "$secs" "$(rate "$secs")" "$(mib "$work/rss")" "$result"
    delete_image "$token" "$id"

    if [[ ! -x "$imagewright" ]]; then
        printf '%-12s %-4s %s\n' imagewright "$run" "not measured: $imagewright is not built"
        continue
    fi
    start=$(now)
    set +e
    out=$(measure "$work/rss" bash -c "$(declare -f imagewright_flow); work='$work'; file='$file'; imagewright='$imagewright'; imagewright_flow bench-imagewright-$run" 2>"$work/iw.err")
    rc=$?
    set -e
    secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
    if ((rc == 2)); then
        printf '%-12s %-4s %s\n' imagewright "$run" \
            "not measured: this build cannot send glance-create-upload yet ($(grep -v '^$' "$work/iw.err" | tail -n1 | sed 's/^ *//' | cut -c1-100))"
        continue
    fi
    image=$(sed -n 's/^image_id=//p' <<<"$out" | head -n1)
    printf '%-12s %-4s %10.2f %10s %12s  %s\n' imagewright "$run" "$secs" "$(rate "$secs")" \
        "$(mib "$work/rss")" "exit $rc ${image:-no image_id}"
    [[ -n "$image" ]] && delete_image "$(admin_token)" "$image"
done
