#include "obsservice.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "obsstore.h"
#include "obsuploadsink.h"
#include "obsxml.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr qsizetype MaxBuckets = 100;

ObsTarget targetOf(const HttpRequest &request)
{
    const QByteArray &raw = request.rawPath;
    const qsizetype slash = raw.indexOf('/', 1);
    ObsTarget t;
    t.bucket = QString::fromUtf8(
        QByteArray::fromPercentEncoding(slash < 0 ? raw.mid(1) : raw.mid(1, slash - 1)));
    if (slash >= 0)
        t.key = QString::fromUtf8(QByteArray::fromPercentEncoding(raw.mid(slash + 1)));
    t.resource = t.bucket.isEmpty()
        ? u"/"_s
        : u'/' + t.bucket + (t.key.isEmpty() ? QString() : u'/' + t.key);
    return t;
}

/// OBS storage classes by their OBS names; the S3 API's names are accepted too.
QString storageClassFrom(const QByteArray &value)
{
    const QByteArray v = value.trimmed().toUpper();
    if (v.isEmpty() || v == "STANDARD")
        return u"STANDARD"_s;
    if (v == "WARM" || v == "STANDARD_IA")
        return u"WARM"_s;
    if (v == "COLD" || v == "GLACIER")
        return u"COLD"_s;
    return {};
}

/// <CreateBucketConfiguration><LocationConstraint|Location>region</...></...>; an empty body:
/// empty region. nullopt for a body that is not that document.
std::optional<QString> locationFrom(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QString();
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || xml.name() != u"CreateBucketConfiguration")
        return std::nullopt;
    QString location;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"LocationConstraint" || xml.name() == u"Location")
            location = xml.readElementText().trimmed();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return std::nullopt;
    return location;
}

HttpResponse noSuchKey(const ObsTarget &t)
{
    return ObsXml::error(404, u"NoSuchKey"_s, u"The specified key does not exist."_s, t.resource);
}

HttpResponse notImplemented(const HttpRequest &request, const ObsTarget &t)
{
    return ObsXml::error(501,
        u"NotImplemented"_s,
        u"The demo object storage does not implement %1 %2."_s.arg(
            QString::fromLatin1(request.method), t.resource),
        t.resource);
}

} // namespace

ObsService::ObsService(ObsStore &store, S3SigV4Check::KeyLookup keys, QString region)
    : m_store(store)
    , m_keys(std::move(keys))
    , m_region(std::move(region))
    , m_multipart(store)
{ }

bool ObsService::isKnownRegion(const QString &region)
{
    return region == u"demo-1" || region == u"demo-2";
}

std::optional<HttpResponse> ObsService::authenticate(
    const HttpRequest &request, const QDateTime &now)
{
    const QByteArray payload =
        request.bodySink ? request.bodySink->payloadSha256Hex() : QByteArray();
    const auto refused = S3SigV4Check::verify(request, now, m_region, m_keys, payload);
    if (!refused)
        return std::nullopt;
    QList<std::pair<QString, QString>> extra;
    if (!refused->stringToSign.isEmpty()) {
        // As S3 servers answer it, for debugging a signer; a security token's value hidden.
        static const QRegularExpression token(
            u"^(x-(amz|obs)-security-token:).*$"_s, QRegularExpression::MultilineOption);
        QString canonical = QString::fromUtf8(refused->canonicalRequest);
        canonical.replace(token, u"\\1***"_s);
        extra = {{u"StringToSign"_s, QString::fromUtf8(refused->stringToSign)},
            {u"CanonicalRequest"_s, canonical}};
    }
    return ObsXml::error(
        refused->status, refused->code, refused->message, targetOf(request).resource, extra);
}

std::unique_ptr<HttpBodySink> ObsService::openBodySink(const HttpRequest &head)
{
    if (head.method != "PUT" || targetOf(head).key.isEmpty())
        return nullptr;
    const QString file = m_store.newDataFile();
    return std::make_unique<ObsUploadSink>(m_store.dataPath(file), file);
}

HttpResponse ObsService::handle(const HttpRequest &request)
{
    const ObsTarget t = targetOf(request);
    const QByteArray &m = request.method;
    const QUrlQuery &q = request.query;
    if (t.bucket.isEmpty())
        return m == "GET" ? listBuckets() : notImplemented(request, t);
    if (t.key.isEmpty()) {
        if (m == "PUT")
            return createBucket(request, t);
        if (!m_store.bucket(t.bucket)) {
            HttpResponse r = ObsMultipart::noSuchBucket(t);
            if (m == "HEAD")
                r.body.clear();
            return r;
        }
        if (m == "HEAD")
            return headBucket(t);
        if (m == "DELETE")
            return deleteBucket(t);
        if (m == "GET" && q.hasQueryItem(u"location"_s))
            return bucketLocation(t);
        if (m == "GET" && q.hasQueryItem(u"uploads"_s))
            return m_multipart.listUploads(request, t);
        if (m == "GET")
            return listObjects(request, t);
        return notImplemented(request, t);
    }
    if (!m_store.bucket(t.bucket))
        return ObsMultipart::noSuchBucket(t);
    const bool upload = q.hasQueryItem(u"uploadId"_s);
    if (m == "PUT")
        return upload ? m_multipart.uploadPart(request, t) : putObject(request, t);
    if (m == "POST" && q.hasQueryItem(u"uploads"_s))
        return m_multipart.initiate(t);
    if (m == "POST" && upload)
        return m_multipart.complete(request, t);
    if (m == "GET" && upload)
        return m_multipart.listParts(request, t);
    if (m == "DELETE" && upload)
        return m_multipart.abort(request, t);
    if (m == "GET" || m == "HEAD")
        return getObject(t, m == "HEAD");
    if (m == "DELETE")
        return deleteObject(t);
    return notImplemented(request, t);
}

HttpResponse ObsService::listBuckets()
{
    ObsXml::Document doc(u"ListAllMyBucketsResult"_s);
    doc.w().writeStartElement(u"Owner"_s);
    doc.text(u"ID"_s, u"demo"_s);
    doc.text(u"DisplayName"_s, u"demo"_s);
    doc.w().writeEndElement();
    doc.w().writeStartElement(u"Buckets"_s);
    for (const ObsBucket &b : m_store.buckets()) {
        doc.w().writeStartElement(u"Bucket"_s);
        doc.text(u"Name"_s, b.name);
        doc.text(u"CreationDate"_s, ObsXml::time(b.created));
        doc.text(u"Location"_s, b.location); // OBS lists each bucket's region
        doc.text(u"BucketType"_s, u"OBJECT"_s);
        doc.w().writeEndElement();
    }
    doc.w().writeEndElement();
    return doc.finish();
}

HttpResponse ObsService::headBucket(const ObsTarget &t)
{
    const ObsBucket *b = m_store.bucket(t.bucket);
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("x-obs-bucket-location"_ba, b->location.toLatin1());
    response.withHeader("x-obs-storage-class"_ba, b->storageClass.toLatin1());
    response.withHeader("x-amz-bucket-region"_ba, b->location.toLatin1());
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::bucketLocation(const ObsTarget &t)
{
    // OBS answers <Location> where AWS says <LocationConstraint> (reference/s3-peer.md §1).
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeStartElement(u"Location"_s);
    w.writeDefaultNamespace(ObsXml::Namespace.toString());
    w.writeCharacters(m_store.bucket(t.bucket)->location);
    w.writeEndElement();
    w.writeEndDocument();
    HttpResponse response;
    response.body = bytes;
    response.withHeader("Content-Type"_ba, "application/xml"_ba);
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::createBucket(const HttpRequest &request, const ObsTarget &t)
{
    // OBS bucket names: 3-63 lower-case letters, digits, '-' and '.', starting and ending with a
    // letter or digit, not an IP address.
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    static const QRegularExpression ip(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s);
    if (!name.match(t.bucket).hasMatch() || ip.match(t.bucket).hasMatch()
        || t.bucket.contains(u".."_s)) {
        return ObsXml::error(
            400, u"InvalidBucketName"_s, u"The specified bucket is not valid."_s, t.resource);
    }
    // Names another account owns (bucket names are global on OBS): the prefix "taken-".
    if (t.bucket.startsWith(u"taken-"_s)) {
        return ObsXml::error(409,
            u"BucketAlreadyExists"_s,
            u"The requested bucket name is not available. The bucket namespace is shared by all "
            "users of the system. Please select a different name and try again."_s,
            t.resource);
    }
    if (m_store.bucket(t.bucket)) {
        return ObsXml::error(409,
            u"BucketAlreadyOwnedByYou"_s,
            u"Your previous request to create the named bucket succeeded and you already own "
            "it."_s,
            t.resource);
    }
    // OBS: at most 100 buckets per account (API reference, "Creating a Bucket").
    if (m_store.buckets().size() >= MaxBuckets) {
        return ObsXml::error(400,
            u"TooManyBuckets"_s,
            u"You have attempted to create more buckets than allowed."_s,
            t.resource);
    }
    const std::optional<QString> location = locationFrom(request.body);
    if (!location) {
        return ObsXml::error(400,
            u"MalformedXML"_s,
            u"The XML you provided was not well-formed or did not validate against our "
            "published schema."_s,
            t.resource);
    }
    const QString region = location->isEmpty() ? m_region : *location;
    if (!isKnownRegion(region)) {
        return ObsXml::error(400,
            u"InvalidLocationConstraint"_s,
            u"The specified location constraint is not valid: %1."_s.arg(region),
            t.resource);
    }
    QByteArray classHeader = request.header("x-obs-storage-class");
    if (classHeader.isNull())
        classHeader = request.header("x-default-storage-class");
    const QString storageClass = storageClassFrom(classHeader);
    if (storageClass.isEmpty()) {
        return ObsXml::error(400,
            u"InvalidStorageClass"_s,
            u"The storage class you specified is not valid."_s,
            t.resource);
    }
    m_store.addBucket(
        ObsBucket{t.bucket, region, storageClass, QDateTime::currentDateTimeUtc(), {}});
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("Location"_ba, '/' + t.bucket.toUtf8());
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::deleteBucket(const ObsTarget &t)
{
    bool busy = !m_store.bucket(t.bucket)->objects.isEmpty();
    for (const ObsUpload &u : m_store.uploads())
        busy = busy || u.bucket == t.bucket;
    if (busy) {
        return ObsXml::error(409,
            u"BucketNotEmpty"_s,
            u"The bucket you tried to delete is not empty."_s,
            t.resource);
    }
    m_store.removeBucket(t.bucket);
    HttpResponse response = HttpResponse::empty(204);
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::listObjects(const HttpRequest &request, const ObsTarget &t)
{
    const QUrlQuery &q = request.query;
    const QString prefix = q.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    const QString delimiter = q.queryItemValue(u"delimiter"_s, QUrl::FullyDecoded);
    const QString token = q.queryItemValue(u"continuation-token"_s, QUrl::FullyDecoded);
    const QString startAfter = q.queryItemValue(u"start-after"_s, QUrl::FullyDecoded);
    bool ok = true;
    int maxKeys = 1000;
    if (q.hasQueryItem(u"max-keys"_s))
        maxKeys = q.queryItemValue(u"max-keys"_s).toInt(&ok);
    if (!ok || maxKeys < 0) {
        return ObsXml::error(
            400, u"InvalidArgument"_s, u"max-keys must be a non-negative integer."_s, t.resource);
    }
    maxKeys = std::min(maxKeys, 1000);
    // The continuation token is the last key or prefix of the previous page, base64url.
    const QString after = token.isEmpty() ? startAfter
                                          : QString::fromUtf8(QByteArray::fromBase64(
                                              token.toLatin1(), QByteArray::Base64UrlEncoding));

    QList<const ObsObject *> contents;
    QStringList prefixes;
    QString last;
    bool truncated = false;
    for (const ObsObject &o : m_store.bucket(t.bucket)->objects) {
        if (!o.key.startsWith(prefix) || (!after.isEmpty() && o.key <= after))
            continue;
        QString commonPrefix;
        if (!delimiter.isEmpty()) {
            const qsizetype at = o.key.indexOf(delimiter, prefix.size());
            if (at >= 0)
                commonPrefix = o.key.left(at + delimiter.size());
        }
        if (!commonPrefix.isEmpty() && !prefixes.isEmpty() && prefixes.last() == commonPrefix)
            continue;
        if (!commonPrefix.isEmpty() && !after.isEmpty() && after.startsWith(commonPrefix))
            continue; // this folder was listed on an earlier page
        if (contents.size() + prefixes.size() == maxKeys) {
            truncated = true;
            break;
        }
        if (commonPrefix.isEmpty()) {
            contents.append(&o);
            last = o.key;
        } else {
            prefixes.append(commonPrefix);
            last = commonPrefix;
        }
    }

    ObsXml::Document doc(u"ListBucketResult"_s);
    doc.text(u"Name"_s, t.bucket);
    doc.text(u"Prefix"_s, prefix);
    if (!delimiter.isEmpty())
        doc.text(u"Delimiter"_s, delimiter);
    doc.text(u"MaxKeys"_s, QString::number(maxKeys));
    doc.text(u"KeyCount"_s, QString::number(contents.size() + prefixes.size()));
    doc.text(u"IsTruncated"_s, truncated ? u"true"_s : u"false"_s);
    if (!token.isEmpty())
        doc.text(u"ContinuationToken"_s, token);
    if (truncated) {
        doc.text(u"NextContinuationToken"_s,
            QString::fromLatin1(last.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
    }
    const QString storageClass = m_store.bucket(t.bucket)->storageClass;
    for (const ObsObject *o : std::as_const(contents)) {
        doc.w().writeStartElement(u"Contents"_s);
        doc.text(u"Key"_s, o->key);
        doc.text(u"LastModified"_s, ObsXml::time(o->lastModified));
        doc.text(u"ETag"_s, QString::fromLatin1(ObsXml::quoted(o->etag)));
        doc.text(u"Size"_s, QString::number(o->size));
        doc.text(u"StorageClass"_s, storageClass);
        doc.w().writeEndElement();
    }
    for (const QString &p : std::as_const(prefixes)) {
        doc.w().writeStartElement(u"CommonPrefixes"_s);
        doc.text(u"Prefix"_s, p);
        doc.w().writeEndElement();
    }
    return doc.finish();
}

HttpResponse ObsService::putObject(const HttpRequest &request, const ObsTarget &t)
{
    const qint64 size = request.bodySink ? request.bodySink->size() : request.body.size();
    if (size > 5LL * 1024 * 1024 * 1024) {
        return ObsXml::error(400,
            u"EntityTooLarge"_s,
            u"Your proposed upload exceeds the maximum allowed size."_s,
            t.resource);
    }
    HttpResponse refusal;
    const std::optional<ObsBody> body = ObsMultipart::takeBody(m_store, request, t, &refusal);
    if (!body)
        return refusal;
    const QString etag = QString::fromLatin1(body->md5.toHex());
    m_store.putObject(
        t.bucket, ObsObject{t.key, body->size, etag, QDateTime::currentDateTimeUtc(), body->file});
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("ETag"_ba, ObsXml::quoted(etag));
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::getObject(const ObsTarget &t, bool head)
{
    const ObsBucket *b = m_store.bucket(t.bucket);
    const auto it = b->objects.constFind(t.key);
    if (it == b->objects.cend()) {
        HttpResponse r = noSuchKey(t);
        if (head)
            r.body.clear();
        return r;
    }
    HttpResponse response = HttpResponse::empty(200);
    if (!head) {
        // Whole objects only, read into memory: the demo's objects are small.
        QFile f(m_store.dataPath(it->file));
        if (!f.open(QIODevice::ReadOnly)) {
            return ObsXml::error(
                500, u"InternalError"_s, u"The demo cannot read the object."_s, t.resource);
        }
        response.body = f.readAll();
    }
    response.withHeader("ETag"_ba, ObsXml::quoted(it->etag));
    response.withHeader("Last-Modified"_ba,
        QLocale::c()
            .toString(it->lastModified.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
            .toLatin1());
    response.withHeader("Content-Type"_ba, "application/octet-stream"_ba);
    response.withHeader("x-obs-storage-class"_ba, b->storageClass.toLatin1());
    if (head)
        response.withHeader("Content-Length"_ba, QByteArray::number(it->size));
    return ObsXml::withRequestId(response);
}

HttpResponse ObsService::deleteObject(const ObsTarget &t)
{
    m_store.removeObject(t.bucket, t.key); // S3 answers 204 for a missing key too
    HttpResponse response = HttpResponse::empty(204);
    return ObsXml::withRequestId(response);
}

} // namespace DemoCloud
