#!/usr/bin/env bash
# tests/package/deb.sh BUILD_DIR SOURCE_DIR VERSION (test package_deb, label package; run by CI
# as root): the .deb builds (CPack), lintian reports no error on it, apt installs it, the
# installed app works (--version, `submit --wait` against the installed demo cloud, the GUI's
# --screenshot, which starts that demo cloud itself), and apt-get purge leaves none of its files.
# Every step is bounded by a timeout. A package left installed by an earlier run is purged first;
# a failing run purges what it installed.
set -euo pipefail
build=$(cd "$1" && pwd) src=$2 version=$3
source "$src/tests/package/prereq.sh"
# cpack's DEB generator: dpkg-shlibdeps (dpkg-dev) for the dependencies, file to find the ELF
# files; lintian for the package check. Not part of run.sh's set.
iw_need_root package_deb
iw_need_packages package_deb dpkg-dev file lintian desktop-file-utils

started=$(date +%s)
work="$build/tests/package-run"
rm -rf "$work"
mkdir -p "$work/home"
step()
{
    echo "== [$(($(date +%s) - started)) s] $*"
}
apt_get()
{
    timeout 600 "${IW_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=300 -q -y "$@"
}
installed()
{
    dpkg-query -W -f='${Status}' imagewright 2>/dev/null | grep -q 'install ok installed'
}
demo_pid=""
we_installed=0
cleanup()
{
    local rc=$?
    if [[ -n $demo_pid ]]; then
        kill "$demo_pid" 2>/dev/null || true
        wait "$demo_pid" 2>/dev/null || true
    fi
    if ((we_installed)) && installed; then
        echo "package_deb: removing the package this run installed" >&2
        apt_get purge imagewright >/dev/null || true
    fi
    exit "$rc"
}
trap cleanup EXIT

step "cpack -G DEB"
timeout 900 cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(find "$work/out" -maxdepth 1 -name "imagewright_${version}_*.deb" | head -n 1)
[[ -f $deb ]] || { cat "$work/cpack.log"; echo "no imagewright_${version}_*.deb made" >&2; exit 1; }
echo "$deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Package Version Section Maintainer Depends Recommends

step "lintian (errors fail, warnings are listed)"
set +e
timeout 600 lintian --tag-display-limit 0 --display-info "$deb" 2>&1 | tee "$work/lintian.log"
set -e
if grep -q '^E:' "$work/lintian.log"; then
    echo "lintian reported errors" >&2
    exit 1
fi

if installed; then
    step "purging the package an earlier run left installed"
    apt_get purge imagewright
fi

step "apt-get install $deb"
we_installed=1
apt_get install --no-install-recommends "$deb"
installed

# A private home: what the installed app writes stays in this run's folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
export XDG_CACHE_HOME="$work/home/cache" XDG_STATE_HOME="$work/home/state"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8

step "files in place"
dpkg -L imagewright | sort >"$work/files.txt"
appid=io.github.imagewright.Imagewright
for f in /usr/bin/imagewright /usr/libexec/imagewright/imagewright-democloud \
    /usr/share/applications/$appid.desktop /usr/share/metainfo/$appid.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$appid.svg \
    /usr/share/icons/hicolor/16x16/apps/$appid.png /usr/share/icons/hicolor/512x512/apps/$appid.png \
    /usr/share/man/man1/imagewright.1.gz /usr/share/bash-completion/completions/imagewright \
    /usr/share/doc/imagewright/copyright /usr/share/doc/imagewright/changelog.gz; do
    grep -qxF "$f" "$work/files.txt" || { echo "the package lacks $f" >&2; exit 1; }
done
timeout 30 desktop-file-validate /usr/share/applications/$appid.desktop
# Captured first (pipefail: `grep -q` stopping early can end man by SIGPIPE).
grep -q 'imagewright submit' <<<"$(timeout 30 man -l /usr/share/man/man1/imagewright.1.gz 2>&1)"

step "imagewright --version (no display, no platform given)"
out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY timeout 30 /usr/bin/imagewright --version)
echo "$out"
[[ $out == "imagewright $version" ]]
timeout 30 /usr/libexec/imagewright/imagewright-democloud --version | grep -qx "imagewright-democloud $version"

step "imagewright submit --wait against the installed demo cloud"
/usr/libexec/imagewright/imagewright-democloud --port 0 --job-seconds 0.5 \
    >"$work/democloud.out" 2>"$work/democloud.log" &
demo_pid=$!
auth_url=""
for _ in $(seq 100); do
    auth_url=$(head -n 1 "$work/democloud.out" 2>/dev/null || true)
    [[ $auth_url == http://127.0.0.1:*/v3 ]] && break
    kill -0 "$demo_pid" 2>/dev/null || break
    sleep 0.2
done
[[ $auth_url == http://127.0.0.1:*/v3 ]] || { cat "$work/democloud.log"; echo "the demo cloud did not start" >&2; exit 1; }
echo "demo cloud at $auth_url"
# An IMS image from the demo cloud's stopped server db-01 (docs/democloud.md).
cat >"$work/request.json" <<'JSON'
{"format": 1, "method": "ims-ecs", "params": {},
 "body": {"name": "package-test", "description": "made by the package test",
          "instance_id": "877a2cda-ba63-4e1e-b95f-e67e48b6129a"}}
JSON
set +e
OS_AUTH_URL=$auth_url OS_USERNAME=demo OS_PASSWORD=demo OS_PROJECT_NAME=demo \
    OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_ID=default OS_REGION_NAME=demo-1 \
    OS_INTERFACE=public timeout 120 /usr/bin/imagewright submit "$work/request.json" --wait \
    --timeout 60 >"$work/submit.out" 2>"$work/submit.err"
rc=$?
set -e
cat "$work/submit.out" "$work/submit.err"
[[ $rc -eq 0 ]] || { echo "submit exited $rc" >&2; exit 1; }
grep -q '^job_id=.' "$work/submit.out"
grep -q '^image_id=.' "$work/submit.out"
grep -qx 'status=succeeded' "$work/submit.out"
kill "$demo_pid"
wait "$demo_pid" 2>/dev/null || true
demo_pid=""

step "imagewright --screenshot (offscreen; the app starts the installed demo cloud)"
set +e
timeout 180 dbus-run-session -- /usr/bin/imagewright --screenshot "$work/main.png" \
    >"$work/screenshot.log" 2>&1
rc=$?
set -e
if [[ $rc -ne 0 ]]; then
    cat "$work/screenshot.log"
    echo "--screenshot exited $rc" >&2
    exit 1
fi
[[ $(head -c 8 "$work/main.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]]
size=$(stat -c %s "$work/main.png")
echo "main.png: $size bytes"
((size > 10000))

step "apt-get purge imagewright"
apt_get purge imagewright
we_installed=0
status=$(dpkg-query -W -f='${Status}' imagewright 2>/dev/null || true)
[[ -z $status || $status == *not-installed ]] || { echo "dpkg still has imagewright: $status" >&2; exit 1; }
left=0
while IFS= read -r path; do
    [[ -z $path || $path == /. ]] && continue
    if [[ -d $path && ! -L $path ]]; then
        # A folder may stay when another package owns it or something else is in it.
        if [[ -z $(ls -A "$path") ]] && ! dpkg -S "$path" >/dev/null 2>&1; then
            echo "left behind: empty folder $path" >&2
            left=1
        fi
    elif [[ -e $path || -L $path ]]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$work/files.txt"
((left == 0))
[[ ! -e /usr/libexec/imagewright && ! -e /usr/share/doc/imagewright ]]

step "done: built, checked, installed, run and removed in $(($(date +%s) - started)) s"
