"""Real OpenStack services (Keystone, Glance, Cinder, Nova, Placement, RabbitMQ) on loopback,
for the `peers` tests. Test use only: SQLite, single processes, no TLS, fake compute and a
sparse-file volume driver. See docs/peers.md.

usage:
  /usr/bin/python3 peers.py start RUN_DIR   start everything under RUN_DIR (made afresh), wait
                                            until ready, write RUN_DIR/peers.env, clouds.yaml,
                                            openrc; print timings
  /usr/bin/python3 peers.py stop RUN_DIR    end exactly the processes start recorded (by PID
                                            file and start time, by session), delete RUN_DIR

Environment: IW_PEERS_TOKEN_SECONDS (Keystone token lifetime, default 30),
IW_PEERS_KEEP=1 (stop keeps RUN_DIR, e.g. to read the logs).
"""
import concurrent.futures
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"
REGION = "RegionOne"
REGION2 = "RegionTwo"
# Started in this order, stopped in the reverse one.
SERVICES = ["epmd", "rabbitmq", "keystone", "glance", "placement", "network", "cinder-scheduler",
            "cinder-volume", "cinder-api", "nova-conductor", "nova-scheduler", "nova-compute",
            "nova-api"]

T0 = time.monotonic()
TIMINGS = []


def log(msg):
    sys.stderr.write("peers [%6.1f s] %s\n" % (time.monotonic() - T0, msg))
    sys.stderr.flush()


class Failure(Exception):
    pass


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.start = time.monotonic()
        return self

    def __exit__(self, *exc):
        took = time.monotonic() - self.start
        TIMINGS.append((self.name, took))
        if exc[0] is None:
            log("%s: %.1f s" % (self.name, took))
        return False


# --- processes -------------------------------------------------------------------------------

def start_time_of(pid):
    """Field 22 of /proc/PID/stat (clock ticks since boot), or None if there is no such PID."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            data = f.read()
    except OSError:
        return None
    return int(data[data.rindex(")") + 2:].split()[19])


def session_members(sid):
    """PIDs whose session is `sid` (all processes a setsid'd daemon started, workers too)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                data = f.read()
        except OSError:
            continue
        fields = data[data.rindex(")") + 2:].split()
        # fields: state ppid pgrp session ...; a zombie has ended, only its parent can reap it
        if int(fields[3]) == sid and fields[0] != "Z":
            members.append(int(entry))
    return members


class Runner:
    def __init__(self, run_dir):
        self.run = run_dir
        self.pids = os.path.join(run_dir, "pids")
        self.logs = os.path.join(run_dir, "logs")

    def path(self, *parts):
        return os.path.join(self.run, *parts)

    def env(self, extra=None):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("OS_") and k not in ("PYTHONHOME", "PYTHONSTARTUP")}
        env["PYTHONPATH"] = HERE
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.setdefault("LANG", "C.UTF-8")
        if extra:
            env.update(extra)
        return env

    def launch(self, name, argv, extra_env=None):
        """Starts a daemon in a session of its own; records "PID STARTTIME" in pids/NAME.pid."""
        logfile = open(os.path.join(self.logs, name + ".log"), "ab")
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=logfile,
                                stderr=subprocess.STDOUT, start_new_session=True,
                                env=self.env(extra_env), cwd=self.run, close_fds=True)
        logfile.close()
        start = start_time_of(proc.pid)
        with open(os.path.join(self.pids, name + ".pid"), "w") as f:
            f.write("%d %d\n" % (proc.pid, start or 0))
        return proc

    def run_tool(self, name, argv, extra_env=None, timeout=300):
        """Runs a one-shot command (db sync...) to its end; its output goes to logs/NAME.log."""
        with open(os.path.join(self.logs, name + ".log"), "ab") as logfile:
            try:
                rc = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=logfile,
                                    stderr=subprocess.STDOUT, env=self.env(extra_env),
                                    cwd=self.run, timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                raise Failure("%s did not finish within %d s (see %s)"
                              % (name, timeout, self.log_path(name)))
        if rc != 0:
            raise Failure("%s failed with exit code %d:\n%s" % (name, rc, self.tail(name)))

    def log_path(self, name):
        return os.path.join(self.logs, name + ".log")

    def tail(self, name, lines=25):
        try:
            with open(self.log_path(name), errors="replace") as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return "(no log)"

    def alive(self, name):
        try:
            with open(os.path.join(self.pids, name + ".pid")) as f:
                pid, start = (int(x) for x in f.read().split())
        except (OSError, ValueError):
            return False
        return start_time_of(pid) == start

    def stop_all(self, grace=10.0):
        """Ends every recorded daemon: TERM to its session, then KILL what is left."""
        if not os.path.isdir(self.pids):
            return []
        targets = []
        for name in reversed(SERVICES):
            pid_file = os.path.join(self.pids, name + ".pid")
            try:
                with open(pid_file) as f:
                    pid, start = (int(x) for x in f.read().split())
            except (OSError, ValueError):
                continue
            leader_start = start_time_of(pid)
            if leader_start is not None and leader_start != start:
                log("%s: PID %d now belongs to another process; not signalled" % (name, pid))
                continue
            # The leader, alive with its recorded start time, or gone: then whatever still has
            # its session ID is what it left behind (the ID is not reused while in use).
            targets.append((name, pid))
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5.0)):
            for name, sid in targets:
                for member in session_members(sid):
                    try:
                        os.kill(member, sig)
                    except ProcessLookupError:
                        pass
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline:
                if not any(session_members(sid) for _, sid in targets):
                    break
                time.sleep(0.1)
            left = [(n, s) for n, s in targets if session_members(s)]
            if not left:
                break
            if sig == signal.SIGTERM:
                log("still running after SIGTERM, killing: %s" % ", ".join(n for n, _ in left))
        left = [n for n, s in targets if session_members(s)]
        for name, _ in targets:
            try:
                os.unlink(os.path.join(self.pids, name + ".pid"))
            except OSError:
                pass
        return left


# --- HTTP ------------------------------------------------------------------------------------

def http(method, url, body=None, token=None, headers=None, timeout=90, raw=None):
    """One request; returns (status, headers, parsed JSON or None). Never raises on HTTP errors.
    The timeout is generous: on a 2-core machine under a parallel build a service can take tens
    of seconds to answer while it starts."""
    data = None
    hdrs = {"Accept": "application/json"}
    if body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if raw is not None:
        data = raw
        hdrs["Content-Type"] = "application/octet-stream"
    if token:
        hdrs["X-Auth-Token"] = token
    if headers:
        hdrs.update(headers)
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            payload = r.read()
            status, rh = r.status, r.headers
    except urllib.error.HTTPError as e:
        payload, status, rh = e.read(), e.code, e.headers
    except socket.timeout:
        # wait_for() retries on OSError; said with the request, not a bare "timed out"
        raise TimeoutError("%s %s: no answer within %d s" % (method, url, timeout))
    try:
        doc = json.loads(payload) if payload else None
    except ValueError:
        doc = None
    return status, rh, doc


def wait_for(what, check, timeout, interval=0.3):
    """Calls check() until it returns something true; Failure after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    last = None
    while True:
        try:
            result = check()
            if result:
                return result
        except (OSError, ValueError, KeyError, TypeError) as e:
            last = e
        if time.monotonic() > deadline:
            raise Failure("%s: not ready within %d s%s" % (what, timeout,
                                                          " (%s)" % last if last else ""))
        time.sleep(interval)


def free_ports(n):
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
        ports.append(s.getsockname()[1])
    for s in socks:
        s.close()
    return ports


def amqp_ready(port):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(b"AMQP\x00\x00\x09\x01")
        s.settimeout(5)
        return s.recv(7)[:1] == b"\x01"  # a method frame: connection.start


# --- configuration ---------------------------------------------------------------------------

def ini(sections):
    out = []
    for name, values in sections.items():
        out.append("[%s]" % name)
        for k, v in values.items():
            out.append("%s = %s" % (k, v))
        out.append("")
    return "\n".join(out)


def write(path, text, mode=0o600):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def sqlite_wal(path):
    import sqlite3
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


class Stack:
    def __init__(self, run_dir, token_seconds):
        self.r = Runner(run_dir)
        self.run = run_dir
        self.token_seconds = token_seconds
        (self.p_keystone, self.p_glance, self.p_cinder, self.p_nova, self.p_placement,
         self.p_network, self.p_rabbit, self.p_epmd, self.p_dist) = free_ports(9)
        self.pw = {n: secrets.token_hex(12) for n in
                   ("admin", "demo", "glance", "nova", "cinder", "placement")}
        self.ks = "http://127.0.0.1:%d/v3" % self.p_keystone
        self.glance_url = "http://127.0.0.1:%d" % self.p_glance
        self.nova_url = "http://127.0.0.1:%d/v2.1" % self.p_nova
        self.cinder_url = "http://127.0.0.1:%d/v3" % self.p_cinder
        self.placement_url = "http://127.0.0.1:%d" % self.p_placement
        self.network_url = "http://127.0.0.1:%d" % self.p_network
        self.transport = "rabbit://guest:guest@127.0.0.1:%d/" % self.p_rabbit
        self.ids = {}

    def d(self, *parts):
        return self.r.path("data", *parts)

    def db(self, name):
        """An SQLite URL that waits up to 60 s for a lock (several processes write one file;
        under load the default 5 s gives "database is locked"). The wait applies because every
        transaction begins IMMEDIATE (iw_sqlite.py)."""
        return "sqlite:///%s?timeout=60" % self.d(name + ".sqlite")

    def dbsection(self, name):
        """An oslo.db section: the URL, and no fsync per commit (test data, shorter locks)."""
        return {"connection": self.db(name), "sqlite_synchronous": "false"}

    def authtoken(self, user):
        return {"www_authenticate_uri": self.ks, "auth_url": self.ks, "auth_type": "password",
                "project_domain_name": "Default", "user_domain_name": "Default",
                "project_name": "service", "username": user, "password": self.pw[user],
                "region_name": REGION, "service_token_roles_required": "true",
                "memcached_servers": ""}

    def ksa(self, user, **extra):
        v = {"auth_type": "password", "auth_url": self.ks, "project_domain_name": "Default",
             "user_domain_name": "Default", "project_name": "service", "username": user,
             "password": self.pw[user], "region_name": REGION, "valid_interfaces": "public"}
        v.update(extra)
        return v

    def write_configs(self):
        for sub in ("glance/images", "glance/staging", "glance/tasks", "glance/cache",
                    "cinder/volumes", "cinder/locks", "cinder/coordination", "nova/instances",
                    "nova/locks", "rabbitmq/mnesia", "rabbitmq/log", "home"):
            os.makedirs(self.d(sub), exist_ok=True)
        e = lambda *p: self.r.path("etc", *p)  # noqa: E731
        write(e("keystone", "keystone.conf"), ini({
            "DEFAULT": {"debug": "false"},
            "database": self.dbsection("keystone"),
            "token": {"provider": "fernet", "expiration": self.token_seconds},
            "fernet_tokens": {"key_repository": e("keystone", "fernet-keys")},
            "fernet_receipts": {"key_repository": e("keystone", "fernet-keys")},
            "credential": {"key_repository": e("keystone", "credential-keys")},
            "cache": {"enabled": "true", "backend": "dogpile.cache.memory"},
            "identity": {"password_hash_rounds": "4"},
        }))
        write(e("glance", "glance-api.conf"), ini({
            "DEFAULT": {"debug": "false", "bind_host": "127.0.0.1", "bind_port": self.p_glance,
                        "workers": "0", "enabled_backends": "fs:file",
                        "enabled_import_methods": "[glance-direct,web-download,copy-image]",
                        "public_endpoint": self.glance_url,
                        "image_cache_dir": self.d("glance", "cache")},
            "database": self.dbsection("glance"),
            "glance_store": {"default_backend": "fs"},
            "fs": {"filesystem_store_datadir": self.d("glance", "images")},
            "os_glance_staging_store": {"filesystem_store_datadir": self.d("glance", "staging")},
            "os_glance_tasks_store": {"filesystem_store_datadir": self.d("glance", "tasks")},
            "paste_deploy": {"flavor": "keystone",
                             "config_file": os.path.join(HERE, "paste", "glance-api-paste.ini")},
            "keystone_authtoken": self.authtoken("glance"),
            "oslo_concurrency": {"lock_path": self.d("glance", "cache")},
        }))
        write(e("placement", "placement.conf"), ini({
            "DEFAULT": {"debug": "false"},
            "placement_database": self.dbsection("placement"),
            "api": {"auth_strategy": "keystone"},
            "keystone_authtoken": self.authtoken("placement"),
        }))
        write(e("cinder", "cinder.conf"), ini({
            "DEFAULT": {"debug": "false", "transport_url": self.transport,
                        "auth_strategy": "keystone", "osapi_volume_listen": "127.0.0.1",
                        "osapi_volume_listen_port": self.p_cinder, "osapi_volume_workers": "1",
                        "api_paste_config": os.path.join(HERE, "paste", "cinder-api-paste.ini"),
                        "state_path": self.d("cinder"), "enabled_backends": "sparse",
                        "glance_api_servers": self.glance_url, "my_ip": "127.0.0.1",
                        "host": "peers", "os_region_name": REGION,
                        "scheduler_driver_init_wait_time": "1",
                        "graceful_shutdown_timeout": "3",
                        "periodic_interval": "5"},
            "database": self.dbsection("cinder"),
            "coordination": {"backend_url": "file://" + self.d("cinder", "coordination")},
            "oslo_concurrency": {"lock_path": self.d("cinder", "locks")},
            "keystone_authtoken": self.authtoken("cinder"),
            "service_user": dict(self.ksa("cinder"), send_service_user_token="true"),
            "nova": self.ksa("cinder", interface="public"),
            "sparse": {"volume_driver": "iw_cinder_driver.SparseFileVolumeDriver",
                       "volume_backend_name": "sparse",
                       "iw_sparse_dir": self.d("cinder", "volumes")},
        }))
        write(e("nova", "nova.conf"), ini({
            "DEFAULT": {"debug": "false", "transport_url": self.transport,
                        "state_path": self.d("nova"), "instances_path": self.d("nova", "instances"),
                        "my_ip": "127.0.0.1", "host": "peers", "enabled_apis": "osapi_compute",
                        "osapi_compute_listen": "127.0.0.1",
                        "osapi_compute_listen_port": self.p_nova, "osapi_compute_workers": "1",
                        "compute_driver": "iwfake.IwFakeDriver",
                        "graceful_shutdown_timeout": "3"},
            "wsgi": {"api_paste_config": os.path.join(HERE, "paste", "nova-api-paste.ini")},
            "api": {"auth_strategy": "keystone"},
            "api_database": self.dbsection("nova_api"),
            "database": self.dbsection("nova"),
            "conductor": {"workers": "1"},
            "scheduler": {"workers": "1", "discover_hosts_in_cells_interval": "-1"},
            "keystone_authtoken": self.authtoken("nova"),
            "placement": self.ksa("placement"),
            "glance": {"region_name": REGION, "valid_interfaces": "public"},
            "neutron": self.ksa("nova"),
            "cinder": dict(self.ksa("nova"), os_region_name=REGION,
                           catalog_info="volumev3::publicURL"),
            "service_user": dict(self.ksa("nova"), send_service_user_token="true"),
            "oslo_concurrency": {"lock_path": self.d("nova", "locks")},
            "vnc": {"enabled": "false"},
            "oslo_messaging_notifications": {"driver": "noop"},
        }))
        write(e("rabbitmq", "rabbitmq.conf"),
              "listeners.tcp.1 = 127.0.0.1:%d\nloopback_users = none\n"
              "log.console = true\nlog.console.level = warning\n" % self.p_rabbit)
        write(e("rabbitmq", "enabled_plugins"), "[].\n")
        write(self.d("home", ".erlang.cookie"), secrets.token_hex(16), mode=0o400)

    # --- steps ---

    def py(self, module, prog, conf, *args):
        """argv for `python3 -c` calling MODULE.main() as PROG with --config-file CONF."""
        # Nova's processes import iw_sqlite after MODULE (its import monkey-patches eventlet),
        # before main() makes an engine: their SQLite transactions begin IMMEDIATE (see
        # iw_sqlite.py; not for Keystone, which then locked itself out).
        hook = "import iw_sqlite; " if module.startswith("nova.") else ""
        code = ("import sys; sys.argv[0] = %r; from %s import main; %ssys.exit(main())"
                % (prog, module, hook))
        return [PYTHON, "-c", code, "--config-file", conf] + list(args)

    def conf(self, service, name=None):
        return self.r.path("etc", service, name or service + ".conf")

    def start_rabbit(self):
        with Timer("epmd + rabbitmq started"):
            self.r.launch("epmd", ["/usr/bin/epmd", "-address", "127.0.0.1",
                                   "-port", str(self.p_epmd)])
            wait_for("epmd", lambda: socket.create_connection(("127.0.0.1", self.p_epmd), 1)
                     .close() or True, 10, 0.1)
            env = {
                "HOME": self.d("home"),
                "ERL_EPMD_PORT": str(self.p_epmd),
                "RABBITMQ_NODENAME": "iwpeers@localhost",
                "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
                "RABBITMQ_NODE_PORT": str(self.p_rabbit),
                "RABBITMQ_DIST_PORT": str(self.p_dist),
                "RABBITMQ_CONFIG_FILE": self.r.path("etc", "rabbitmq", "rabbitmq.conf"),
                "RABBITMQ_ENABLED_PLUGINS_FILE": self.r.path("etc", "rabbitmq",
                                                             "enabled_plugins"),
                "RABBITMQ_MNESIA_BASE": self.d("rabbitmq", "mnesia"),
                "RABBITMQ_LOG_BASE": self.d("rabbitmq", "log"),
                "RABBITMQ_PID_FILE": self.d("rabbitmq", "rabbit.pid"),
                "RABBITMQ_LOGS": "-",
                "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS":
                    "-kernel inet_dist_use_interface {127,0,0,1}",
                "RABBITMQ_CONF_ENV_FILE": "/nonexistent",
            }
            self.r.launch("rabbitmq", ["/usr/lib/rabbitmq/bin/rabbitmq-server"], env)

    def wait_rabbit(self):
        with Timer("rabbitmq ready"):
            wait_for("rabbitmq", lambda: self.alive_or_fail("rabbitmq")
                     and amqp_ready(self.p_rabbit), 90, 0.5)

    def alive_or_fail(self, name):
        if not self.r.alive(name):
            raise Failure("%s ended early:\n%s" % (name, self.r.tail(name)))
        return True

    def db_syncs(self):
        """Every database schema, in parallel (independent SQLite files)."""
        ks = ["/usr/bin/keystone-manage", "--config-file", self.conf("keystone")]
        user = ["--keystone-user", str(os.getuid()), "--keystone-group", str(os.getgid())]
        nova_manage = lambda *a: self.py("nova.cmd.manage", "nova-manage",  # noqa: E731
                                         self.conf("nova"), *a)

        def nova_chain():
            self.r.run_tool("nova-manage", nova_manage("api_db", "sync"))
            self.r.run_tool("nova-manage", nova_manage(
                "cell_v2", "map_cell0", "--database_connection",
                self.db("nova_cell0")))
            self.r.run_tool("nova-manage", nova_manage("cell_v2", "create_cell", "--name",
                                                       "cell1"))
            self.r.run_tool("nova-manage", nova_manage("db", "sync"))

        def timed(name, fn):
            start = time.monotonic()
            fn()
            log("  %s: %.1f s" % (name, time.monotonic() - start))

        jobs = {  # the longest chain first
            "nova dbs": nova_chain,
            "keystone db_sync": lambda: self.r.run_tool("keystone-manage", ks + ["db_sync"]),
            "fernet_setup": lambda: self.r.run_tool("keystone-manage",
                                                    ks + ["fernet_setup"] + user),
            "credential_setup": lambda: self.r.run_tool("keystone-manage",
                                                        ks + ["credential_setup"] + user),
            "glance db_sync": lambda: self.r.run_tool("glance-manage", self.py(
                "glance.cmd.manage", "glance-manage", self.conf("glance", "glance-api.conf"),
                "db_sync")),
            "placement db sync": lambda: self.r.run_tool("placement-manage", [
                "/usr/bin/placement-manage", "--config-file", self.conf("placement"), "db",
                "sync"]),
            "cinder db sync": lambda: self.r.run_tool("cinder-manage", self.py(
                "cinder.cmd.manage", "cinder-manage", self.conf("cinder"), "db", "sync")),
        }
        with Timer("database schemas"):
            # WAL from the start (it is a property of the file): the schema migrations commit
            # many small transactions, and threaded servers need it anyway.
            for db in ("keystone", "glance", "placement", "cinder", "nova_api", "nova",
                       "nova_cell0"):
                sqlite_wal(self.d(db + ".sqlite"))
            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
                futures = {pool.submit(timed, name, fn): name for name, fn in jobs.items()}
                for f in concurrent.futures.as_completed(futures):
                    f.result()

    def start_keystone(self):
        with Timer("keystone bootstrap + ready"):
            self.r.run_tool("keystone-manage", [
                "/usr/bin/keystone-manage", "--config-file", self.conf("keystone"), "bootstrap",
                "--bootstrap-password", self.pw["admin"], "--bootstrap-username", "admin",
                "--bootstrap-project-name", "admin", "--bootstrap-role-name", "admin",
                "--bootstrap-service-name", "keystone", "--bootstrap-region-id", REGION,
                "--bootstrap-admin-url", self.ks.replace("127.0.0.1", "localhost"),
                "--bootstrap-internal-url", self.ks.replace("127.0.0.1", "localhost"),
                "--bootstrap-public-url", self.ks])
            self.r.launch("keystone", [PYTHON, os.path.join(HERE, "wsgi_server.py"), "keystone",
                                       str(self.p_keystone)],
                          {"OS_KEYSTONE_CONFIG_DIR": self.r.path("etc", "keystone")})
            wait_for("keystone", lambda: self.alive_or_fail("keystone")
                     and http("GET", self.ks)[0] == 200, 60)

    def token(self, user, password, project, domain="Default"):
        status, headers, doc = http("POST", self.ks + "/auth/tokens", {"auth": {
            "identity": {"methods": ["password"], "password": {"user": {
                "name": user, "domain": {"name": domain}, "password": password}}},
            "scope": {"project": {"name": project, "domain": {"name": domain}}}}})
        if status != 201:
            raise Failure("token for %s: HTTP %d %s" % (user, status, doc))
        return headers["X-Subject-Token"], doc["token"]

    def admin(self, method, path, body=None, ok=(200, 201, 204)):
        status, _, doc = http(method, self.ks + path, body, token=self.admin_token)
        if status not in ok:
            raise Failure("keystone %s %s: HTTP %d %s" % (method, path, status, doc))
        return doc

    def register(self):
        """Projects, users, roles, regions, services and endpoints."""
        with Timer("catalog and accounts registered"):
            self.admin_token, _ = self.token("admin", self.pw["admin"], "admin")
            roles = {r["name"]: r["id"] for r in self.admin("GET", "/roles")["roles"]}
            if "service" not in roles:
                roles["service"] = self.admin("POST", "/roles",
                                              {"role": {"name": "service"}})["role"]["id"]
            projects = {}
            for name in ("service", "demo"):
                projects[name] = self.admin("POST", "/projects", {"project": {
                    "name": name, "domain_id": "default"}})["project"]["id"]
            self.ids["demo_project"] = projects["demo"]
            for name in ("glance", "nova", "cinder", "placement", "demo"):
                uid = self.admin("POST", "/users", {"user": {
                    "name": name, "domain_id": "default", "password": self.pw[name]}})["user"]["id"]
                self.ids["user_" + name] = uid
                grants = [("demo", "member")] if name == "demo" else \
                    [("service", "admin"), ("service", "service")]
                for project, role in grants:
                    self.admin("PUT", "/projects/%s/users/%s/roles/%s"
                               % (projects[project], uid, roles[role]))
            self.admin("POST", "/regions", {"region": {"id": REGION2}})
            local = lambda url: url.replace("127.0.0.1", "localhost")  # noqa: E731
            services = [
                ("image", "glance", self.glance_url, True),
                ("compute", "nova", self.nova_url, True),
                ("volumev3", "cinderv3", self.cinder_url + "/$(project_id)s", True),
                ("block-storage", "cinder", self.cinder_url, False),
                ("placement", "placement", self.placement_url, False),
                ("network", "neutron", self.network_url, False),
            ]
            for stype, name, url, region2 in services:
                sid = self.admin("POST", "/services", {"service": {
                    "type": stype, "name": name, "enabled": True}})["service"]["id"]
                eps = [(REGION, "public", url), (REGION, "internal", local(url)),
                       (REGION, "admin", local(url))]
                if region2:
                    eps.append((REGION2, "public", local(url)))
                for region, interface, u in eps:
                    self.admin("POST", "/endpoints", {"endpoint": {
                        "service_id": sid, "region_id": region, "interface": interface,
                        "url": u, "enabled": True}})

    def start_services(self):
        """Glance, Placement, the network stub, Cinder scheduler, Nova conductor/scheduler."""
        with Timer("glance, placement, network stub, cinder, nova-api started"):
            self.r.launch("glance", self.py("glance.cmd.api", "glance-api",
                                            self.conf("glance", "glance-api.conf")))
            self.r.launch("placement", [PYTHON, os.path.join(HERE, "wsgi_server.py"),
                                        "placement", str(self.p_placement)],
                          {"OS_PLACEMENT_CONFIG_DIR": self.r.path("etc", "placement")})
            self.r.launch("network", [PYTHON, os.path.join(HERE, "network_stub.py"),
                                      str(self.p_network)])
            self.r.launch("cinder-scheduler", self.py("cinder.cmd.scheduler", "cinder-scheduler",
                                                      self.conf("cinder")))
            # The APIs ask Keystone only when a request comes, so they load meanwhile too.
            self.r.launch("cinder-api", self.py("cinder.cmd.api", "cinder-api",
                                                self.conf("cinder")))
            self.r.launch("nova-api", self.py("nova.cmd.api", "nova-api", self.conf("nova")))

    def wait_http(self, name, url, ok=(200, 300), timeout=90):
        wait_for(name, lambda: self.alive_or_fail(name) and http("GET", url)[0] in ok, timeout)

    def start_apis(self):
        # nova-conductor and nova-scheduler ask Keystone and Placement as they start: after
        # register().
        self.r.launch("nova-conductor", self.py("nova.cmd.conductor", "nova-conductor",
                                                self.conf("nova")))
        self.r.launch("nova-scheduler", self.py("nova.cmd.scheduler", "nova-scheduler",
                                                self.conf("nova")))
        with Timer("glance, placement, cinder-api, nova-api answering"):
            self.wait_http("glance", self.glance_url + "/versions")
            self.wait_http("placement", self.placement_url + "/")
            self.wait_http("network", self.network_url + "/v2.0/networks")
            self.wait_http("cinder-api", "http://127.0.0.1:%d/" % self.p_cinder, timeout=120)
            self.wait_http("nova-api", "http://127.0.0.1:%d/" % self.p_nova, timeout=120)
        # nova-compute registers with Placement through the catalog at start: after register().
        self.r.launch("nova-compute", [PYTHON, os.path.join(HERE, "iw_nova_compute.py"),
                                       "--config-file", self.conf("nova")])

    def service_token(self):
        """A fresh admin token (tokens may live only a few seconds here)."""
        token, _ = self.token("admin", self.pw["admin"], "admin")
        return token

    def wait_cinder(self):
        url = self.cinder_url + "/" + self.ids["admin_project"]

        def up(binary):
            status, _, doc = http("GET", url + "/os-services?binary=" + binary,
                                  token=self.service_token())
            return status == 200 and any(s["state"] == "up" for s in doc["services"])

        with Timer("cinder-scheduler up"):
            wait_for("cinder-scheduler", lambda: self.alive_or_fail("cinder-scheduler")
                     and up("cinder-scheduler"), 120, 0.5)
        with Timer("cinder-volume up, pools visible"):
            self.r.launch("cinder-volume", self.py("cinder.cmd.volume", "cinder-volume",
                                                   self.conf("cinder")))

            def pools():
                self.alive_or_fail("cinder-volume")
                status, _, doc = http("GET", url + "/scheduler-stats/get_pools",
                                      token=self.service_token())
                return status == 200 and doc["pools"]

            wait_for("cinder pools", pools, 120, 0.5)

    def wait_nova(self):
        with Timer("nova-compute discovered"):
            def hypervisor():
                token = self.service_token()  # short-lived tokens: a fresh one each time
                for name in ("nova-compute", "nova-conductor", "nova-scheduler", "nova-api"):
                    self.alive_or_fail(name)
                status, _, doc = http("GET", self.nova_url + "/os-services?binary=nova-compute",
                                      token=token)
                if status != 200 or not any(s["state"] == "up" for s in doc["services"]):
                    return False
                self.r.run_tool("nova-manage", self.py(
                    "nova.cmd.manage", "nova-manage", self.conf("nova"), "cell_v2",
                    "discover_hosts"))
                # discover_hosts can take longer than a 30 s token lives (a loaded machine)
                status, _, doc = http("GET", self.nova_url + "/os-hypervisors",
                                      token=self.service_token())
                return status == 200 and doc["hypervisors"]

            wait_for("nova hypervisor", hypervisor, 180, 1.0)
        token = self.service_token()
        status, _, doc = http("POST", self.nova_url + "/flavors", {"flavor": {
            "name": "iw.tiny", "id": "iw-tiny", "ram": 64, "vcpus": 1, "disk": 1}}, token=token)
        if status != 200:
            raise Failure("flavor: HTTP %d %s" % (status, doc))

    def check_glance_and_cinder(self):
        """A real upload to Glance (kept as the servers' base image) and a real volume."""
        token, body = self.token("demo", self.pw["demo"], "demo")
        with Timer("glance upload verified"):
            status, _, image = http("POST", self.glance_url + "/v2/images", {
                "name": "iw-peers-base", "disk_format": "raw", "container_format": "bare"},
                token=token)
            if status != 201:
                raise Failure("glance create: HTTP %d %s" % (status, image))
            data = b"imagewright peers base image\n" * 4096
            status, _, _ = http("PUT", self.glance_url + "/v2/images/%s/file" % image["id"],
                                raw=data, token=token)
            if status != 204:
                raise Failure("glance upload: HTTP %d" % status)
            status, _, image = http("GET", self.glance_url + "/v2/images/" + image["id"],
                                    token=token)
            import hashlib
            if image.get("status") != "active" or \
                    image.get("os_hash_value") != hashlib.sha512(data).hexdigest():
                raise Failure("glance image not active with the right hash: %s" % image)
            self.ids["base_image"] = image["id"]
        with Timer("cinder volume verified"):
            url = self.cinder_url + "/" + self.ids["demo_project"]
            status, _, doc = http("POST", url + "/volumes", {"volume": {
                "size": 1, "name": "iw-peers-check"}}, token=token)
            if status != 202:
                raise Failure("cinder create: HTTP %d %s" % (status, doc))
            vid = doc["volume"]["id"]

            def available():
                status, _, doc = http("GET", url + "/volumes/" + vid, token=token)
                if doc["volume"]["status"] == "error":
                    raise Failure("the check volume went to error (see logs/cinder-*.log)")
                return doc["volume"]["status"] == "available"

            wait_for("cinder volume available", available, 60, 0.3)
            status, _, _ = http("DELETE", url + "/volumes/" + vid, token=token)
            if status != 202:
                raise Failure("cinder delete: HTTP %d" % status)

    def write_env(self):
        common = {"OS_AUTH_URL": self.ks, "OS_USER_DOMAIN_NAME": "Default",
                  "OS_PROJECT_DOMAIN_NAME": "Default", "OS_REGION_NAME": REGION,
                  "OS_INTERFACE": "public", "OS_IDENTITY_API_VERSION": "3"}
        demo = dict(common, OS_USERNAME="demo", OS_PASSWORD=self.pw["demo"],
                    OS_PROJECT_NAME="demo")
        env = dict(demo)
        env.update({
            "IW_PEERS_RUN_DIR": self.run,
            "IW_PEERS_ADMIN_PASSWORD": self.pw["admin"],
            "IW_PEERS_DEMO_PROJECT_ID": self.ids["demo_project"],
            "IW_PEERS_DEMO_USER_ID": self.ids["user_demo"],
            "IW_PEERS_REGION2": REGION2,
            "IW_PEERS_TOKEN_SECONDS": str(self.token_seconds),
            "IW_PEERS_FLAVOR": "iw-tiny",
            "IW_PEERS_BASE_IMAGE_ID": self.ids["base_image"],
            "IW_PEERS_KEYSTONE_URL": self.ks,
            "IW_PEERS_GLANCE_URL": self.glance_url,
            "IW_PEERS_NOVA_URL": self.nova_url,
            "IW_PEERS_CINDER_URL": self.cinder_url,
            "IW_PEERS_PLACEMENT_URL": self.placement_url,
            "IW_PEERS_NETWORK_URL": self.network_url,
            "IW_PEERS_RABBIT_PORT": str(self.p_rabbit),
        })
        write(self.r.path("peers.env"), "".join("%s=%s\n" % kv for kv in sorted(env.items())))
        write(self.r.path("openrc"), "".join("export %s=%s\n" % kv for kv in
                                             sorted(demo.items())))
        write(self.r.path("admin-openrc"), "".join(
            "export %s=%s\n" % kv for kv in sorted(dict(
                common, OS_USERNAME="admin", OS_PASSWORD=self.pw["admin"],
                OS_PROJECT_NAME="admin").items())))

        def cloud(user, project):
            return ("    auth:\n      auth_url: %s\n      username: %s\n      password: %s\n"
                    "      project_name: %s\n      user_domain_name: Default\n"
                    "      project_domain_name: Default\n    region_name: %s\n"
                    "    interface: public\n    identity_api_version: 3\n"
                    % (self.ks, user, self.pw[user], project, REGION))
        write(self.r.path("clouds.yaml"), "clouds:\n  peers:\n" + cloud("demo", "demo")
              + "  peers-admin:\n" + cloud("admin", "admin"))

    def start(self):
        self.write_configs()
        self.start_rabbit()  # Erlang takes a while: it starts while the schemas are made
        self.db_syncs()
        self.start_services()  # Python imports take seconds each: they overlap Keystone's start
        self.start_keystone()
        self.register()
        _, t = self.token("admin", self.pw["admin"], "admin")
        self.ids["admin_project"] = t["project"]["id"]
        self.wait_rabbit()
        self.start_apis()
        self.wait_cinder()
        self.wait_nova()
        self.check_glance_and_cinder()
        self.write_env()


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.stderr.write(__doc__)
        return 2
    action, run_dir = sys.argv[1], os.path.abspath(sys.argv[2])
    runner = Runner(run_dir)
    if action == "stop":
        with Timer("stop"):
            left = runner.stop_all()
        if left:
            log("could not end: %s" % ", ".join(left))
            return 1
        if os.environ.get("IW_PEERS_KEEP") == "1":
            log("kept %s" % run_dir)
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
        return 0

    # start: whatever an earlier run left behind is ended first
    if os.path.isdir(run_dir):
        left = runner.stop_all()
        if left:
            log("an earlier run's processes could not be ended: %s" % ", ".join(left))
            return 1
        shutil.rmtree(run_dir)
    for sub in ("pids", "logs", "etc", "data"):
        os.makedirs(os.path.join(run_dir, sub))
    os.chmod(run_dir, 0o700)
    token_seconds = int(os.environ.get("IW_PEERS_TOKEN_SECONDS", "30"))
    stack = Stack(run_dir, token_seconds)
    try:
        stack.start()
    except Exception as e:  # noqa: BLE001 - any failure: report, end what was started
        log("START FAILED: %s" % e)
        for name in SERVICES:
            if os.path.exists(runner.log_path(name)):
                log("--- last lines of logs/%s.log ---\n%s" % (name, runner.tail(name, 15)))
        if os.environ.get("IW_PEERS_KEEP") != "1":
            runner.stop_all()
        return 1
    total = time.monotonic() - T0
    log("ready in %.1f s; environment in %s" % (total, runner.path("peers.env")))
    with open(runner.path("timings.txt"), "w") as f:
        for name, took in TIMINGS:
            f.write("%-55s %6.1f s\n" % (name, took))
        f.write("%-55s %6.1f s\n" % ("total start", total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
