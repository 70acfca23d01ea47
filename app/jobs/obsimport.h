#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

#include "obs/uploadstate.h"

/// What a job of method ims-local-file (a local file via OBS) keeps in the job store beside the
/// common fields of JobRecord: where the file goes, the multipart upload as far as the bucket
/// confirmed it (upload id, part size, the parts done with their MD5, the file's size and
/// modification time: what a resume after a restart needs), and the import's body with its
/// marker, so the IMS create can be sent by whichever process finishes the upload. The phases
/// show in JobRecord: `upload` (Waiting, Running, Done, Incomplete), then `jobId` (the import,
/// followed by the IMS job follower), then the state Succeeded (image active). A value.
struct ObsImport
{
    QString bucket;
    QString object;
    bool keepObject = true;
    /// Method 3's body with image_url "bucket:object" and the marker: sent once, as it is.
    QJsonObject importBody;
    /// The multipart upload (endpoint, upload id, part size, confirmed parts, file stamp).
    UploadState upload;
    QString etag;               // the completed object's ETag (set: the object is complete)
    bool objectDeleted = false; // keep_object false: deleted once the image was active
    /// A quick import of a RAW file: its bitmap file (local path) and the object it becomes
    /// beside the image's (NAME.mf), sent in one PUT once the image file is complete.
    QString bitmapFile;
    QString bitmapObject;
    bool bitmapUploaded = false;

    /// Whether the bitmap still has to go before the import can be sent.
    bool bitmapPending() const { return !bitmapObject.isEmpty() && !bitmapUploaded; }

    int partsDone() const { return int(upload.confirmed.size()); }
    /// The parts the file makes at the upload's part size; 0 before the upload started.
    int partsTotal() const
    {
        return upload.partSize > 0 ? int((upload.fileSize + upload.partSize - 1) / upload.partSize)
                                   : 0;
    }

    QJsonObject toJson() const;
    static ObsImport fromJson(const QJsonObject &o);
};
