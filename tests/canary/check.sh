#!/usr/bin/env bash
# tests/canary/check.sh reset|check BUILD_DIR
#
# Issue 5: no secret and no token in any file the test suite's processes write.
#   reset  (CTest fixture set-up, runs first): empties the shared temp folder every test gets as
#          TMPDIR and the tests' private homes, so only this run's files are judged.
#   check  (fixture clean-up, runs last): greps the homes (settings, job stores, caches, the
#          keychain-free state), the temp folder, and the suite's own log (every test's output,
#          with iw.* debug logging on) for the canary secrets of tests/support/canary.h
#          ("canary-<kind>-<hex>") and for anything shaped like a Keystone/demo token
#          ("gAAAAA" + 40 or more base64url characters). Any hit fails; hits are named by file
#          and line, never printed. Excluded: gnome-keyring's own keyring files (the keychain is
#          where secrets belong) and the real OpenStack services' logs (not ours).
# Before scanning, `check` proves it can see a planted canary (a check that cannot fail is none).
set -euo pipefail

mode="${1:?usage: check.sh reset|check BUILD_DIR}"
build="$(cd "${2:?usage: check.sh reset|check BUILD_DIR}" && pwd)"
tmp="$build/tests/tmp"
pattern='canary-(pw|acs|sk|st)-[0-9a-f]{6}|gAAAAA[A-Za-z0-9_-]{40,}'

homes()
{
    find "$build/tests" -mindepth 2 -maxdepth 2 -type d -name home 2>/dev/null
}

# Files to judge under the given paths: everything but the keychain's own files and image
# payloads (over 64 MiB: the bytes tests upload, not anything the app writes about them).
files()
{
    find "$@" -type f -not -path '*/keyrings/*' -size -64M -print0 2>/dev/null
}

# Prints "file:line" of every hit under the given paths; never the matched text.
scan()
{
    files "$@" | xargs -0 -r grep -H -n -a -o -E "$pattern" -- 2>/dev/null | cut -d: -f1,2 | sort -u || true
}

case "$mode" in
reset)
    rm -rf "$tmp"
    mkdir -p "$tmp"
    while IFS= read -r h; do rm -rf "$h"; done < <(homes)
    ;;
check)
    probe="$(mktemp -d)"
    printf 'settings=1\npassword=%s\n' "canary-pw-0123ab" >"$probe/planted.conf"
    mkdir -p "$probe/keyrings" && printf 'canary-sk-0123ab\n' >"$probe/keyrings/login.keyring"
    if [[ "$(scan "$probe")" != "$probe/planted.conf:2" ]]; then
        echo "canary check: the scan did not find exactly the planted canary; it cannot be trusted" >&2
        rm -rf "$probe"
        exit 1
    fi
    rm -rf "$probe"

    targets=("$tmp")
    while IFS= read -r h; do targets+=("$h"); done < <(homes)
    log="$build/Testing/Temporary/LastTest.log"
    [[ -f "$log" ]] && targets+=("$log")
    hits="$(scan "${targets[@]}")"
    count=$(files "${targets[@]}" | tr -cd '\0' | wc -c)
    if [[ -n "$hits" ]]; then
        echo "canary check: secrets or tokens found in files the suite wrote ($count files scanned):" >&2
        echo "$hits" >&2
        exit 1 # the files stay for inspection
    fi
    echo "canary check: $count files scanned, no secret and no token found"
    rm -rf "$tmp" && mkdir -p "$tmp" # kept test files (image payloads too) are not needed now
    ;;
*)
    echo "usage: check.sh reset|check BUILD_DIR" >&2
    exit 2
    ;;
esac
