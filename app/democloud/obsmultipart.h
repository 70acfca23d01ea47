#pragma once

#include <optional>

#include <QString>

#include "httptypes.h"
#include "obsstore.h"

namespace DemoCloud {

/// The bucket and object a request names (path style: /BUCKET/KEY), and the resource for
/// error bodies.
struct ObsTarget
{
    QString bucket;
    QString key;
    QString resource; // "/bucket/key"
};

/// A request body as the store keeps it: its data file, size and digests, from the streaming
/// sink or from the buffered body.
struct ObsBody
{
    QString file;
    qint64 size = 0;
    QByteArray md5; // raw 16 bytes
};

/// The object storage's multipart operations (OBS API reference, "Operations on multipart
/// upload"; reference/s3-peer.md §1): initiate, UploadPart (Content-MD5 checked), ListParts with
/// max-parts and part-number-marker, Complete (parts ascending, ETags matching, every part but
/// the last at least MinPartSize; ETag MD5(MD5s)-N; parts left out are deleted, as on OBS),
/// Abort and ListMultipartUploads (prefix, key-marker, upload-id-marker, max-uploads).
class ObsMultipart
{
public:
    static constexpr qint64 MinPartSize = 100 * 1024; // OBS: 100 KB, except the last part
    static constexpr qint64 MaxPartSize = 5LL * 1024 * 1024 * 1024;
    static constexpr int MaxPartNumber = 10000;
    static constexpr int PageCap = 1000;

    explicit ObsMultipart(ObsStore &store);

    HttpResponse initiate(const ObsTarget &t);
    HttpResponse uploadPart(const HttpRequest &request, const ObsTarget &t);
    HttpResponse listParts(const HttpRequest &request, const ObsTarget &t);
    HttpResponse complete(const HttpRequest &request, const ObsTarget &t);
    HttpResponse abort(const HttpRequest &request, const ObsTarget &t);
    HttpResponse listUploads(const HttpRequest &request, const ObsTarget &t);

    /// The body of a PUT into a data file (from its sink, or written from the buffered body),
    /// with Content-MD5 checked: nullopt with `refusal` set (BadDigest, InvalidDigest) otherwise.
    static std::optional<ObsBody> takeBody(
        ObsStore &store, const HttpRequest &request, const ObsTarget &t, HttpResponse *refusal);
    /// NoSuchBucket as an S3 error answer.
    static HttpResponse noSuchBucket(const ObsTarget &t);

private:
    /// The upload named by ?uploadId= when it exists for this bucket and key.
    const ObsUpload *findUpload(const HttpRequest &request, const ObsTarget &t) const;

    ObsStore &m_store;
};

} // namespace DemoCloud
