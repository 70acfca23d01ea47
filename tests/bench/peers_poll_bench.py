"""Requests per job and time to notice the end: Imagewright vs a fixed 2 s poll, against the real
Nova, Cinder and Glance of tests/peers (interfaces.md §8). A benchmark: prints figures, asserts
nothing. Normally run through peers_poll_bench.sh, which starts the services.

usage: /usr/bin/python3 peers_poll_bench.py --env PEERS_ENV --imagewright BIN
           [--nova-jobs N] [--snapshot-delay S] [--cinder-jobs N] [--volume-gib G]

Job shapes (each run once by each poller, all at the same time, so both meet the same load):
  nova    createImage on a FakeDriver server whose snapshot waits S seconds in
          image_pending_upload (server metadata iw_snapshot_delay), then uploads 1 MiB;
          the job ends when the image is active
  cinder  os-volume_upload_image of a G GiB volume (sparse file: G GiB of zeros through
          Glance); the job ends when the volume is back to available and the image active

Pollers:
  imagewright  `imagewright submit FILE --wait --family openstack` with the request file the
               review page writes, its REST client's debug log on (QT_LOGGING_RULES
               iw.net.debug=true): every request it makes is counted on the client, from that
               log; the end is noticed when "status=succeeded" is printed
  fixed-2s     this script: the same create, then one GET of the same resources every 2 s
               (Nova: the image; Cinder: the volume, and the image once the volume is back)

The cloud's end: Glance's images.updated_at when it went active and Cinder's volumes.updated_at
when it went back to available, read from the harness's SQLite files (microseconds; the APIs
round Glance's to whole seconds), else from the APIs. Delay = noticed - cloud's end.
"""
import argparse
import datetime
import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

INTERVAL = 2.0


def log(msg):
    sys.stderr.write("poll bench: %s\n" % msg)
    sys.stderr.flush()


def load_env(path):
    env = {}
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line and not line.startswith("#"):
                k, v = line.split("=", 1)
                env[k] = v
    return env


def http(method, url, body=None, token=None, headers=None, timeout=60):
    data = None
    hdrs = {"Accept": "application/json"}
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if token:
        hdrs["X-Auth-Token"] = token
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            payload, status, rh = r.read(), r.status, r.headers
    except urllib.error.HTTPError as e:
        payload, status, rh = e.read(), e.code, e.headers
    try:
        doc = json.loads(payload) if payload else None
    except ValueError:
        doc = None
    return status, rh, doc


class Cloud:
    def __init__(self, env):
        self.env = env
        self.nova = env["IW_PEERS_NOVA_URL"]
        self.glance = env["IW_PEERS_GLANCE_URL"]
        self.cinder = env["IW_PEERS_CINDER_URL"] + "/" + env["IW_PEERS_DEMO_PROJECT_ID"]
        self.run_dir = env["IW_PEERS_RUN_DIR"]
        self._token, self._token_at = None, 0.0
        self._lock = threading.Lock()
        # tokens may live 30 s (the test harness): renew well before
        self.token_life = max(5.0, int(env.get("IW_PEERS_TOKEN_SECONDS", "30")) / 3.0)

    def token(self):
        with self._lock:
            if self._token and time.monotonic() - self._token_at < self.token_life:
                return self._token
            e = self.env
            status, headers, doc = http("POST", e["OS_AUTH_URL"] + "/auth/tokens", {"auth": {
                "identity": {"methods": ["password"], "password": {"user": {
                    "name": e["OS_USERNAME"], "domain": {"name": "Default"},
                    "password": e["OS_PASSWORD"]}}},
                "scope": {"project": {"name": e["OS_PROJECT_NAME"],
                                      "domain": {"name": "Default"}}}}})
            if status != 201:
                raise RuntimeError("token: HTTP %d" % status)
            self._token, self._token_at = headers["X-Subject-Token"], time.monotonic()
            return self._token

    def create_server(self, name, delay):
        for attempt in range(1, 4):
            status, _, doc = http("POST", self.nova + "/servers", {"server": {
                "name": name, "imageRef": self.env["IW_PEERS_BASE_IMAGE_ID"],
                "flavorRef": self.env["IW_PEERS_FLAVOR"], "networks": "none",
                "metadata": {"iw_snapshot_delay": str(delay)}}}, token=self.token(),
                headers={"OpenStack-API-Version": "compute 2.37"})
            if status != 202:
                raise RuntimeError("server create: HTTP %d %s" % (status, doc))
            sid = doc["server"]["id"]
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                _, _, doc = http("GET", self.nova + "/servers/" + sid, token=self.token())
                state = doc["server"]["status"]
                if state == "ACTIVE":
                    return sid
                if state == "ERROR":
                    break
                time.sleep(0.5)
            log("set-up: server %s did not become ACTIVE (attempt %d; the harness's SQLite "
                "lock?): creating it again" % (sid, attempt))
            http("DELETE", self.nova + "/servers/" + sid, token=self.token())
        raise RuntimeError("no ACTIVE server after 3 attempts")

    def create_volume(self, name, gib):
        status, _, doc = http("POST", self.cinder + "/volumes", {"volume": {
            "size": gib, "name": name}}, token=self.token())
        if status != 202:
            raise RuntimeError("volume create: HTTP %d %s" % (status, doc))
        vid = doc["volume"]["id"]
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            _, _, doc = http("GET", self.cinder + "/volumes/" + vid, token=self.token())
            if doc["volume"]["status"] == "available":
                return vid
            if doc["volume"]["status"].startswith("error"):
                raise RuntimeError("volume %s went to %s" % (vid, doc["volume"]["status"]))
            time.sleep(0.5)
        raise RuntimeError("volume %s not available within 120 s" % vid)

    def image(self, image_id):
        status, _, doc = http("GET", self.glance + "/v2/images/" + image_id, token=self.token())
        return doc if status == 200 else None

    def volume(self, volume_id):
        status, _, doc = http("GET", self.cinder + "/volumes/" + volume_id, token=self.token())
        return doc["volume"] if status == 200 else None

    def _db_time(self, db, sql, key):
        path = os.path.join(self.run_dir, "data", db + ".sqlite")
        if not os.path.exists(path):
            return None
        con = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=30)
        try:
            row = con.execute(sql, (key,)).fetchone()
        finally:
            con.close()
        return parse_time(row[0]) if row and row[0] else None

    def image_end(self, image_id):
        """When the image went active (Glance's updated_at), unix time."""
        t = self._db_time("glance", "SELECT updated_at FROM images WHERE id = ?", image_id)
        if t is None:
            t = parse_time(self.image(image_id)["updated_at"])
        return t

    def volume_end(self, volume_id):
        t = self._db_time("cinder", "SELECT updated_at FROM volumes WHERE id = ?", volume_id)
        if t is None:
            t = parse_time(self.volume(volume_id)["updated_at"])
        return t


def parse_time(text):
    text = str(text).rstrip("Z").replace(" ", "T")
    fmt = "%Y-%m-%dT%H:%M:%S.%f" if "." in text else "%Y-%m-%dT%H:%M:%S"
    return datetime.datetime.strptime(text, fmt).replace(
        tzinfo=datetime.timezone.utc).timestamp()


class Result:
    def __init__(self, shape, poller):
        self.shape, self.poller = shape, poller
        self.accepted = None   # unix time the create was answered
        self.noticed = None    # unix time the poller knew the job had ended
        self.polls = 0         # GETs after the create
        self.requests = 0      # every request (tokens, create, polls)
        self.image_id = None
        self.volume_id = None
        self.cloud_end = None
        self.error = None


def imagewright_job(cloud, args, shape, resource, result, home):
    name = "bench-poll-%s-iw-%s" % (shape, uuid.uuid4().hex[:6])
    if shape == "nova":
        request = {"format": 1, "method": "nova-create-image",
                   "params": {"server_id": resource}, "body": {"createImage": {"name": name}}}
    else:
        request = {"format": 1, "method": "cinder-upload-to-image",
                   "params": {"volume_id": resource}, "body": {"os-volume_upload_image": {
                       "container_format": "bare", "disk_format": "raw", "image_name": name}}}
        result.volume_id = resource
    path = os.path.join(home, name + ".json")
    with open(path, "w") as f:
        json.dump(request, f)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update({k: v for k, v in cloud.env.items() if k.startswith("OS_")})
    env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config",
                "XDG_DATA_HOME": home + "/data", "XDG_CACHE_HOME": home + "/cache",
                "XDG_STATE_HOME": home + "/state", "QT_QPA_PLATFORM": "offscreen",
                "LC_ALL": "C.UTF-8", "LANGUAGE": "en",
                "QT_LOGGING_RULES": "iw.net.debug=true",
                "QT_MESSAGE_PATTERN": "%{category} %{message}"})
    lines = []
    lock = threading.Lock()
    proc = subprocess.Popen([args.imagewright, "submit", path, "--wait", "--family",
                             "openstack", "--timeout", str(args.job_timeout)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)

    def pump(stream, kind):
        for raw in iter(stream.readline, b""):
            with lock:
                lines.append((time.time(), kind, raw.decode("utf-8", "replace").rstrip("\n")))

    threads = [threading.Thread(target=pump, args=(proc.stdout, "out")),
               threading.Thread(target=pump, args=(proc.stderr, "err"))]
    for t in threads:
        t.start()
    rc = proc.wait()
    for t in threads:
        t.join()
    with open(os.path.join(home, name + ".log"), "w") as f:
        for t, kind, text in lines:
            f.write("%.6f %s %s\n" % (t, kind, text))
    for t, kind, text in lines:
        if kind == "out" and text.startswith("job_id=") and result.accepted is None:
            result.accepted = t
        elif kind == "out" and text == "status=succeeded":
            result.noticed = t
        elif kind == "out" and text.startswith("image_id="):
            result.image_id = text.split("=", 1)[1]
        elif kind == "err" and text.startswith("iw.net ") and " -> " in text:
            # one finished request: "iw.net METHOD URL -> STATUS ..."
            result.requests += 1
            method = text.split()[1]
            if method == "GET" and result.accepted is not None and t >= result.accepted:
                result.polls += 1
    if rc != 0 or result.noticed is None:
        tail = [text for _, kind, text in lines if kind == "out" or not text.startswith("iw.")]
        result.error = "exit %d: %s" % (rc, " | ".join(tail[-4:]))


def fixed_job(cloud, args, shape, resource, result):
    name = "bench-poll-%s-fixed-%s" % (shape, uuid.uuid4().hex[:6])
    result.requests += 1
    if shape == "nova":
        status, _, doc = http("POST", cloud.nova + "/servers/%s/action" % resource,
                              {"createImage": {"name": name}}, token=cloud.token(),
                              headers={"OpenStack-API-Version": "compute 2.45"})
        if status != 202:
            result.error = "createImage: HTTP %d %s" % (status, doc)
            return
        result.image_id = doc["image_id"]
    else:
        result.volume_id = resource
        status, _, doc = http("POST", cloud.cinder + "/volumes/%s/action" % resource,
                              {"os-volume_upload_image": {"container_format": "bare",
                                                          "disk_format": "raw",
                                                          "image_name": name}},
                              token=cloud.token())
        if status != 202:
            result.error = "os-volume_upload_image: HTTP %d %s" % (status, doc)
            return
        result.image_id = doc["os-volume_upload_image"]["image_id"]
    result.accepted = time.time()
    deadline = time.monotonic() + args.job_timeout
    tick = time.monotonic()
    volume_back = shape == "nova"
    while time.monotonic() < deadline:
        tick += INTERVAL
        time.sleep(max(0.0, tick - time.monotonic()))
        if not volume_back:
            result.polls += 1
            result.requests += 1
            v = cloud.volume(resource)
            if v and v["status"] == "uploading":
                continue
            if not v or v["status"] != "available":
                result.error = "volume went to %s" % (v or {}).get("status")
                return
            volume_back = True
        result.polls += 1
        result.requests += 1
        image = cloud.image(result.image_id)
        status = (image or {}).get("status")
        if status == "active":
            result.noticed = time.time()
            return
        if status not in ("queued", "saving", "importing"):
            result.error = "image went to %s" % status
            return
    result.error = "not ended within %d s" % args.job_timeout


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--env", required=True)
    p.add_argument("--imagewright", required=True)
    p.add_argument("--nova-jobs", type=int, default=2)
    p.add_argument("--snapshot-delay", type=int, default=45)
    p.add_argument("--cinder-jobs", type=int, default=2)
    p.add_argument("--volume-gib", type=int, default=2)
    p.add_argument("--job-timeout", type=int, default=300)
    args = p.parse_args()
    cloud = Cloud(load_env(args.env))
    home = tempfile.mkdtemp(prefix="poll-bench.", dir=cloud.run_dir)
    os.chmod(home, 0o700)
    servers, volumes, results = [], [], []
    try:
        t0 = time.monotonic()
        for i in range(2 * args.nova_jobs):
            servers.append(cloud.create_server("bench-poll-%d" % i, args.snapshot_delay))
        for i in range(2 * args.cinder_jobs):
            volumes.append(cloud.create_volume("bench-poll-%d" % i, args.volume_gib))
        log("set-up: %d servers, %d volumes of %d GiB in %.0f s"
            % (len(servers), len(volumes), args.volume_gib, time.monotonic() - t0))
        log("load average at the start: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        threads = []
        for shape, resources in (("nova", servers), ("cinder", volumes)):
            for i, resource in enumerate(resources):
                r = Result(shape, "imagewright" if i % 2 == 0 else "fixed-2s")
                results.append(r)
                if r.poller == "imagewright":
                    t = threading.Thread(target=imagewright_job,
                                         args=(cloud, args, shape, resource, r, home))
                else:
                    t = threading.Thread(target=fixed_job, args=(cloud, args, shape, resource, r))
                threads.append(t)
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        load_end = " ".join(open("/proc/loadavg").read().split()[:3])
        for r in results:
            if r.error is None and r.image_id:
                end = cloud.image_end(r.image_id)
                if r.volume_id:
                    end = max(end, cloud.volume_end(r.volume_id))
                r.cloud_end = end
        print("%-7s %-12s %8s %6s %9s %10s %7s %9s  %s" % (
            "job", "poller", "job s", "polls", "requests", "fixed-2s", "ratio", "noticed",
            "image"))
        for r in results:
            if r.error or r.cloud_end is None:
                print("%-7s %-12s  FAILED: %s" % (r.shape, r.poller, r.error))
                continue
            duration = r.cloud_end - r.accepted
            equivalent = max(1, math.ceil(duration / INTERVAL))  # a 2 s poll's GETs to the end
            print("%-7s %-12s %8.1f %6d %9d %10d %7.2f %8.1fs  %s" % (
                r.shape, r.poller, duration, r.polls, r.requests, equivalent,
                r.polls / equivalent, r.noticed - r.cloud_end, r.image_id))
        print("(job s: create answered to the cloud's end; polls: GETs after the create; "
              "requests: all, tokens and create included; fixed-2s: the GETs of one resource "
              "every 2 s over the same time; ratio: polls / fixed-2s; noticed: seconds after "
              "the cloud's end)")
        print("load average at the end: %s" % load_end)
    finally:
        token = cloud.token()
        for r in results:
            if r.image_id:
                http("DELETE", cloud.glance + "/v2/images/" + r.image_id, token=token)
        for sid in servers:
            http("DELETE", cloud.nova + "/servers/" + sid, token=token)
        for vid in volumes:
            http("DELETE", cloud.cinder + "/volumes/" + vid, token=token)
    return 0 if all(r.error is None for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
