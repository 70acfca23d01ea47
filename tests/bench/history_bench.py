#!/usr/bin/env python3
"""History that scales (issue 12, interfaces.md §8): does a long job history show?

Prints, for an empty job store and for stores seeded with N finished jobs (bench_store --dir):
- `imagewright submit --wait` of a short demo IMS job: wall time (median of --runs) and peak
  RSS of the submit process (wait4), against the empty store;
- the GUI's first visible window: the time from start until the app logs that its main window
  was shown (category iw.startup), against a bare Qt Widgets window started the same way
  (bench_barewindow: QApplication, one QMainWindow, the same log line; also printed, as a
  reference, the same window with a menu, a filter field and a table: what text alone costs);
  and the time until the
  app logs that the job history is in (read on a worker thread after the window is shown).
Figures, not assertions. Aims: submit within 1.1x of the empty-store time and within 20 MB of
its memory; the first window within 1.3x of the bare window.

  tests/bench/history_bench.py [--build build] [--jobs 10000,100000] [--runs 5]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

SHUTOFF_SERVER = "877a2cda-ba63-4e1e-b95f-e67e48b6129a"  # db-01 of the demo cloud


def spawn_and_measure(argv, env, until_line=None, timeout=120, marks=None):
    """Runs argv; returns (seconds, peak RSS in KiB, exit code). With until_line, the time is
    taken when a stderr line containing it appears, and the process is then ended; `marks`
    (a dict) gets the time of each line of `marks`' keys seen before."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, errors="replace")
    seconds = None
    if until_line:
        for line in proc.stderr:
            for key in (marks or {}):
                if key in line and marks[key] is None:
                    marks[key] = time.monotonic() - start
            if until_line in line:
                seconds = time.monotonic() - start
                proc.terminate()
                break
            if time.monotonic() - start > timeout:
                proc.kill()
                break
        proc.stderr.close()
    else:
        proc.stderr.read()
        proc.stderr.close()
    _, status, usage = os.wait4(proc.pid, 0)
    if seconds is None:
        seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss, proc.returncode


def home_env(home, auth_url=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
               XDG_CACHE_HOME=home + "/cache", XDG_STATE_HOME=home + "/state",
               QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    env.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp())
    if auth_url:
        env.update(OS_AUTH_URL=auth_url, OS_USERNAME="demo", OS_PASSWORD="demo",
                   OS_PROJECT_NAME="demo", OS_USER_DOMAIN_NAME="Default",
                   OS_PROJECT_DOMAIN_ID="default", OS_REGION_NAME="demo-1", OS_INTERFACE="public")
    return env


def make_home(root, name, build, jobs):
    home = os.path.join(root, name)
    store_dir = os.path.join(home, "data", "Imagewright", "imagewright")
    os.makedirs(store_dir)
    if jobs:
        subprocess.run([os.path.join(build, "bin", "bench_store"), "--jobs", str(jobs),
                        "--dir", store_dir], check=True, stdout=subprocess.DEVNULL)
    return home


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--jobs", default="10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--job-seconds", default="2")
    args = ap.parse_args()
    bin_dir = os.path.join(args.build, "bin")
    app = os.path.join(bin_dir, "imagewright")
    bare = os.path.join(bin_dir, "bench_barewindow")
    sizes = [0] + [int(n) for n in args.jobs.split(",") if n]

    root = tempfile.mkdtemp(prefix="iw-history-bench-")
    demo = subprocess.Popen([os.path.join(bin_dir, "imagewright-democloud"), "--job-seconds",
                             args.job_seconds], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    try:
        auth_url = demo.stdout.readline().strip()
        request = os.path.join(root, "request.json")
        with open(request, "w") as f:
            json.dump({"format": 1, "method": "ims-ecs", "params": {},
                       "body": {"name": "bench-history", "instance_id": SHUTOFF_SERVER}}, f)
        homes = {n: make_home(root, "home-%d" % n, args.build, n) for n in sizes}
        print("load average at start: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        submit = {n: [] for n in sizes}
        gui = {n: [] for n in sizes}
        bare_times = []
        text_times = []
        for _ in range(args.runs):  # interleaved, so a change in load hits every case alike
            for n in sizes:
                s, rss, code = spawn_and_measure([app, "submit", "--wait", request],
                                                 home_env(homes[n], auth_url))
                if code != 0:
                    print("submit with %d jobs exited %d" % (n, code), file=sys.stderr)
                submit[n].append((s, rss))
            env = home_env(homes[0])
            env["QT_LOGGING_RULES"] = "iw.startup.info=true"
            s, _, _ = spawn_and_measure([bare], env, until_line="first window shown")
            bare_times.append(s)
            s, _, _ = spawn_and_measure([bare, "--text"], env, until_line="first window shown")
            text_times.append(s)
            for n in sizes:
                env = home_env(homes[n])
                env["QT_LOGGING_RULES"] = "iw.startup.info=true"
                marks = {"first window shown": None}
                loaded, _, _ = spawn_and_measure([app], env, until_line="job history loaded",
                                                 marks=marks)
                gui[n].append((marks["first window shown"] or loaded, loaded))
        print("load average at end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
        base_t = statistics.median(t for t, _ in submit[0])
        base_m = max(m for _, m in submit[0])
        print("\n| finished jobs in the store | submit --wait (median of %d) | ratio | peak RSS | "
              "difference | first window (median) | ratio to bare | history in (median) |"
              % args.runs)
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        bare_t = statistics.median(bare_times)
        for n in sizes:
            t = statistics.median(x for x, _ in submit[n])
            m = max(y for _, y in submit[n])
            g = statistics.median(w for w, _ in gui[n])
            h = statistics.median(x for _, x in gui[n])
            print("| %d | %.2f s | %.2f | %.1f MiB | %+.1f MiB | %.3f s | %.2f | %.3f s |" % (
                n, t, t / base_t, m / 1024, (m - base_m) / 1024, g, g / bare_t, h))
        print("| bare Qt Widgets window | | | | | %.3f s | 1.00 | |" % bare_t)
        text_t = statistics.median(text_times)
        print("| the same with a menu, a filter field and a table (reference) | | | | | %.3f s "
              "| %.2f | |" % (text_t, text_t / bare_t))
    finally:
        demo.terminate()
        demo.wait()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
