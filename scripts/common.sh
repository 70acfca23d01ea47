#!/usr/bin/env bash
# Sourced by run.sh and test.sh: installs the missing Debian packages, configures once, builds.
# Everything here must work on a fresh Debian 12 machine from a clean clone, and be quick the
# second time (dpkg-query check, no reinstall, incremental Ninja build).
set -euo pipefail

IW_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$IW_ROOT"
BUILD_DIR="${BUILD_DIR:-build}"
# ccache hits across clones in other folders (CI clones afresh): paths relative to the tree.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$IW_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"

# Build tools, Qt 6.4 from Debian, QtKeychain, and what headless runs and tests need.
# libsecret-1-0: QtKeychain dlopen()s it. libqt6sql6-sqlite: the job store's driver (a plugin). qt6-websockets-dev: Qt6HttpServer's CMake config needs it.
# Never dbus-x11 (keychain calls hang on a hidden prompt under Xvfb).
IW_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libqt6sql6-sqlite
    libsecret-1-0 libgl-dev libssl-dev libyaml-cpp-dev
    xvfb xauth dbus gnome-keyring libsecret-tools
    fonts-wqy-microhei fonts-dejavu-core curl openssl python3
)

# A script may add packages of its own before sourcing this file (test.sh: the metadata checks).
IW_EXTRA_PACKAGES=("${IW_EXTRA_PACKAGES[@]+"${IW_EXTRA_PACKAGES[@]}"}")
# and name the build targets it needs (run.sh: the app and the demo cloud); none: everything.
IW_BUILD_TARGETS=("${IW_BUILD_TARGETS[@]+"${IW_BUILD_TARGETS[@]}"}")

iw_install_packages()
{
    local missing=()
    local pkg
    for pkg in "${IW_PACKAGES[@]}" "${IW_EXTRA_PACKAGES[@]+"${IW_EXTRA_PACKAGES[@]}"}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo -n)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 update -q >&2
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends \
        "${missing[@]}" >&2
}

iw_build()
{
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
        cmake --preset dev -B "$BUILD_DIR" >&2
    fi
    if ((${#IW_BUILD_TARGETS[@]} > 0)); then
        cmake --build "$BUILD_DIR" --target "${IW_BUILD_TARGETS[@]}" >&2
    else
        cmake --build "$BUILD_DIR" >&2
    fi
}

# iw_build_preset PRESET FOLDER: configure once and build everything of another preset (test.sh:
# the sanitizer run).
iw_build_preset()
{
    if [[ ! -f "$2/CMakeCache.txt" ]]; then
        cmake --preset "$1" -B "$2" >&2
    fi
    cmake --build "$2" >&2
}

iw_install_packages
iw_build
