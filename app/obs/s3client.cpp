#include "obs/s3client.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QIODevice>
#include <QUrlQuery>

#include "net/restclient.h"
#include "net/restjob.h"
#include "obs/s3auth.h"
#include "obs/s3xml.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPages = 10000; // a server that always says "truncated" ends here

} // namespace

S3Client::S3Client(RestClient *rest, S3Auth *auth, Addressing addressing, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_auth(auth)
    , m_addressing(addressing)
{ }

int S3Client::sentCount() const
{
    return m_rest ? m_rest->sentCount() : 0;
}

QUrl S3Client::url(
    const QString &bucket, const QString &key, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_auth->endpoint();
    const int defaultPort = u.scheme() == u"https" ? 443 : 80;
    if (u.port() == defaultPort)
        u.setPort(-1); // the Host header as both HTTP paths send it
    QString path;
    if (bucket.isEmpty()) {
        path = u"/"_s;
    } else if (m_addressing == Addressing::VirtualHosted) {
        u.setHost(bucket + u'.' + u.host());
        path = u'/' + key;
    } else {
        path = u'/' + bucket + (key.isEmpty() ? u"/"_s : u'/' + key);
    }
    u.setPath(path, QUrl::DecodedMode);
    if (!query.isEmpty()) {
        QByteArrayList items;
        for (const auto &[name, value] : query) {
            QByteArray item = QUrl::toPercentEncoding(name);
            if (!value.isNull())
                item += '=' + QUrl::toPercentEncoding(value);
            else
                item += '=';
            items << item;
        }
        u.setQuery(QString::fromLatin1(items.join('&')), QUrl::StrictMode);
    }
    return u;
}

RestJob *S3Client::send(const QByteArray &method,
    const QUrl &url,
    QObject *parent,
    const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RestRequest r;
    r.method = method;
    r.url = url;
    r.auth = m_auth;
    r.body = body;
    r.headers = headers;
    r.contentType = "application/xml";
    if (method == "GET" || method == "HEAD")
        r.kind = RequestKind::Query;
    else if (method == "DELETE")
        r.kind = RequestKind::Delete;
    else
        r.kind = RequestKind::Create;
    if (!body.isEmpty()) {
        r.headers.append(
            {"Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()});
    }
    RestJob *job = m_rest->create(r, parent ? parent : this);
    return job;
}

ApiError S3Client::errorOf(const RestJob *job)
{
    ApiError e = job->error();
    if (!e)
        return e;
    if (const std::optional<S3Error> s3 = S3Xml::error(job->body())) {
        e.serviceCode = s3->code;
        e.message = s3->message.isEmpty() ? s3->code : s3->message;
        if (!s3->requestId.isEmpty())
            e.requestId = s3->requestId;
    }
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(job->header("x-amz-request-id"));
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(job->header("x-obs-request-id"));
    if (e.kind == ApiError::Kind::Http && e.serviceCode.isEmpty() && e.httpStatus == 404)
        e.serviceCode = u"NotFound"_s; // HEAD answers have no body
    return e;
}

bool S3Client::isAuthenticationError(const ApiError &error)
{
    static const QStringList Codes{u"SignatureDoesNotMatch"_s,
        u"InvalidAccessKeyId"_s,
        u"ExpiredToken"_s,
        u"InvalidToken"_s,
        u"TokenRefreshRequired"_s,
        u"RequestTimeTooSkewed"_s,
        u"AuthorizationHeaderMalformed"_s,
        u"InvalidSecurity"_s};
    if (error.kind == ApiError::Kind::Unauthorized)
        return true;
    return error.kind == ApiError::Kind::Http && Codes.contains(error.serviceCode);
}

ApiError S3Client::invalidAnswer(const QString &why)
{
    return ApiError::make(ApiError::Kind::InvalidResponse, why);
}

void S3Client::listBuckets(QObject *context, Done<QList<S3Bucket>> done)
{
    RestJob *job = send("GET", url({}), this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        QString why;
        const auto list = S3Xml::buckets(j->body(), &why);
        if (!list)
            return done({}, invalidAnswer(why));
        done(*list, {});
    });
    job->start();
}

void S3Client::createBucket(const QString &bucket,
    const QString &location,
    const QString &storageClass,
    QObject *context,
    Done<bool> done)
{
    QByteArray body;
    if (!location.isEmpty()) {
        body = "<CreateBucketConfiguration><LocationConstraint>" + location.toHtmlEscaped().toUtf8()
            + "</LocationConstraint></CreateBucketConfiguration>";
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!storageClass.isEmpty())
        headers.append({"x-obs-storage-class", storageClass.toLatin1()});
    RestJob *job = send("PUT", url(bucket), this, body, headers);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done(false, e);
        done(true, {});
    });
    job->start();
}

void S3Client::bucketInfo(const QString &bucket, QObject *context, Done<S3BucketInfo> done)
{
    RestJob *head = send("HEAD", url(bucket), this);
    QPointer<QObject> guard(context);
    connect(head, &RestJob::finished, context, [this, bucket, guard, done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        S3BucketInfo info;
        info.location = QString::fromLatin1(j->header("x-obs-bucket-location"));
        info.storageClass = QString::fromLatin1(j->header("x-obs-storage-class"));
        if (!info.location.isEmpty() || !guard)
            return done(info, {});
        RestJob *get = send("GET", url(bucket, {}, {{u"location"_s, QString()}}), this);
        connect(get, &RestJob::finished, guard, [info, done](RestJob *g) mutable {
            if (const ApiError e = errorOf(g))
                return done(info, e);
            QString why;
            const auto location = S3Xml::location(g->body(), &why);
            if (!location)
                return done(info, invalidAnswer(why));
            info.location = *location;
            done(info, {});
        });
        get->start();
    });
    head->start();
}

void S3Client::listObjects(const QString &bucket,
    const QString &prefix,
    int maxKeys,
    QObject *context,
    Done<S3ObjectList> done)
{
    listObjectsPage(bucket, prefix, {}, maxKeys, {}, context, std::move(done));
}

void S3Client::listObjectsPage(const QString &bucket,
    const QString &prefix,
    const QString &token,
    int maxKeys,
    S3ObjectList sofar,
    QPointer<QObject> context,
    Done<S3ObjectList> done)
{
    if (!context)
        return;
    QList<QPair<QString, QString>> query{{u"list-type"_s, u"2"_s}, {u"delimiter"_s, u"/"_s}};
    if (!prefix.isEmpty())
        query.append({u"prefix"_s, prefix});
    if (!token.isEmpty())
        query.append({u"continuation-token"_s, token});
    RestJob *job = send("GET", url(bucket, {}, query), this);
    connect(job, &RestJob::finished, context, [=, this](RestJob *j) mutable {
        if (const ApiError e = errorOf(j))
            return done(sofar, e);
        QString why;
        const auto page = S3Xml::objects(j->body(), &why);
        if (!page)
            return done(sofar, invalidAnswer(why));
        sofar.objects += page->objects;
        sofar.commonPrefixes += page->commonPrefixes;
        const bool more = page->truncated && !page->nextContinuationToken.isEmpty();
        if (more && sofar.objects.size() + sofar.commonPrefixes.size() < maxKeys) {
            listObjectsPage(
                bucket, prefix, page->nextContinuationToken, maxKeys, sofar, context, done);
            return;
        }
        sofar.truncated = more;
        done(sofar, {});
    });
    job->start();
}

void S3Client::listObjectsFrom(const QString &bucket,
    const QString &prefix,
    const QString &continuationToken,
    int maxKeys,
    QObject *context,
    Done<S3ObjectList> done)
{
    QList<QPair<QString, QString>> query{{u"list-type"_s, u"2"_s},
        {u"delimiter"_s, u"/"_s},
        {u"max-keys"_s, QString::number(std::clamp(maxKeys, 1, 1000))}};
    if (!prefix.isEmpty())
        query.append({u"prefix"_s, prefix});
    if (!continuationToken.isEmpty())
        query.append({u"continuation-token"_s, continuationToken});
    RestJob *job = send("GET", url(bucket, {}, query), this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        QString why;
        const auto page = S3Xml::objects(j->body(), &why);
        if (!page)
            return done({}, invalidAnswer(why));
        S3ObjectList list = *page;
        list.truncated = page->truncated && !page->nextContinuationToken.isEmpty();
        done(list, {});
    });
    job->start();
}

void S3Client::createMultipartUpload(
    const QString &bucket, const QString &key, QObject *context, Done<QString> done)
{
    RestJob *job = send("POST", url(bucket, key, {{u"uploads"_s, QString()}}), this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        QString why;
        const auto id = S3Xml::uploadId(j->body(), &why);
        if (!id)
            return done({}, invalidAnswer(why));
        done(*id, {});
    });
    job->start();
}

RestJob *S3Client::uploadPart(const QString &bucket,
    const QString &key,
    const QString &uploadId,
    int partNumber,
    QIODevice *body,
    const QByteArray &md5,
    QObject *parent)
{
    RestRequest r;
    r.method = "PUT";
    r.url = url(
        bucket, key, {{u"partNumber"_s, QString::number(partNumber)}, {u"uploadId"_s, uploadId}});
    r.auth = m_auth;
    r.kind = RequestKind::Upload; // idle timeout only; the upload engine retries a part itself
    r.uploadDevice = body;
    r.contentType = "application/octet-stream";
    r.headers = {{"Content-MD5", md5.toBase64()}};
    return m_rest->create(r, parent);
}

void S3Client::listParts(const QString &bucket,
    const QString &key,
    const QString &uploadId,
    QObject *context,
    Done<QList<S3Part>> done)
{
    listPartsPage(bucket, key, uploadId, 0, {}, context, std::move(done));
}

void S3Client::listPartsPage(const QString &bucket,
    const QString &key,
    const QString &uploadId,
    int marker,
    QList<S3Part> sofar,
    QPointer<QObject> context,
    Done<QList<S3Part>> done)
{
    if (!context)
        return;
    QList<QPair<QString, QString>> query{{u"uploadId"_s, uploadId}, {u"max-parts"_s, u"1000"_s}};
    if (marker > 0)
        query.append({u"part-number-marker"_s, QString::number(marker)});
    RestJob *job = send("GET", url(bucket, key, query), this);
    connect(job, &RestJob::finished, context, [=, this](RestJob *j) mutable {
        if (const ApiError e = errorOf(j))
            return done(sofar, e);
        QString why;
        const auto page = S3Xml::parts(j->body(), &why);
        if (!page)
            return done(sofar, invalidAnswer(why));
        sofar += page->parts;
        if (page->truncated && page->nextPartNumberMarker > marker
            && sofar.size() < MaxPages * 1000) {
            listPartsPage(bucket, key, uploadId, page->nextPartNumberMarker, sofar, context, done);
            return;
        }
        done(sofar, {});
    });
    job->start();
}

void S3Client::completeMultipartUpload(const QString &bucket,
    const QString &key,
    const QString &uploadId,
    const QList<S3Part> &parts,
    QObject *context,
    Done<S3Completed> done)
{
    RestJob *job = send(
        "POST", url(bucket, key, {{u"uploadId"_s, uploadId}}), this, S3Xml::completeBody(parts));
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        QString why;
        S3Error s3;
        const auto result = S3Xml::completed(j->body(), &why, &s3);
        if (!result) {
            ApiError e = invalidAnswer(why);
            if (!s3.code.isEmpty()) { // a 200 carrying an <Error>: the server's refusal
                e.kind = ApiError::Kind::Http;
                e.httpStatus = 500;
                e.serviceCode = s3.code;
                e.message = s3.message;
                e.requestId = s3.requestId;
            }
            return done({}, e);
        }
        done(*result, {});
    });
    job->start();
}

void S3Client::abortMultipartUpload(const QString &bucket,
    const QString &key,
    const QString &uploadId,
    QObject *context,
    Done<bool> done)
{
    RestJob *job = send("DELETE", url(bucket, key, {{u"uploadId"_s, uploadId}}), this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done(false, e);
        done(true, {});
    });
    job->start();
}

void S3Client::listMultipartUploads(
    const QString &bucket, const QString &prefix, QObject *context, Done<QList<S3Upload>> done)
{
    listUploadsPage(bucket, prefix, {}, {}, {}, context, std::move(done));
}

void S3Client::listUploadsPage(const QString &bucket,
    const QString &prefix,
    const QString &keyMarker,
    const QString &idMarker,
    QList<S3Upload> sofar,
    QPointer<QObject> context,
    Done<QList<S3Upload>> done)
{
    if (!context)
        return;
    QList<QPair<QString, QString>> query{{u"uploads"_s, QString()}};
    if (!prefix.isEmpty())
        query.append({u"prefix"_s, prefix});
    if (!keyMarker.isEmpty())
        query.append({u"key-marker"_s, keyMarker});
    if (!idMarker.isEmpty())
        query.append({u"upload-id-marker"_s, idMarker});
    RestJob *job = send("GET", url(bucket, {}, query), this);
    connect(job, &RestJob::finished, context, [=, this](RestJob *j) mutable {
        if (const ApiError e = errorOf(j))
            return done(sofar, e);
        QString why;
        const auto page = S3Xml::uploads(j->body(), &why);
        if (!page)
            return done(sofar, invalidAnswer(why));
        sofar += page->uploads;
        const bool more = page->truncated
            && (page->nextKeyMarker != keyMarker || page->nextUploadIdMarker != idMarker);
        if (more && sofar.size() < MaxPages * 1000) {
            listUploadsPage(bucket,
                prefix,
                page->nextKeyMarker,
                page->nextUploadIdMarker,
                sofar,
                context,
                done);
            return;
        }
        done(sofar, {});
    });
    job->start();
}

void S3Client::headObject(
    const QString &bucket, const QString &key, QObject *context, Done<S3Object> done)
{
    RestJob *job = send("HEAD", url(bucket, key), this);
    connect(job, &RestJob::finished, context, [key, done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        S3Object o;
        o.key = key;
        o.etag = S3Xml::unquote(QString::fromLatin1(j->header("ETag")));
        o.size = j->header("Content-Length").toLongLong();
        done(o, {});
    });
    job->start();
}

void S3Client::putObject(const QString &bucket,
    const QString &key,
    const QByteArray &body,
    QObject *context,
    Done<QString> done)
{
    RestRequest r;
    r.method = "PUT";
    r.url = url(bucket, key);
    r.auth = m_auth;
    r.kind = RequestKind::Delete; // idempotent: the same bytes again make the same object
    r.body = body;
    r.contentType = "application/octet-stream";
    r.headers = {
        {"Content-MD5", QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64()}};
    RestJob *job = m_rest->create(r, this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done({}, e);
        done(S3Xml::unquote(QString::fromLatin1(j->header("ETag"))), {});
    });
    job->start();
}

void S3Client::deleteObject(
    const QString &bucket, const QString &key, QObject *context, Done<bool> done)
{
    RestJob *job = send("DELETE", url(bucket, key), this);
    connect(job, &RestJob::finished, context, [done](RestJob *j) {
        if (const ApiError e = errorOf(j))
            return done(false, e);
        done(true, {});
    });
    job->start();
}
