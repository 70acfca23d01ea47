"""A stub `network` endpoint (not Neutron): Nova wants one in the catalog even for servers
created with "networks": "none". Every GET answers an empty list named after the resource
(/v2.0/ports -> {"ports": []}); anything else is 404. Test use only.

usage: /usr/bin/python3 network_stub.py PORT
"""
import http.server
import json
import socketserver
import sys
import urllib.parse


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = urllib.parse.urlparse(self.path).path.rstrip("/")
        parts = [p for p in path.split("/") if p]
        if not parts or parts == ["v2.0"]:
            self._answer(200, {"versions": [{"id": "v2.0", "status": "CURRENT"}]}
                         if not parts else {"resources": []})
            return
        name = parts[-1].replace(".json", "")
        self._answer(200, {name.replace("-", "_"): []})

    def _not_found(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._answer(404, {"NeutronError": {"message": "stub network endpoint",
                                            "type": "NotFound"}})

    do_POST = do_PUT = do_DELETE = _not_found

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    Server(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
