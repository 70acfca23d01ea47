#include "obs/s3xml.h"

#include <algorithm>
#include <functional>

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

/// Walks `xml` and calls `onStart(path)` at each element and `onEnd(path, text)` at its end,
/// path being the element names from the root joined with '/', namespaces left out. False
/// (and `why`) when the XML is not well-formed or the root is not `root`.
bool walk(const QByteArray &xml,
    const QString &root,
    QString *why,
    const std::function<void(const QString &path)> &onStart,
    const std::function<void(const QString &path, const QString &text)> &onEnd)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (path.isEmpty() && reader.name() != root) {
                if (why)
                    *why = u"root element <%1>, expected <%2>"_s.arg(reader.name(), root);
                return false;
            }
            path << reader.name().toString();
            text.clear();
            if (onStart)
                onStart(path.join(u'/'));
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (onEnd)
                onEnd(path.join(u'/'), text);
            path.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (why)
            *why = u"XML error at line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
        return false;
    }
    return true;
}

QDateTime timestamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return t.toUTC();
}

bool isTrue(const QString &text)
{
    return text.trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString S3Xml::unquote(const QString &etag)
{
    QString e = etag.trimmed();
    if (e.startsWith(u"&quot;"_s))
        e = e.mid(6);
    if (e.endsWith(u"&quot;"_s))
        e.chop(6);
    if (e.size() >= 2 && e.startsWith(u'"') && e.endsWith(u'"'))
        e = e.mid(1, e.size() - 2);
    return e;
}

std::optional<QList<S3Bucket>> S3Xml::buckets(const QByteArray &xml, QString *why)
{
    QList<S3Bucket> list;
    const QString item = u"ListAllMyBucketsResult/Buckets/Bucket"_s;
    const bool ok = walk(
        xml,
        u"ListAllMyBucketsResult"_s,
        why,
        [&](const QString &path) {
            if (path == item)
                list.append(S3Bucket{});
        },
        [&](const QString &path, const QString &text) {
            if (!path.startsWith(item + u'/') || list.isEmpty())
                return;
            const QString field = path.mid(item.size() + 1);
            if (field == u"Name")
                list.last().name = text;
            else if (field == u"CreationDate")
                list.last().created = timestamp(text);
            else if (field == u"Location" || field == u"BucketRegion")
                list.last().location = text.trimmed();
        });
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<QString> S3Xml::location(const QByteArray &xml, QString *why)
{
    // AWS: <LocationConstraint>region</LocationConstraint>; OBS: <Location>region</Location>.
    QString found;
    bool ok = walk(
        xml, u"LocationConstraint"_s, nullptr, {}, [&](const QString &path, const QString &text) {
            if (path == u"LocationConstraint")
                found = text.trimmed();
        });
    if (!ok) {
        ok = walk(xml,
            u"CreateBucketConfiguration"_s,
            nullptr,
            {},
            [&](const QString &path, const QString &text) {
                if (path.endsWith(u"/Location"))
                    found = text.trimmed();
            });
    }
    if (!ok) {
        ok = walk(xml, u"Location"_s, why, {}, [&](const QString &path, const QString &text) {
            if (path == u"Location")
                found = text.trimmed();
        });
    }
    if (!ok)
        return std::nullopt;
    return found;
}

std::optional<S3ObjectList> S3Xml::objects(const QByteArray &xml, QString *why)
{
    S3ObjectList list;
    const QString item = u"ListBucketResult/Contents"_s;
    const bool ok = walk(
        xml,
        u"ListBucketResult"_s,
        why,
        [&](const QString &path) {
            if (path == item)
                list.objects.append(S3Object{});
        },
        [&](const QString &path, const QString &text) {
            if (path == u"ListBucketResult/IsTruncated")
                list.truncated = isTrue(text);
            else if (path == u"ListBucketResult/NextContinuationToken"
                || path == u"ListBucketResult/NextMarker")
                list.nextContinuationToken = text;
            else if (path == u"ListBucketResult/CommonPrefixes/Prefix")
                list.commonPrefixes << text;
            if (!path.startsWith(item + u'/') || list.objects.isEmpty())
                return;
            S3Object &o = list.objects.last();
            const QString field = path.mid(item.size() + 1);
            if (field == u"Key")
                o.key = text;
            else if (field == u"Size")
                o.size = text.trimmed().toLongLong();
            else if (field == u"ETag")
                o.etag = unquote(text);
            else if (field == u"LastModified")
                o.lastModified = timestamp(text);
            else if (field == u"StorageClass")
                o.storageClass = text.trimmed();
        });
    if (!ok)
        return std::nullopt;
    // V1 answers without NextMarker: the last key is the marker.
    if (list.truncated && list.nextContinuationToken.isEmpty() && !list.objects.isEmpty())
        list.nextContinuationToken = list.objects.constLast().key;
    return list;
}

std::optional<QString> S3Xml::uploadId(const QByteArray &xml, QString *why)
{
    QString id;
    const bool ok = walk(xml,
        u"InitiateMultipartUploadResult"_s,
        why,
        {},
        [&](const QString &path, const QString &text) {
            if (path == u"InitiateMultipartUploadResult/UploadId")
                id = text.trimmed();
        });
    if (!ok)
        return std::nullopt;
    if (id.isEmpty()) {
        if (why)
            *why = u"no UploadId"_s;
        return std::nullopt;
    }
    return id;
}

std::optional<S3PartList> S3Xml::parts(const QByteArray &xml, QString *why)
{
    S3PartList list;
    const QString item = u"ListPartsResult/Part"_s;
    const bool ok = walk(
        xml,
        u"ListPartsResult"_s,
        why,
        [&](const QString &path) {
            if (path == item)
                list.parts.append(S3Part{});
        },
        [&](const QString &path, const QString &text) {
            if (path == u"ListPartsResult/IsTruncated")
                list.truncated = isTrue(text);
            else if (path == u"ListPartsResult/NextPartNumberMarker")
                list.nextPartNumberMarker = text.trimmed().toInt();
            if (!path.startsWith(item + u'/') || list.parts.isEmpty())
                return;
            S3Part &p = list.parts.last();
            const QString field = path.mid(item.size() + 1);
            if (field == u"PartNumber")
                p.number = text.trimmed().toInt();
            else if (field == u"ETag")
                p.etag = unquote(text);
            else if (field == u"Size")
                p.size = text.trimmed().toLongLong();
        });
    if (!ok)
        return std::nullopt;
    for (const S3Part &p : std::as_const(list.parts)) {
        if (p.number < 1 || p.etag.isEmpty()) {
            if (why)
                *why = u"a part without number or ETag"_s;
            return std::nullopt;
        }
    }
    if (list.truncated && list.nextPartNumberMarker == 0 && !list.parts.isEmpty())
        list.nextPartNumberMarker = list.parts.constLast().number;
    return list;
}

std::optional<S3UploadList> S3Xml::uploads(const QByteArray &xml, QString *why)
{
    S3UploadList list;
    const QString item = u"ListMultipartUploadsResult/Upload"_s;
    const bool ok = walk(
        xml,
        u"ListMultipartUploadsResult"_s,
        why,
        [&](const QString &path) {
            if (path == item)
                list.uploads.append(S3Upload{});
        },
        [&](const QString &path, const QString &text) {
            if (path == u"ListMultipartUploadsResult/IsTruncated")
                list.truncated = isTrue(text);
            else if (path == u"ListMultipartUploadsResult/NextKeyMarker")
                list.nextKeyMarker = text;
            else if (path == u"ListMultipartUploadsResult/NextUploadIdMarker")
                list.nextUploadIdMarker = text;
            if (!path.startsWith(item + u'/') || list.uploads.isEmpty())
                return;
            S3Upload &u = list.uploads.last();
            const QString field = path.mid(item.size() + 1);
            if (field == u"Key")
                u.key = text;
            else if (field == u"UploadId")
                u.uploadId = text.trimmed();
            else if (field == u"Initiated")
                u.initiated = timestamp(text);
        });
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<S3Completed> S3Xml::completed(const QByteArray &xml, QString *why, S3Error *error)
{
    if (const std::optional<S3Error> e = S3Xml::error(xml)) {
        if (error)
            *error = *e;
        if (why)
            *why = u"an <Error> in a 200 answer: %1"_s.arg(e->code);
        return std::nullopt;
    }
    S3Completed done;
    const bool ok = walk(xml,
        u"CompleteMultipartUploadResult"_s,
        why,
        {},
        [&](const QString &path, const QString &text) {
            if (path == u"CompleteMultipartUploadResult/ETag")
                done.etag = unquote(text);
            else if (path == u"CompleteMultipartUploadResult/Location")
                done.location = text.trimmed();
        });
    if (!ok)
        return std::nullopt;
    if (done.etag.isEmpty()) {
        if (why)
            *why = u"no ETag"_s;
        return std::nullopt;
    }
    return done;
}

std::optional<S3Error> S3Xml::error(const QByteArray &xml)
{
    S3Error e;
    const bool ok =
        walk(xml, u"Error"_s, nullptr, {}, [&](const QString &path, const QString &text) {
            if (path == u"Error/Code")
                e.code = text.trimmed();
            else if (path == u"Error/Message")
                e.message = text.trimmed();
            else if (path == u"Error/RequestId")
                e.requestId = text.trimmed();
            else if (path == u"Error/Resource")
                e.resource = text.trimmed();
        });
    if (!ok || e.code.isEmpty())
        return std::nullopt;
    return e;
}

QByteArray S3Xml::completeBody(const QList<S3Part> &parts)
{
    QList<S3Part> sorted = parts;
    std::sort(sorted.begin(), sorted.end(), [](const S3Part &a, const S3Part &b) {
        return a.number < b.number;
    });
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(u"CompleteMultipartUpload"_s);
    for (const S3Part &p : std::as_const(sorted)) {
        w.writeStartElement(u"Part"_s);
        w.writeTextElement(u"PartNumber"_s, QString::number(p.number));
        w.writeTextElement(u"ETag"_s, u'"' + p.etag + u'"');
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}
