#include "obs/uploadstate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject UploadState::toJson() const
{
    QJsonArray parts;
    for (auto it = confirmed.begin(); it != confirmed.end(); ++it) {
        QJsonObject part{{u"n"_s, it.key()}, {u"md5"_s, QString::fromLatin1(it.value().toHex())}};
        if (const auto etag = opaqueEtags.constFind(it.key()); etag != opaqueEtags.cend())
            part.insert(u"etag"_s, *etag);
        parts.append(part);
    }
    return QJsonObject{
        {u"format"_s, 1},
        {u"endpoint"_s, endpoint},
        {u"bucket"_s, bucket},
        {u"key"_s, key},
        {u"upload_id"_s, uploadId},
        {u"file"_s, filePath},
        {u"file_size"_s, QString::number(fileSize)},
        {u"file_modified"_s, fileModified.toUTC().toString(Qt::ISODateWithMs)},
        {u"part_size"_s, QString::number(partSize)},
        {u"parts"_s, parts},
    };
}

std::optional<UploadState> UploadState::fromJson(const QJsonObject &o, QString *why)
{
    const auto fail = [why](const QString &text) -> std::optional<UploadState> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (o.value(u"format"_s).toInt() != 1)
        return fail(u"unknown format"_s);
    UploadState s;
    s.endpoint = o.value(u"endpoint"_s).toString();
    s.bucket = o.value(u"bucket"_s).toString();
    s.key = o.value(u"key"_s).toString();
    s.uploadId = o.value(u"upload_id"_s).toString();
    s.filePath = o.value(u"file"_s).toString();
    bool sizeOk = false;
    bool partOk = false;
    s.fileSize = o.value(u"file_size"_s).toString().toLongLong(&sizeOk);
    s.partSize = o.value(u"part_size"_s).toString().toLongLong(&partOk);
    s.fileModified =
        QDateTime::fromString(o.value(u"file_modified"_s).toString(), Qt::ISODateWithMs);
    if (s.bucket.isEmpty() || s.key.isEmpty() || s.filePath.isEmpty() || !sizeOk || !partOk
        || s.partSize <= 0 || !s.fileModified.isValid())
        return fail(u"a required field is missing or malformed"_s);
    const QJsonArray parts = o.value(u"parts"_s).toArray();
    for (const QJsonValue &v : parts) {
        const QJsonObject p = v.toObject();
        const int n = p.value(u"n"_s).toInt();
        const QByteArray md5 = QByteArray::fromHex(p.value(u"md5"_s).toString().toLatin1());
        if (n < 1 || md5.size() != 16)
            return fail(u"a malformed part"_s);
        s.confirmed.insert(n, md5);
        if (const QJsonValue etag = p.value(u"etag"_s); !etag.isUndefined()) {
            if (!etag.isString() || etag.toString().isEmpty() || etag.toString().size() > 1024)
                return fail(u"a malformed part"_s);
            s.opaqueEtags.insert(n, etag.toString());
        }
    }
    return s;
}

QString UploadState::etagOf(int part) const
{
    if (const auto etag = opaqueEtags.constFind(part); etag != opaqueEtags.cend())
        return *etag;
    return QString::fromLatin1(confirmed.value(part).toHex());
}

void UploadState::confirm(int part, const QByteArray &md5, const QString &etag)
{
    confirmed.insert(part, md5);
    if (etag.compare(QString::fromLatin1(md5.toHex()), Qt::CaseInsensitive) == 0)
        opaqueEtags.remove(part);
    else
        opaqueEtags.insert(part, etag);
}

QString UploadState::fileChangedReason() const
{
    const QFileInfo info(filePath);
    const QString shown = QDir::toNativeSeparators(filePath);
    if (!info.exists())
        //: %1 = a file path
        return tr("The file %1 is no longer there.").arg(shown);
    if (info.size() != fileSize)
        //: %1 = a file path, %2 and %3 = byte counts
        return tr("The file %1 has changed since the upload started: its size was %2 bytes, now "
                  "%3 bytes.")
            .arg(shown)
            .arg(fileSize)
            .arg(info.size());
    const QDateTime now = info.lastModified().toUTC();
    if (now.toMSecsSinceEpoch() != fileModified.toMSecsSinceEpoch())
        //: %1 = a file path, %2 and %3 = date and time
        return tr("The file %1 has changed since the upload started: it was modified at %2, "
                  "now at %3.")
            .arg(shown,
                fileModified.toLocalTime().toString(Qt::ISODateWithMs),
                now.toLocalTime().toString(Qt::ISODateWithMs));
    return {};
}
