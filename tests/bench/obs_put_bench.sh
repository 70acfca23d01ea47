#!/usr/bin/env bash
# tests/bench/obs_put_bench.sh [--size-mib N] [--runs N] [--env FILE]
#
# Multipart upload throughput against the real Swift s3api of tests/peers (interfaces.md §8,
# issue 14): same file, same server, same run. Prints wall-clock MiB/s and peak RSS of
#   imagewright  imagewright obs put FILE BUCKET (4 parts of 16 MiB in flight, the defaults)
#   aws          /usr/bin/aws s3 cp (Debian's awscli; 16 MiB parts, 4 concurrent), if installed
#   s3cmd        s3cmd put --multipart-chunk-size-mb=16, if installed
# Peak RSS is the child's own ru_maxrss (peers_stamp.py). Without --env it starts its own S3
# peer under build/s3peer-bench and stops it at the end. The two baselines are installed from
# Debian (awscli, s3cmd) when missing and this machine can (root or passwordless sudo); otherwise
# their lines say "no figure". A benchmark, not a test: nothing is asserted. See docs/obs.md.
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
work=""
cleanup()
{
    if [[ -n "$own_run" ]]; then
        bash "$root/tests/peers/s3stop.sh" "$own_run" >&2 || true
    fi
    if [[ -n "$work" ]]; then
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# The baselines, from Debian's packages, as the peers install theirs.
if [[ ! -x /usr/bin/aws ]] || ! command -v s3cmd >/dev/null 2>&1; then
    sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo -n)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q \
        --no-install-recommends awscli s3cmd >&2 || echo "baselines: could not install awscli/s3cmd" >&2
fi
if [[ -z "$env_file" ]]; then
    own_run="$root/build/s3peer-bench"
    bash "$root/tests/peers/s3start.sh" "$own_run" >&2
    env_file="$own_run/s3peer.env"
fi
# shellcheck disable=SC1090
source "$env_file"
work="$(mktemp -d)"
file="$work/disk.raw"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$file"

# The bucket, made through Swift's own API (tempauth), so no S3 tool is needed for it.
auth="$(curl -s -i -H "X-Auth-User: $IW_S3_ACCESS_KEY" -H "X-Auth-Key: $IW_S3_SECRET" \
    "$IW_S3_ENDPOINT/auth/v1.0" | tr -d '\r')"
token="$(grep -i '^x-auth-token:' <<<"$auth" | cut -d' ' -f2)"
storage="$(grep -i '^x-storage-url:' <<<"$auth" | cut -d' ' -f2)"
bucket="bench-$$"
curl -s -o /dev/null -X PUT -H "X-Auth-Token: $token" "$storage/$bucket"

measure()
{
    local name=$1
    shift
    local log="$work/$name.log" start end rss
    start=$(date +%s.%N)
    if ! /usr/bin/python3 "$here/peers_stamp.py" "$log" -- "$@" >/dev/null 2>&1; then
        echo "$name: FAILED (see $log)"
        return
    fi
    end=$(date +%s.%N)
    rss=$(awk '$2 == "exit" {print $4}' "$log")
    awk -v n="$name" -v s="$start" -v e="$end" -v mib="$size_mib" -v rss="$rss" \
        'BEGIN {printf "%-12s %7.1f s  %7.1f MiB/s  peak RSS %6.1f MiB\n", n, e - s, mib / (e - s), rss / 1024}'
}

export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
imagewright="$root/build/bin/imagewright"
echo "== $size_mib MiB to $IW_S3_ENDPOINT, $runs run(s)"
for ((run = 1; run <= runs; run++)); do
    OBS_ACCESS_KEY_ID="$IW_S3_ACCESS_KEY" OBS_SECRET_ACCESS_KEY="$IW_S3_SECRET" \
        OBS_ENDPOINT="$IW_S3_ENDPOINT" OBS_REGION="$IW_S3_REGION" \
        measure imagewright "$imagewright" obs put "$file" "$bucket/iw-$run.raw"
    if [[ -x /usr/bin/aws ]]; then
        printf '[default]\ns3 =\n    multipart_chunksize = 16MB\n    max_concurrent_requests = 4\n' \
            >"$work/aws.conf"
        AWS_CONFIG_FILE="$work/aws.conf" AWS_ACCESS_KEY_ID="$IW_S3_ACCESS_KEY" \
            AWS_SECRET_ACCESS_KEY="$IW_S3_SECRET" AWS_DEFAULT_REGION="$IW_S3_REGION" \
            measure aws /usr/bin/aws --endpoint-url "$IW_S3_ENDPOINT" s3 cp "$file" \
            "s3://$bucket/aws-$run.raw"
    else
        echo "aws: /usr/bin/aws (Debian's awscli) is not installed; no figure"
    fi
    if command -v s3cmd >/dev/null 2>&1; then
        host="${IW_S3_ENDPOINT#http://}"
        measure s3cmd s3cmd --no-ssl --host="$host" --host-bucket="$host" \
            --access_key="$IW_S3_ACCESS_KEY" --secret_key="$IW_S3_SECRET" \
            --region="$IW_S3_REGION" --multipart-chunk-size-mb=16 put "$file" \
            "s3://$bucket/s3cmd-$run.raw"
    else
        echo "s3cmd: not installed; no figure"
    fi
done
