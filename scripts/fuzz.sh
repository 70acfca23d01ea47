#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer, ASan + UBSan) into build-fuzz/ and runs every
# harness of tests/fuzz for SECONDS each (default 60), one after the other, with its corpus,
# its dictionary and its regression inputs. Prints per harness: executions, exec/s, coverage
# (cov and ft from libFuzzer's last stats line), corpus size and findings (crash, leak, timeout
# or OOM inputs, kept in build-fuzz/findings/<harness>/). New corpus entries go to
# build-fuzz/corpus/<harness>/ (merge the useful ones into tests/fuzz/corpus by hand).
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]     Exit code: 1 when anything was found.
# IW_FUZZ_RUNS=N also stops each harness after N executions (the issue's aim: 10^7 or an hour,
# whichever comes first: IW_FUZZ_RUNS=10000000 scripts/fuzz.sh 3600).
# Columns wall_s and cpu_s: the seconds each harness ran and the CPU seconds it had.
# IW_FUZZ_TIMEOUT=S: the seconds one input may take before it counts as a hang (default 10). On a
# machine busy with builds a niced run is starved for longer than that (see docs/fuzzing.md).
# Needs clang, libclang-rt-14-dev and libfuzzer-14-dev (interfaces.md §1). See docs/fuzzing.md.
set -euo pipefail

IW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$IW_ROOT"
SECONDS_EACH="${1:-60}"
shift || true
HARNESSES=("$@")
if ((${#HARNESSES[@]} == 0)); then
    HARNESSES=(requestfile cloudsyaml openrc keystone imsjob models apierror headers s3xml imagefileformat
        httpconnection httpresponse)
fi
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$IW_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

for tool in clang++ cmake ninja; do
    command -v "$tool" >/dev/null || {
        echo "fuzz.sh: $tool is missing (apt-get install clang libclang-rt-14-dev libfuzzer-14-dev)" >&2
        exit 2
    }
done
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
    cmake --preset fuzz >&2
fi
cmake --build build-fuzz --target iw_fuzzers >&2

dict_of()
{
    case "$1" in
        requestfile) echo requestfile ;;
        cloudsyaml) echo yaml ;;
        openrc) echo openrc ;;
        httpconnection) echo http ;;
        httpresponse) echo httpresponse ;;
        headers) echo headers ;;
        s3xml) echo xml ;;
        imagefileformat) echo imagefile ;;
        *) echo json ;;
    esac
}

# Leaks are checked (LeakSanitizer is on with ASan); UBSan reports stop the run.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

status=0
printf '%-15s %12s %9s %7s %7s %7s %9s %7s %7s\n' harness executions exec/s cov ft corpus findings wall_s cpu_s
for h in "${HARNESSES[@]}"; do
    work="build-fuzz/corpus/$h"
    findings="build-fuzz/findings/$h"
    log="build-fuzz/logs/$h.log"
    rm -rf "$findings" # the findings of this run only
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    seeds=("tests/fuzz/corpus/$h")
    [[ -d "tests/fuzz/regressions/$h" ]] && seeds+=("tests/fuzz/regressions/$h")
    # -max_len 64 KiB: the parsers read small files and answers; -timeout 10 s per input (IW_FUZZ_TIMEOUT);
    # -rss_limit_mb 2048 (the machine is shared). One job: the machine has 2 cores.
    set +e
    TIMEFORMAT='%R %U %S'
    { time "build-fuzz/bin/fuzz_$h" "$work" "${seeds[@]}" \
        -dict="tests/fuzz/dict/$(dict_of "$h").dict" \
        -max_total_time="$SECONDS_EACH" ${IW_FUZZ_RUNS:+-runs="$IW_FUZZ_RUNS"} -max_len=65536 -timeout="${IW_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$findings/" >"$log" 2>&1; } 2>"$log.time"
    rc=$?
    set -e
    stats=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$stats")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$stats")
    corp=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$stats")
    runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
    speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -1)
    found=$(find "$findings" -type f | wc -l)
    # Wall and CPU seconds (user + system): a niced run beside other work gets less CPU than wall.
    read -r wall user sys <"$log.time" || true
    cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.0f", u + s }')
    printf '%-15s %12s %9s %7s %7s %7s %9s %7.0f %7s\n' "$h" "${runs:-?}" "${speed:-?}" "${cov:-?}" \
        "${ft:-?}" "${corp:-?}" "$found" "${wall:-0}" "$cpu"
    if ((rc != 0 || found > 0)); then
        status=1
        echo "  $h: libFuzzer exited $rc; see $log and $findings/" >&2
    fi
done
exit "$status"
