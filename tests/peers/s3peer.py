"""A real S3 server on loopback for the `peers` tests: OpenStack Swift (Debian 12) with its s3api
middleware, tempauth and static large objects (S3 multipart), as reference/s3-peer.md §2
describes. One proxy, one account, one container and one object server with 1-replica rings,
objects in RUN_DIR/data, a private memcache stand-in (memcache_stub.py); nothing under /etc.
Test use only. See docs/peers.md.

usage:
  /usr/bin/python3 s3peer.py start RUN_DIR   start under RUN_DIR (made afresh), wait until a
                                             tempauth sign-in works, write RUN_DIR/s3peer.env
  /usr/bin/python3 s3peer.py stop RUN_DIR    end exactly the processes start recorded, delete
                                             RUN_DIR (IW_PEERS_KEEP=1 keeps it)

s3peer.env: IW_S3_ENDPOINT, IW_S3_ACCESS_KEY (account:user: never split on the first colon),
IW_S3_SECRET, IW_S3_REGION, IW_S3_PROXY_LOG (the proxy's request log, one line per request),
IW_S3_STORAGE_DOMAIN (virtual-hosted style: BUCKET.<domain>:PORT, reached through a proxy).
"""
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peers  # noqa: E402 (Runner, free_ports, wait_for, log, Failure)

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"
SERVICES = ["memcache", "account", "container", "object", "proxy"]
ACCESS_KEY = "test:tester"
SECRET = "testing"
REGION = "us-east-1"
# Virtual-hosted style: a Host of BUCKET.s3.peer.test[:PORT] names the bucket (s3api's
# storage_domain). Nothing resolves the name: a client reaches the port through a proxy.
STORAGE_DOMAIN = "s3.peer.test"


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def server_conf(run, kind, port):
    return """[DEFAULT]
bind_ip = 127.0.0.1
bind_port = {port}
workers = 0
devices = {run}/data
mount_check = false
swift_dir = {run}/etc
disable_fallocate = true
log_name = {kind}

[pipeline:main]
pipeline = {kind}-server

[app:{kind}-server]
use = egg:swift#{kind}

[{kind}-replicator]
[{kind}-auditor]
[{kind}-updater]
""".format(run=run, kind=kind, port=port)


def proxy_conf(run, port, memcache_port):
    return """[DEFAULT]
bind_ip = 127.0.0.1
bind_port = {port}
workers = 0
swift_dir = {run}/etc
log_name = proxy

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
allow_account_management = true

[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = {secret} .admin

[filter:s3api]
use = egg:swift#s3api
location = {region}
storage_domain = {storage_domain}
max_upload_part_num = 10000
s3_acl = false

[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:{memcache_port}

[filter:catch_errors]
use = egg:swift#catch_errors
[filter:gatekeeper]
use = egg:swift#gatekeeper
[filter:healthcheck]
use = egg:swift#healthcheck
[filter:proxy-logging]
use = egg:swift#proxy_logging
[filter:listing_formats]
use = egg:swift#listing_formats
[filter:copy]
use = egg:swift#copy
[filter:slo]
use = egg:swift#slo
[filter:dlo]
use = egg:swift#dlo
""".format(run=run, port=port, memcache_port=memcache_port, secret=SECRET, region=REGION,
           storage_domain=STORAGE_DOMAIN)


def start(run):
    if os.path.exists(run):
        shutil.rmtree(run)
    for sub in ("pids", "logs", "etc", "data/d1"):
        os.makedirs(os.path.join(run, sub))
    runner = peers.Runner(run)
    proxy_port, account_port, container_port, object_port, memcache_port = peers.free_ports(5)
    etc = os.path.join(run, "etc")
    swift_conf = os.path.join(etc, "swift.conf")
    write(swift_conf, """[swift-hash]
swift_hash_path_suffix = imagewright-peers
swift_hash_path_prefix = imagewright-peers

[storage-policy:0]
name = gold
default = yes

[swift-constraints]
max_file_size = 5368709122
""")
    with peers.Timer("rings"):
        for kind, port in (("account", account_port), ("container", container_port),
                           ("object", object_port)):
            builder = os.path.join(etc, kind + ".builder")
            for args in (["create", "4", "1", "1"],
                         ["add", "r1z1-127.0.0.1:%d/d1" % port, "100"],
                         ["rebalance"]):
                rc = subprocess.run(["swift-ring-builder", builder] + args, cwd=etc,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT).returncode
                # rebalance answers 1 with a warning on a 1-device ring; the ring is written
                if rc not in (0, 1):
                    raise peers.Failure("swift-ring-builder %s %s failed (%d)"
                                        % (kind, args[0], rc))
            if not os.path.exists(os.path.join(etc, kind + ".ring.gz")):
                raise peers.Failure("swift-ring-builder wrote no %s ring" % kind)
    runner.launch("memcache", [PYTHON, os.path.join(HERE, "memcache_stub.py"), str(memcache_port)])
    confs = {
        "account": (server_conf(run, "account", account_port), "account-server"),
        "container": (server_conf(run, "container", container_port), "container-server"),
        "object": (server_conf(run, "object", object_port), "object-server"),
        "proxy": (proxy_conf(run, proxy_port, memcache_port), "proxy-server"),
    }
    with peers.Timer("servers"):
        for name in ("account", "container", "object", "proxy"):
            text, section = confs[name]
            conf = os.path.join(etc, name + ".conf")
            write(conf, text)
            runner.launch(name, [PYTHON, os.path.join(HERE, "swift_server.py"), conf, section],
                          {"IW_SWIFT_CONF": swift_conf,
                           "IW_SWIFT_LOG": os.path.join(run, "logs", name + "-requests.log")})
        endpoint = "http://127.0.0.1:%d" % proxy_port

        def signed_in():
            for name in SERVICES:
                if not runner.alive(name):
                    raise peers.Failure("%s ended:\n%s" % (name, runner.tail(name)))
            req = urllib.request.Request(endpoint + "/auth/v1.0", headers={
                "X-Auth-User": ACCESS_KEY, "X-Auth-Key": SECRET})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    token = r.headers.get("X-Auth-Token")
                    url = r.headers.get("X-Storage-Url")
            except urllib.error.HTTPError:
                return False
            # The account answers (created on first use): the object path works end to end.
            req = urllib.request.Request(url, method="HEAD", headers={"X-Auth-Token": token})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    return r.status in (200, 204)
            except urllib.error.HTTPError:
                return False
        peers.wait_for("Swift proxy with tempauth", signed_in, 120)
    write(os.path.join(run, "s3peer.env"),
          "IW_S3_ENDPOINT=%s\nIW_S3_ACCESS_KEY=%s\nIW_S3_SECRET=%s\nIW_S3_REGION=%s\n"
          "IW_S3_PROXY_LOG=%s\nIW_S3_STORAGE_DOMAIN=%s\n"
          % (endpoint, ACCESS_KEY, SECRET, REGION,
             os.path.join(run, "logs", "proxy-requests.log"), STORAGE_DOMAIN))
    peers.log("S3 peer ready at %s" % endpoint)


def stop(run):
    runner = peers.Runner(run)
    peers.SERVICES = SERVICES  # Runner.stop_all ends these, in the reverse order
    left = runner.stop_all()
    if left:
        peers.log("could not end: %s" % ", ".join(left))
    if os.environ.get("IW_PEERS_KEEP") != "1":
        shutil.rmtree(run, ignore_errors=True)
    return 1 if left else 0


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write(__doc__)
        return 2
    run = os.path.abspath(sys.argv[2])
    if sys.argv[1] == "stop":
        return stop(run)
    try:
        start(run)
    except peers.Failure as e:
        peers.log("FAILED: %s" % e)
        stop_code = stop(run) if os.environ.get("IW_PEERS_KEEP") != "1" else 0
        return 1 if stop_code == 0 else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
