"""nova-compute with a FakeDriver whose snapshot() really uploads bytes to Glance (test use).

usage: /usr/bin/python3 iw_nova_compute.py --config-file nova.conf
Nova loads compute drivers from nova.virt.* only, so this module's driver class is made
available as nova.virt.iwfake (compute_driver = iwfake.IwFakeDriver).

Per-server knobs, as server metadata (set when the test creates the server):
  iw_snapshot_delay   seconds the snapshot waits in image_pending_upload (default: the
                      IW_PEERS_SNAPSHOT_DELAY environment variable, else 0)
  iw_snapshot_bytes   how many bytes the snapshot uploads (default 1 MiB)
  iw_snapshot_fail    "true": the snapshot fails, and Nova deletes the image
"""
import io
import os
import sys
import time
import types

import nova.cmd  # noqa: F401  (eventlet monkey-patching comes first)

from nova.compute import task_states  # noqa: E402
from nova import exception  # noqa: E402
from nova.image import glance  # noqa: E402
from nova.virt import fake  # noqa: E402

import iw_sqlite  # noqa: E402,F401  (after eventlet; SQLite transactions begin IMMEDIATE)


def _meta(instance, key, default):
    try:
        value = (instance.metadata or {}).get(key)
    except Exception:  # metadata not loaded
        value = None
    return default if value in (None, "") else value


class IwFakeDriver(fake.FakeDriver):
    def snapshot(self, context, instance, image_id, update_task_state):
        if instance.uuid not in self.instances:
            raise exception.InstanceNotRunning(instance_id=instance.uuid)
        update_task_state(task_state=task_states.IMAGE_PENDING_UPLOAD)
        delay = float(_meta(instance, "iw_snapshot_delay",
                            os.environ.get("IW_PEERS_SNAPSHOT_DELAY", "0")))
        if delay > 0:
            time.sleep(delay)  # green: the compute service keeps answering meanwhile
        if str(_meta(instance, "iw_snapshot_fail", "")).lower() == "true":
            raise exception.NovaException("snapshot failed on purpose (iw_snapshot_fail)")
        update_task_state(task_state=task_states.IMAGE_UPLOADING,
                          expected_state=task_states.IMAGE_PENDING_UPLOAD)
        size = int(_meta(instance, "iw_snapshot_bytes", 1024 * 1024))
        pattern = ("imagewright peers snapshot of %s\n" % instance.uuid).encode()
        data = (pattern * (size // len(pattern) + 1))[:size]
        metadata = {"disk_format": "raw", "container_format": "bare",
                    "properties": {"image_location": "snapshot", "image_state": "available",
                                   "owner_id": instance.project_id}}
        glance.API().update(context, image_id, metadata, data=io.BytesIO(data),
                            purge_props=False)


_module = types.ModuleType("nova.virt.iwfake")
_module.IwFakeDriver = IwFakeDriver
sys.modules["nova.virt.iwfake"] = _module

if __name__ == "__main__":
    from nova.cmd.compute import main
    sys.argv[0] = "nova-compute"
    main()
