"""A minimal memcached (text protocol: get, gets, set, add, replace, incr, decr, delete, touch,
version) in memory, for Swift's tempauth and s3api in the S3 peer (reference/s3-peer.md: they
need a cache even for S3 requests). Test use only: no expiry, no limits.

usage: /usr/bin/python3 memcache_stub.py PORT
"""
import socketserver
import sys
import threading

STORE = {}
LOCK = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            line = self.rfile.readline()
            if not line:
                return
            parts = line.split()
            if not parts:
                continue
            cmd = parts[0].lower()
            out = self.command(cmd, parts)
            if out is not None:
                self.wfile.write(out)
                self.wfile.flush()

    def command(self, cmd, parts):
        noreply = parts[-1] == b"noreply"
        if cmd in (b"get", b"gets"):
            out = b""
            with LOCK:
                for key in parts[1:]:
                    if key in STORE:
                        flags, data = STORE[key]
                        out += b"VALUE %s %d %d\r\n%s\r\n" % (key, flags, len(data), data)
            return out + b"END\r\n"
        if cmd in (b"set", b"add", b"replace"):
            key, flags, size = parts[1], int(parts[2]), int(parts[4])
            data = self.rfile.read(size + 2)[:size]
            with LOCK:
                exists = key in STORE
                if (cmd == b"add" and exists) or (cmd == b"replace" and not exists):
                    reply = b"NOT_STORED\r\n"
                else:
                    STORE[key] = (flags, data)
                    reply = b"STORED\r\n"
            return None if noreply else reply
        if cmd in (b"incr", b"decr"):
            key, delta = parts[1], int(parts[2])
            with LOCK:
                if key not in STORE:
                    reply = b"NOT_FOUND\r\n"
                else:
                    flags, data = STORE[key]
                    value = max(0, int(data) + (delta if cmd == b"incr" else -delta))
                    STORE[key] = (flags, b"%d" % value)
                    reply = b"%d\r\n" % value
            return None if noreply else reply
        if cmd == b"delete":
            with LOCK:
                reply = b"DELETED\r\n" if STORE.pop(parts[1], None) else b"NOT_FOUND\r\n"
            return None if noreply else reply
        if cmd == b"touch":
            with LOCK:
                reply = b"TOUCHED\r\n" if parts[1] in STORE else b"NOT_FOUND\r\n"
            return None if noreply else reply
        if cmd == b"version":
            return b"VERSION 1.6.0-imagewright-stub\r\n"
        return b"ERROR\r\n"


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    with Server(("127.0.0.1", int(sys.argv[1])), Handler) as server:
        server.serve_forever()
