# Sourced by the package checks: iw_need_packages TEST PACKAGE... makes sure the Debian packages
# are installed. Missing ones are installed when the test may (root, or passwordless sudo), as
# the peers tests do. When it cannot: with CI=true the test fails (exit 1), never skips
# (interfaces.md §2); otherwise it says why and skips (exit 77, the tests' SKIP_RETURN_CODE).

iw_need_packages()
{
    local test=$1
    shift
    local missing=() pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    ((${#missing[@]} == 0)) && return 0

    IW_SUDO=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
            iw_cannot "$test" "missing ${missing[*]}, and not root nor passwordless sudo to install them"
        fi
        IW_SUDO=(sudo -n)
    fi
    echo "$test: installing ${missing[*]}" >&2
    if ! timeout 900 "${IW_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" >&2; then
        # The package lists may be missing or old on a fresh machine: once more after an update.
        timeout 600 "${IW_SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q >&2 || true
        timeout 900 "${IW_SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends "${missing[@]}" >&2 ||
            iw_cannot "$test" "apt-get could not install ${missing[*]}"
    fi
}

# Root or sudo for what follows (installing the package); same rules as above.
iw_need_root()
{
    local test=$1
    IW_SUDO=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
            iw_cannot "$test" "installing a package needs root or passwordless sudo"
        fi
        IW_SUDO=(sudo -n)
    fi
}

iw_cannot()
{
    if [[ ${CI:-} == true ]]; then
        echo "$1: FAILED: $2 (CI=true: a missing prerequisite is a failure)" >&2
        exit 1
    fi
    echo "$1: SKIPPED: $2" >&2
    exit 77
}
