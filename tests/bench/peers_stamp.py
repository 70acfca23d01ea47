"""Runs one command and records when each of its output lines arrived (benchmark helper).

usage: /usr/bin/python3 peers_stamp.py LOG -- COMMAND [ARG...]

The command's stdout is passed through unchanged. LOG gets one line per output line,
"<unix time, 6 decimals> out|err <text>", then "<time> start" / "<time> exit <code>
<peak RSS KiB>" (the child's own ru_maxrss from wait4, so no wrapper counts). Exit code: the
command's. Used by peers_upload_bench.sh (upload vs follow-up split) and peers_poll_bench.py
(request count, when the end was noticed). Benchmarks only: nothing is asserted.
"""
import os
import subprocess
import sys
import threading
import time


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.stderr.write(__doc__)
        return 2
    log_path, argv = sys.argv[1], sys.argv[3:]
    lock = threading.Lock()
    log = open(log_path, "w", encoding="utf-8", errors="replace")

    def record(kind, text):
        with lock:
            log.write("%.6f %s %s\n" % (time.time(), kind, text))

    record("start", "")
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)

    def pump(stream, kind, echo):
        for raw in iter(stream.readline, b""):
            text = raw.decode("utf-8", "replace").rstrip("\n")
            record(kind, text)
            if echo:
                sys.stdout.write(text + "\n")
                sys.stdout.flush()

    threads = [threading.Thread(target=pump, args=(proc.stdout, "out", True)),
               threading.Thread(target=pump, args=(proc.stderr, "err", False))]
    for t in threads:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)
    end = time.time()
    for t in threads:
        t.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    with lock:
        log.write("%.6f exit %d %d\n" % (end, proc.returncode, usage.ru_maxrss))
    log.close()
    return proc.returncode if proc.returncode >= 0 else 128 - proc.returncode


if __name__ == "__main__":
    sys.exit(main())
