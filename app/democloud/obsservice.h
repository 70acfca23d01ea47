#pragma once

#include <memory>
#include <optional>

#include "httptypes.h"
#include "obsmultipart.h"
#include "s3sigv4check.h"

namespace DemoCloud {

class ObsStore;

/// The demo cloud's OBS stand-in (docs/democloud.md, "Object storage"): the S3 API in path
/// style on the demo cloud's port, told apart from the OpenStack APIs by its signature
/// (S3SigV4Check::isS3Request). Buckets with location and storage class (HEAD answers
/// x-obs-bucket-location and x-obs-storage-class, GET ?location answers OBS's <Location>),
/// ListBuckets, CreateBucket, DeleteBucket, ListObjectsV2, PUT/GET/HEAD/DELETE object; the
/// multipart operations are ObsMultipart's. Errors are S3 XML error bodies. GUI thread only.
class ObsService
{
public:
    ObsService(ObsStore &store, S3SigV4Check::KeyLookup keys, QString region);

    /// The S3 refusal when the request's signature, key or token is not accepted.
    std::optional<HttpResponse> authenticate(const HttpRequest &request, const QDateTime &now);
    /// A sink for the body of an object PUT or an UploadPart; null for other requests.
    std::unique_ptr<HttpBodySink> openBodySink(const HttpRequest &head);
    /// Executes an authenticated request.
    HttpResponse handle(const HttpRequest &request);

    /// The regions a bucket may be created in.
    static bool isKnownRegion(const QString &region);

private:
    HttpResponse listBuckets();
    HttpResponse headBucket(const ObsTarget &t);
    HttpResponse bucketLocation(const ObsTarget &t);
    HttpResponse createBucket(const HttpRequest &request, const ObsTarget &t);
    HttpResponse deleteBucket(const ObsTarget &t);
    HttpResponse listObjects(const HttpRequest &request, const ObsTarget &t);
    HttpResponse putObject(const HttpRequest &request, const ObsTarget &t);
    HttpResponse getObject(const ObsTarget &t, bool head);
    HttpResponse deleteObject(const ObsTarget &t);

    ObsStore &m_store;
    S3SigV4Check::KeyLookup m_keys;
    QString m_region;
    ObsMultipart m_multipart;
};

} // namespace DemoCloud
