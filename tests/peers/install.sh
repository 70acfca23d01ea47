#!/usr/bin/env bash
# tests/peers/install.sh: installs the Debian packages the real-service (peers) tests need, if
# missing. Library packages only (no daemon packages: they bring prompts, users, init scripts);
# a policy-rc.d exiting 101 keeps apt from starting anything during the install.
# Exit codes: 0 installed or already there; 77 cannot install (not root and no passwordless
# sudo); other: apt failed.
set -euo pipefail

PEERS_PACKAGES=(
    python3-keystone python3-glance python3-glance-store python3-keystonemiddleware
    python3-cinder python3-nova python3-placement rabbitmq-server python3-openstackclient
    # tst_peersproxy's real proxy: the executable only (tinyproxy itself adds an init script
    # and a system service on port 8888; the test starts its own on a free port).
    tinyproxy-bin
    # The real S3 server (tst_peersobs; reference/s3-peer.md): OpenStack Swift with s3api. No
    # memcached package: s3peer.py serves the few memcache commands tempauth needs itself.
    swift swift-proxy swift-object swift-container swift-account
)

missing=()
for pkg in "${PEERS_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1 || ! sudo -n true 2>/dev/null; then
        echo "peers: cannot install ${missing[*]}: not root and no passwordless sudo" >&2
        exit 77
    fi
    sudo=(sudo -n)
fi

echo "peers: installing ${missing[*]}" >&2
start=$(date +%s)
policy=/usr/sbin/policy-rc.d
had_policy=0
if [[ -e $policy ]]; then
    had_policy=1
    "${sudo[@]}" cp -p "$policy" "$policy.imagewright-peers-saved"
fi
restore_policy()
{
    if ((had_policy)); then
        "${sudo[@]}" mv -f "$policy.imagewright-peers-saved" "$policy"
    else
        "${sudo[@]}" rm -f "$policy"
    fi
}
trap restore_policy EXIT
printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
"${sudo[@]}" chmod 755 "$policy"

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 update -q >&2
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    install -y -q --no-install-recommends "${missing[@]}" >&2
echo "peers: install took $(($(date +%s) - start)) s" >&2
