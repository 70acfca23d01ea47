#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include "net/apierror.h"
#include "obs/s3types.h"

class QIODevice;
class RestClient;
class RestJob;
class S3Auth;

/// The S3 API (OBS, FJcloud-O's object storage, Swift's s3api) over RestClient: URLs in path or
/// virtual-hosted style, each operation one RestJob signed by S3Auth, XML answers through S3Xml,
/// S3 error bodies into ApiError (serviceCode = the S3 code, message = its message, requestId =
/// x-amz-request-id). Operations that page (ListParts, ListMultipartUploads, ListObjects) follow
/// the pages to the end. Each calls `done` once, later, unless `context` is gone. GUI thread.
class S3Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Client)
public:
    template <typename T> using Done = std::function<void(const T &value, const ApiError &error)>;

    enum class Addressing
    {
        PathStyle,     // https://host/bucket/key: loopback servers, the demo cloud
        VirtualHosted, // https://bucket.host/key: real OBS (path style may be refused there)
    };

    S3Client(RestClient *rest, S3Auth *auth, Addressing addressing, QObject *parent = nullptr);

    Addressing addressing() const { return m_addressing; }
    /// The URL of `bucket` (empty: the service) and `key` (empty: the bucket) with `query`
    /// (names and decoded values; percent-encoded here, '+' included).
    QUrl url(const QString &bucket,
        const QString &key = {},
        const QList<QPair<QString, QString>> &query = {}) const;

    void listBuckets(QObject *context, Done<QList<S3Bucket>> done);
    /// CreateBucket in `location` (empty: the service's default region) with the storage class
    /// `storageClass` (OBS's x-obs-storage-class: STANDARD, WARM, COLD; empty: not sent, OBS
    /// then makes a Standard bucket).
    void createBucket(const QString &bucket,
        const QString &location,
        const QString &storageClass,
        QObject *context,
        Done<bool> done);
    /// HEAD (OBS: x-obs-bucket-location, x-obs-storage-class) then, when HEAD says no location,
    /// GetBucketLocation.
    void bucketInfo(const QString &bucket, QObject *context, Done<S3BucketInfo> done);
    /// ListObjectsV2 with `prefix` and "/" as delimiter, at most `maxKeys` entries over pages.
    void listObjects(const QString &bucket,
        const QString &prefix,
        int maxKeys,
        QObject *context,
        Done<S3ObjectList> done);
    /// One page of ListObjectsV2 (`prefix`, "/" as delimiter): at most `maxKeys` (1-1000)
    /// entries from `continuationToken` (empty: the first page); the answer's
    /// `nextContinuationToken` and `truncated` say where the next page starts.
    void listObjectsFrom(const QString &bucket,
        const QString &prefix,
        const QString &continuationToken,
        int maxKeys,
        QObject *context,
        Done<S3ObjectList> done);
    void createMultipartUpload(
        const QString &bucket, const QString &key, QObject *context, Done<QString> done);
    /// UploadPart: `body` from its position 0 to its end (not owned; kept open until the job
    /// ends), `md5` the body's raw MD5 (sent as Content-MD5). The caller starts the job and
    /// reads its ETag header; S3Client::errorOf() gives the error.
    RestJob *uploadPart(const QString &bucket,
        const QString &key,
        const QString &uploadId,
        int partNumber,
        QIODevice *body,
        const QByteArray &md5,
        QObject *parent);
    void listParts(const QString &bucket,
        const QString &key,
        const QString &uploadId,
        QObject *context,
        Done<QList<S3Part>> done);
    void completeMultipartUpload(const QString &bucket,
        const QString &key,
        const QString &uploadId,
        const QList<S3Part> &parts,
        QObject *context,
        Done<S3Completed> done);
    void abortMultipartUpload(const QString &bucket,
        const QString &key,
        const QString &uploadId,
        QObject *context,
        Done<bool> done);
    /// Unfinished uploads in `bucket` whose key starts with `prefix`.
    void listMultipartUploads(
        const QString &bucket, const QString &prefix, QObject *context, Done<QList<S3Upload>> done);
    /// HEAD object: its ETag (without quotes) and size.
    void headObject(
        const QString &bucket, const QString &key, QObject *context, Done<S3Object> done);
    /// PUT object of a small body from memory, with its Content-MD5 (the server refuses a body
    /// that does not match it); `done` gets the answer's ETag (without quotes). Retried like a
    /// delete: the same bytes again leave the same object.
    void putObject(const QString &bucket,
        const QString &key,
        const QByteArray &body,
        QObject *context,
        Done<QString> done);
    /// DELETE object (S3 answers 204 also when it was not there).
    void deleteObject(
        const QString &bucket, const QString &key, QObject *context, Done<bool> done);

    /// The job's error with the S3 error body read into it (code, message, request id).
    static ApiError errorOf(const RestJob *job);
    /// True for an S3 refusal of the credentials (wrong secret, unknown key, expired token,
    /// clock skew): the command line's exit code 3.
    static bool isAuthenticationError(const ApiError &error);
    /// An answer that could not be read, for `done`.
    static ApiError invalidAnswer(const QString &why);

    /// Requests sent (every attempt), for tests.
    int sentCount() const;

private:
    RestJob *send(const QByteArray &method,
        const QUrl &url,
        QObject *parent,
        const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void listPartsPage(const QString &bucket,
        const QString &key,
        const QString &uploadId,
        int marker,
        QList<S3Part> sofar,
        QPointer<QObject> context,
        Done<QList<S3Part>> done);
    void listUploadsPage(const QString &bucket,
        const QString &prefix,
        const QString &keyMarker,
        const QString &idMarker,
        QList<S3Upload> sofar,
        QPointer<QObject> context,
        Done<QList<S3Upload>> done);
    void listObjectsPage(const QString &bucket,
        const QString &prefix,
        const QString &token,
        int maxKeys,
        S3ObjectList sofar,
        QPointer<QObject> context,
        Done<S3ObjectList> done);

    QPointer<RestClient> m_rest;
    S3Auth *m_auth;
    Addressing m_addressing;
};
