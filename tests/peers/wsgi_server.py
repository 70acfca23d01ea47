"""A small threaded wsgiref server for Keystone and Placement on loopback (test use only).

usage: /usr/bin/python3 wsgi_server.py keystone|placement PORT
The application's configuration comes from the environment (OS_KEYSTONE_CONFIG_DIR,
OS_PLACEMENT_CONFIG_DIR), as with any WSGI container.
"""
import socketserver
import sys
from wsgiref import simple_server


class QuietHandler(simple_server.WSGIRequestHandler):
    def log_message(self, fmt, *args):  # one line per request on stderr is enough
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))


class ThreadedServer(socketserver.ThreadingMixIn, simple_server.WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


def main():
    which, port = sys.argv[1], int(sys.argv[2])
    sys.argv = sys.argv[:1]  # the factories parse sys.argv with oslo.config
    if which == "keystone":
        from keystone.server.wsgi import initialize_public_application
        app = initialize_public_application()
    elif which == "placement":
        from placement.wsgi import init_application
        app = init_application()
    else:
        raise SystemExit("unknown application %r" % which)
    server = simple_server.make_server("127.0.0.1", port, app, server_class=ThreadedServer,
                                       handler_class=QuietHandler)
    sys.stderr.write("serving %s on 127.0.0.1:%d\n" % (which, port))
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
