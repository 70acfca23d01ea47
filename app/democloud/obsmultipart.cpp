#include "obsmultipart.h"

#include <QCryptographicHash>
#include <QFile>
#include <QXmlStreamReader>

#include "obsuploadsink.h"
#include "obsxml.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

int intParam(const HttpRequest &request, const QString &name, int fallback, bool *ok)
{
    *ok = true;
    if (!request.query.hasQueryItem(name))
        return fallback;
    const int value = request.query.queryItemValue(name).toInt(ok);
    if (*ok && value < 0)
        *ok = false;
    return value;
}

/// The part list of a Complete body, in the order sent; nullopt when it is not the documented
/// <CompleteMultipartUpload><Part><PartNumber/><ETag/></Part>...</CompleteMultipartUpload>.
std::optional<QList<std::pair<int, QString>>> parseCompleteBody(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QList<std::pair<int, QString>> parts;
    if (!xml.readNextStartElement() || xml.name() != u"CompleteMultipartUpload")
        return std::nullopt;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Part") {
            xml.skipCurrentElement();
            continue;
        }
        int number = -1;
        QString etag;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"PartNumber") {
                bool ok = false;
                number = xml.readElementText().trimmed().toInt(&ok);
                if (!ok)
                    return std::nullopt;
            } else if (xml.name() == u"ETag") {
                etag = xml.readElementText();
            } else {
                xml.skipCurrentElement();
            }
        }
        if (number < 0 || etag.isEmpty())
            return std::nullopt;
        parts.append({number, etag});
    }
    if (xml.hasError() || parts.isEmpty())
        return std::nullopt;
    return parts;
}

HttpResponse noSuchUpload(const ObsTarget &t)
{
    return ObsXml::error(404,
        u"NoSuchUpload"_s,
        u"The specified multipart upload does not exist. The upload ID might be invalid, or the "
        "multipart upload might have been aborted or completed."_s,
        t.resource);
}

HttpResponse invalidArgument(const ObsTarget &t, const QString &message)
{
    return ObsXml::error(400, u"InvalidArgument"_s, message, t.resource);
}

} // namespace

ObsMultipart::ObsMultipart(ObsStore &store)
    : m_store(store)
{ }

HttpResponse ObsMultipart::noSuchBucket(const ObsTarget &t)
{
    return ObsXml::error(
        404, u"NoSuchBucket"_s, u"The specified bucket does not exist."_s, t.resource);
}

std::optional<ObsBody> ObsMultipart::takeBody(
    ObsStore &store, const HttpRequest &request, const ObsTarget &t, HttpResponse *refusal)
{
    ObsBody body;
    if (auto *sink = dynamic_cast<ObsUploadSink *>(request.bodySink.get())) {
        body.size = sink->size();
        body.md5 = sink->md5();
        body.file = sink->take(); // kept only when accepted: removed below otherwise
    } else {
        body.file = store.newDataFile();
        QFile f(store.dataPath(body.file));
        if (!f.open(QIODevice::WriteOnly) || f.write(request.body) != request.body.size()) {
            *refusal = ObsXml::error(
                500, u"InternalError"_s, u"The demo cannot store the data."_s, t.resource);
            return std::nullopt;
        }
        body.size = request.body.size();
        body.md5 = QCryptographicHash::hash(request.body, QCryptographicHash::Md5);
    }
    const QByteArray contentMd5 = request.header("content-md5");
    if (!contentMd5.isNull()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            contentMd5.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        QString code;
        QString message;
        if (!decoded || decoded.decoded.size() != 16) {
            code = u"InvalidDigest"_s;
            message = u"The Content-MD5 you specified is not valid."_s;
        } else if (decoded.decoded != body.md5) {
            code = u"BadDigest"_s;
            message = u"The Content-MD5 you specified did not match what we received."_s;
        }
        if (!code.isEmpty()) {
            QFile::remove(store.dataPath(body.file));
            *refusal = ObsXml::error(400, code, message, t.resource);
            return std::nullopt;
        }
    }
    return body;
}

const ObsUpload *ObsMultipart::findUpload(const HttpRequest &request, const ObsTarget &t) const
{
    const ObsUpload *upload = m_store.upload(request.query.queryItemValue(u"uploadId"_s));
    if (!upload || upload->bucket != t.bucket || upload->key != t.key)
        return nullptr;
    return upload;
}

HttpResponse ObsMultipart::initiate(const ObsTarget &t)
{
    const ObsUpload &upload = m_store.startUpload(t.bucket, t.key);
    ObsXml::Document doc(u"InitiateMultipartUploadResult"_s);
    doc.text(u"Bucket"_s, t.bucket);
    doc.text(u"Key"_s, t.key);
    doc.text(u"UploadId"_s, upload.id);
    return doc.finish();
}

HttpResponse ObsMultipart::uploadPart(const HttpRequest &request, const ObsTarget &t)
{
    bool ok = false;
    const int number = request.query.queryItemValue(u"partNumber"_s).toInt(&ok);
    if (!ok || number < 1 || number > MaxPartNumber) {
        return invalidArgument(
            t, u"Part number must be an integer between 1 and %1, inclusive."_s.arg(MaxPartNumber));
    }
    const ObsUpload *upload = findUpload(request, t);
    if (!upload)
        return noSuchUpload(t);
    const qint64 size = request.bodySink ? request.bodySink->size() : request.body.size();
    if (size > MaxPartSize) {
        return ObsXml::error(400,
            u"EntityTooLarge"_s,
            u"Your proposed upload exceeds the maximum allowed size."_s,
            t.resource);
    }
    HttpResponse refusal;
    const std::optional<ObsBody> body = takeBody(m_store, request, t, &refusal);
    if (!body)
        return refusal;
    const QString etag = QString::fromLatin1(body->md5.toHex());
    m_store.putPart(
        upload->id, ObsPart{number, body->size, etag, QDateTime::currentDateTimeUtc(), body->file});
    HttpResponse response = HttpResponse::empty(200);
    response.withHeader("ETag"_ba, ObsXml::quoted(etag));
    return ObsXml::withRequestId(response);
}

HttpResponse ObsMultipart::listParts(const HttpRequest &request, const ObsTarget &t)
{
    const ObsUpload *upload = findUpload(request, t);
    if (!upload)
        return noSuchUpload(t);
    bool ok = false;
    const int maxParts = std::min(intParam(request, u"max-parts"_s, PageCap, &ok), PageCap);
    if (!ok)
        return invalidArgument(t, u"max-parts must be a non-negative integer."_s);
    const int marker = intParam(request, u"part-number-marker"_s, 0, &ok);
    if (!ok)
        return invalidArgument(t, u"part-number-marker must be a non-negative integer."_s);

    ObsXml::Document doc(u"ListPartsResult"_s);
    doc.text(u"Bucket"_s, t.bucket);
    doc.text(u"Key"_s, t.key);
    doc.text(u"UploadId"_s, upload->id);
    doc.text(u"PartNumberMarker"_s, QString::number(marker));
    int listed = 0;
    int last = marker;
    bool truncated = false;
    QList<const ObsPart *> page;
    for (auto it = upload->parts.upperBound(marker); it != upload->parts.cend(); ++it) {
        if (listed == maxParts) {
            truncated = true;
            break;
        }
        page.append(&it.value());
        last = it.key();
        ++listed;
    }
    doc.text(u"NextPartNumberMarker"_s, QString::number(last));
    doc.text(u"MaxParts"_s, QString::number(maxParts));
    doc.text(u"IsTruncated"_s, truncated ? u"true"_s : u"false"_s);
    doc.text(u"StorageClass"_s, u"STANDARD"_s);
    for (const ObsPart *p : std::as_const(page)) {
        doc.w().writeStartElement(u"Part"_s);
        doc.text(u"PartNumber"_s, QString::number(p->number));
        doc.text(u"LastModified"_s, ObsXml::time(p->lastModified));
        doc.text(u"ETag"_s, QString::fromLatin1(ObsXml::quoted(p->etag)));
        doc.text(u"Size"_s, QString::number(p->size));
        doc.w().writeEndElement();
    }
    return doc.finish();
}

HttpResponse ObsMultipart::complete(const HttpRequest &request, const ObsTarget &t)
{
    const ObsUpload *upload = findUpload(request, t);
    if (!upload)
        return noSuchUpload(t);
    const auto sent = parseCompleteBody(request.body);
    if (!sent) {
        return ObsXml::error(400,
            u"MalformedXML"_s,
            u"The XML you provided was not well-formed or did not validate against our "
            "published schema."_s,
            t.resource);
    }
    QList<ObsPart> parts;
    int previous = 0;
    for (const auto &[number, etag] : *sent) {
        if (number <= previous) {
            return ObsXml::error(400,
                u"InvalidPartOrder"_s,
                u"The list of parts was not in ascending order. The parts list must be "
                "specified in order by part number."_s,
                t.resource);
        }
        previous = number;
        const auto it = upload->parts.constFind(number);
        if (it == upload->parts.cend() || it->etag != ObsXml::unquoted(etag)) {
            return ObsXml::error(400,
                u"InvalidPart"_s,
                u"One or more of the specified parts could not be found. The part might not "
                "have been uploaded, or the specified entity tag might not have matched the "
                "part's entity tag."_s,
                t.resource,
                {{u"PartNumber"_s, QString::number(number)}});
        }
        parts.append(it.value());
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).size < MinPartSize) {
            return ObsXml::error(400,
                u"EntityTooSmall"_s,
                u"Your proposed upload is smaller than the minimum allowed object size."_s,
                t.resource,
                {{u"ProposedSize"_s, QString::number(parts.at(i).size)},
                    {u"MinSizeAllowed"_s, QString::number(MinPartSize)},
                    {u"PartNumber"_s, QString::number(parts.at(i).number)}});
        }
    }

    // The object: the listed parts' bytes in order; its ETag MD5(MD5(p1)..MD5(pN))-N.
    ObsObject object{t.key, 0, {}, QDateTime::currentDateTimeUtc(), m_store.newDataFile()};
    QFile out(m_store.dataPath(object.file));
    QByteArray md5s;
    bool ok = out.open(QIODevice::WriteOnly);
    for (const ObsPart &p : std::as_const(parts)) {
        QFile in(m_store.dataPath(p.file));
        ok = ok && in.open(QIODevice::ReadOnly);
        while (ok && !in.atEnd()) {
            const QByteArray chunk = in.read(4 * 1024 * 1024);
            ok = out.write(chunk) == chunk.size();
        }
        object.size += p.size;
        md5s += QByteArray::fromHex(p.etag.toLatin1());
    }
    out.close();
    if (!ok) {
        out.remove();
        return ObsXml::error(
            500, u"InternalError"_s, u"The demo cannot assemble the object."_s, t.resource);
    }
    object.etag =
        QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex()) + u'-'
        + QString::number(parts.size());
    const QString uploadId = upload->id;
    m_store.putObject(t.bucket, object);
    m_store.removeUpload(uploadId); // OBS deletes the parts left out

    ObsXml::Document doc(u"CompleteMultipartUploadResult"_s);
    doc.text(u"Location"_s, t.resource);
    doc.text(u"Bucket"_s, t.bucket);
    doc.text(u"Key"_s, t.key);
    doc.text(u"ETag"_s, QString::fromLatin1(ObsXml::quoted(object.etag)));
    return doc.finish();
}

HttpResponse ObsMultipart::abort(const HttpRequest &request, const ObsTarget &t)
{
    const ObsUpload *upload = findUpload(request, t);
    if (!upload)
        return noSuchUpload(t);
    m_store.removeUpload(upload->id);
    HttpResponse response = HttpResponse::empty(204);
    return ObsXml::withRequestId(response);
}

HttpResponse ObsMultipart::listUploads(const HttpRequest &request, const ObsTarget &t)
{
    bool ok = false;
    const int maxUploads = std::min(intParam(request, u"max-uploads"_s, PageCap, &ok), PageCap);
    if (!ok)
        return invalidArgument(t, u"max-uploads must be a non-negative integer."_s);
    const QString prefix = request.query.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    const QString keyMarker = request.query.queryItemValue(u"key-marker"_s, QUrl::FullyDecoded);
    const QString idMarker = request.query.queryItemValue(u"upload-id-marker"_s);

    QList<ObsUpload> all;
    for (const ObsUpload &u : m_store.uploads()) {
        if (u.bucket != t.bucket || !u.key.startsWith(prefix))
            continue;
        // After the marker: a greater key, or the marker's key with a greater id.
        if (!keyMarker.isEmpty()
            && (u.key < keyMarker
                || (u.key == keyMarker && (idMarker.isEmpty() || u.id <= idMarker))))
            continue;
        all.append(u);
    }
    std::sort(all.begin(), all.end(), [](const ObsUpload &a, const ObsUpload &b) {
        return std::tie(a.key, a.id) < std::tie(b.key, b.id);
    });
    const bool truncated = all.size() > maxUploads;
    all = all.mid(0, maxUploads);

    ObsXml::Document doc(u"ListMultipartUploadsResult"_s);
    doc.text(u"Bucket"_s, t.bucket);
    doc.text(u"KeyMarker"_s, keyMarker);
    doc.text(u"UploadIdMarker"_s, idMarker);
    doc.text(u"NextKeyMarker"_s, all.isEmpty() ? QString() : all.last().key);
    doc.text(u"NextUploadIdMarker"_s, all.isEmpty() ? QString() : all.last().id);
    doc.text(u"Prefix"_s, prefix);
    doc.text(u"MaxUploads"_s, QString::number(maxUploads));
    doc.text(u"IsTruncated"_s, truncated ? u"true"_s : u"false"_s);
    for (const ObsUpload &u : std::as_const(all)) {
        doc.w().writeStartElement(u"Upload"_s);
        doc.text(u"Key"_s, u.key);
        doc.text(u"UploadId"_s, u.id);
        doc.text(u"StorageClass"_s, u"STANDARD"_s);
        doc.text(u"Initiated"_s, ObsXml::time(u.initiated));
        doc.w().writeEndElement();
    }
    return doc.finish();
}

} // namespace DemoCloud
