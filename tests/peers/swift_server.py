"""Runs one Swift server (proxy, account, container, object) as the swift-*-server scripts do,
without touching /etc (reference/s3-peer.md): swift.conf from $IW_SWIFT_CONF instead of
/etc/swift/swift.conf, and the log into the file $IW_SWIFT_LOG instead of syslog (lost where
there is no /dev/log, and Swift closes stdout/stderr once it is up).

usage: /usr/bin/python3 swift_server.py CONF_FILE SECTION   (SECTION: proxy-server, ...)
"""
import logging
import os
import sys

import swift.common.utils as utils

utils.SWIFT_CONF_FILE = os.environ["IW_SWIFT_CONF"]
LOG_PATH = os.environ["IW_SWIFT_LOG"]


def file_handler(*args, **kwargs):
    return logging.FileHandler(LOG_PATH)


utils.ThreadSafeSysLogHandler = file_handler

from swift.common.wsgi import run_wsgi  # noqa: E402 (after the constants are set)

if __name__ == "__main__":
    conf_file, section = sys.argv[1], sys.argv[2]
    sys.exit(run_wsgi(conf_file, section, verbose=True))
