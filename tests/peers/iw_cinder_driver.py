"""A Cinder volume driver that keeps each volume as a sparse file (test use only).

volume_driver = iw_cinder_driver.SparseFileVolumeDriver, with this folder on PYTHONPATH and
iw_sparse_dir = the folder for the files. Uploading to an image (os-volume_upload_image) reads
the file, so the Glance image holds exactly the volume's bytes.
"""
import os

from oslo_config import cfg

from cinder.tests import fake_driver

CONF = cfg.CONF
OPTS = [cfg.StrOpt("iw_sparse_dir", help="Folder for the volumes' sparse files.")]
CONF.register_opts(OPTS, group="backend_defaults")


class SparseFileVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.configuration.append_config_values(OPTS)
        self.backend_name = self.configuration.safe_get("volume_backend_name") or "sparse"
        self.protocol = "iSCSI"

    def _dir(self):
        folder = self.configuration.safe_get("iw_sparse_dir")
        os.makedirs(folder, exist_ok=True)
        return folder

    def local_path(self, volume, vg=None):
        return os.path.join(self._dir(), "volume-%s" % volume["id"])

    def _truncate(self, volume, size_gb):
        with open(self.local_path(volume), "ab") as f:
            f.truncate(int(size_gb) * 1024 ** 3)

    def create_volume(self, volume):
        self._truncate(volume, volume["size"])

    def create_cloned_volume(self, volume, src_vref):
        with open(self.local_path(src_vref), "rb") as src, \
                open(self.local_path(volume), "wb") as dst:
            while True:
                chunk = src.read(4 * 1024 * 1024)
                if not chunk:
                    break
                dst.write(chunk)
        self._truncate(volume, volume["size"])

    def extend_volume(self, volume, new_size):
        self._truncate(volume, new_size)

    def delete_volume(self, volume):
        try:
            os.unlink(self.local_path(volume))
        except FileNotFoundError:
            pass

    def _update_volume_stats(self):
        super()._update_volume_stats()
        pool = self._stats["pools"][0]
        pool.update({"total_capacity_gb": 1000, "free_capacity_gb": 1000,
                     "reserved_percentage": 0, "thin_provisioning_support": True,
                     "max_over_subscription_ratio": 20.0})
