#include "create/localfilerequest.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include "create/createorder.h"
#include "create/imsmethodrequests.h"
#include "obs/imagefileformat.h"

using namespace Qt::StringLiterals;

namespace {
/// A limit as the documents write it ("128 GB", "1 TB": binary units, as IMS counts them).
QString limitText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QJsonObject LocalFileRequest::importBody() const
{
    QJsonObject sent = body;
    sent.insert(u"image_url"_s, imageUrl());
    return sent;
}

QString LocalFileRequest::bitmapObject() const
{
    return bitmapFile.isEmpty() ? QString() : bitmapObjectFor(object);
}

bool LocalFileRequest::needsBitmap(const QString &path, bool quickImport)
{
    if (!quickImport || path.isEmpty())
        return false;
    if (const auto named = ImageFileFormat::fromFileName(QFileInfo(path).fileName()))
        return *named == ImageFileFormat::Format::Raw;
    QString error;
    const auto read = ImageFileFormat::detectFile(path, &error);
    return read && *read == ImageFileFormat::Format::Raw;
}

QString LocalFileRequest::defaultBitmapFor(const QString &file)
{
    const QFileInfo info(file);
    return info.dir().filePath(info.completeBaseName() + u".mf"_s);
}

QString LocalFileRequest::bitmapObjectFor(const QString &object)
{
    const qsizetype slash = object.lastIndexOf(u'/');
    const qsizetype dot = object.lastIndexOf(u'.');
    // "images/disk01.raw" -> "images/disk01.mf"; a name without extension gets one.
    const QString stem = dot > slash + 1 ? object.left(dot) : object;
    return stem + u".mf"_s;
}

FieldErrors LocalFileRequest::checkBitmap(const QString &path, const QString &field)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        //: %1 = file path
        return {{field, tr("The bitmap file %1 does not exist.").arg(shown)}};
    if (!info.isFile() || !info.isReadable())
        //: %1 = file path
        return {{field, tr("The bitmap file %1 is not a readable file.").arg(shown)}};
    if (info.size() == 0)
        //: %1 = file path
        return {{field, tr("The bitmap file %1 is empty.").arg(shown)}};
    if (info.size() > BitmapMaxBytes)
        //: %1 = file path, %2 = its size, %3 = the limit
        return {{field,
            tr("%1 is %2: too large for a bitmap file (at most %3). Choose the .mf file "
               "CreateMF.jar made for the RAW image file.")
                .arg(shown,
                    QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat),
                    limitText(BitmapMaxBytes))}};
    return {};
}

LocalFileRequest LocalFileRequest::fromOrder(const CreateOrder &order)
{
    LocalFileRequest r;
    r.file = order.filePath;
    r.bucket = order.params.value(u"bucket"_s).toString();
    r.object = order.params.value(u"object"_s).toString(QFileInfo(order.filePath).fileName());
    r.keepObject = order.params.value(u"keep_object"_s).toBool(true);
    r.bitmapFile = order.params.value(u"bitmap"_s).toString(); // set by RequestFile::order()
    r.body = order.body;
    r.body.remove(u"image_url"_s); // importBody() sets it again
    return r;
}

std::optional<QString> LocalFileRequest::checkBucketName(const QString &bucket)
{
    if (bucket.isEmpty())
        return tr("Give the OBS bucket to upload to: \"params\": {\"bucket\": \"my-bucket\"}.");
    static const QRegularExpression rule(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    if (!rule.match(bucket).hasMatch() || bucket.contains(u".."_s) || bucket.contains(u".-"_s)
        || bucket.contains(u"-."_s) || !QHostAddress(bucket).isNull())
        //: %1 = the bucket name given
        return tr("\"%1\" is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens "
                  "or periods, starting and ending with a letter or digit, not an IP address.")
            .arg(bucket);
    return std::nullopt;
}

std::optional<QString> LocalFileRequest::checkObjectName(const QString &object)
{
    if (object.isEmpty())
        return tr("The object name is empty.");
    if (object.toUtf8().size() > 1024)
        return tr("An object name can have at most 1024 bytes.");
    if (object.startsWith(u'/'))
        //: %1 = the object name given
        return tr("“%1”: an object name cannot start with a slash.").arg(object);
    // IMS refuses an object whose name or folder has a space (IMG.0175), as for method 3.
    if (std::any_of(object.cbegin(), object.cend(), [](QChar c) { return c.isSpace(); }))
        //: %1 = the object name given
        return tr("“%1”: OBS file and folder names here cannot contain spaces. Choose an object "
                  "name without spaces (params.object).")
            .arg(object);
    return std::nullopt;
}

FieldErrors LocalFileRequest::checkFile(const QString &path, bool quickImport, const QString &field)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        //: %1 = file path
        return {{field, tr("The image file %1 does not exist.").arg(shown)}};
    if (!info.isFile() || !info.isReadable())
        //: %1 = file path
        return {{field, tr("The image file %1 is not a readable file.").arg(shown)}};
    if (info.size() == 0)
        //: %1 = file path
        return {{field, tr("The image file %1 is empty.").arg(shown)}};
    QString error;
    const auto format = ImageFileFormat::detectFile(path, &error);
    if (!format)
        return {{field, error}};
    FieldErrors errors;
    if (const QString mismatch = ImageFileFormat::mismatch(info.fileName(), *format);
        !mismatch.isEmpty())
        errors.append({field, mismatch});
    const auto named = ImageFileFormat::fromFileName(info.fileName());
    const ImageFileFormat::Format effective = named ? *named : *format;
    if (quickImport) {
        if (effective != ImageFileFormat::Format::Zvhd2
            && effective != ImageFileFormat::Format::Raw)
            //: %1 = the file's format such as qcow2
            errors.append({field,
                tr("A quick import takes only ZVHD2 or RAW files; this file is %1. Convert it, "
                   "or leave is_quick_import out for a normal import.")
                    .arg(ImageFileFormat::name(effective))});
        if (info.size() > QuickImportMaxBytes)
            //: %1 = the file's size, %2 = the limit
            errors.append({field,
                tr("The image file is %1; a quick import takes files of at most %2.")
                    .arg(QLocale().formattedDataSize(
                             info.size(), 1, QLocale::DataSizeTraditionalFormat),
                        limitText(QuickImportMaxBytes))});
    } else if (info.size() >= NormalImportMaxBytes) {
        //: %1 = the file's size, %2 = the limit
        errors.append({field,
            tr("The image file is %1; a normal import takes files smaller than %2. A ZVHD2 or "
               "RAW file of up to 1 TB can use the quick import (is_quick_import).")
                .arg(
                    QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat),
                    limitText(NormalImportMaxBytes))});
    }
    return errors;
}

FieldErrors LocalFileRequest::readBitmap(
    const QJsonObject &params, LocalFileRequest &r, bool quickImport)
{
    const QString field = u"params.bitmap"_s;
    const QJsonValue given = params.value(u"bitmap"_s);
    if (!given.isUndefined() && !given.isString())
        return {{field, tr("\"bitmap\" must be a text: the path of the RAW file's .mf file.")}};
    if (r.file.isEmpty())
        return {};
    if (!needsBitmap(r.file, quickImport)) {
        if (!given.toString().isEmpty())
            return {{field,
                tr("Only a quick import of a RAW file takes a bitmap file; leave "
                   "params.bitmap out.")}};
        return {};
    }
    const QString path = given.toString().isEmpty() ? defaultBitmapFor(r.file) : given.toString();
    if (given.toString().isEmpty() && !QFileInfo::exists(path))
        //: %1 = the file name looked for, e.g. disk01.mf
        return {{field,
            tr("A quick import of a RAW file needs its bitmap file (.mf, made by CreateMF.jar), "
               "uploaded beside it. %1 is not beside the image file: give the bitmap file "
               "(params.bitmap).")
                .arg(QFileInfo(path).fileName())}};
    FieldErrors errors = checkBitmap(path, field);
    if (!errors.isEmpty())
        return errors;
    r.bitmapFile = QFileInfo(path).absoluteFilePath();
    if (!r.object.isEmpty() && r.bitmapObject() == r.object)
        //: %1 = the object name
        return {{u"params.object"_s,
            tr("“%1” is the name the bitmap file gets in the bucket; give the image file's "
               "object another extension, such as .raw.")
                .arg(r.object)}};
    return {};
}

std::optional<LocalFileRequest> LocalFileRequest::fromParams(const QJsonObject &params,
    const QJsonObject &body,
    const QString &resolvedFile,
    FieldErrors *errors)
{
    FieldErrors found;
    LocalFileRequest r;
    r.body = body;
    const QJsonValue file = params.value(u"file"_s);
    if (!file.isString() || resolvedFile.isEmpty()) {
        found.append({u"params.file"_s,
            tr("Give the image file to upload: \"params\": {\"file\": \"disk.qcow2\"} "
               "(relative to the request file's folder, or absolute).")});
    } else {
        r.file = resolvedFile;
    }
    const QJsonValue bucket = params.value(u"bucket"_s);
    if (!bucket.isUndefined() && !bucket.isString())
        found.append({u"params.bucket"_s, tr("\"bucket\" must be a text.")});
    r.bucket = bucket.toString();
    if (bucket.isUndefined() || bucket.isString()) {
        if (auto e = checkBucketName(r.bucket))
            found.append({u"params.bucket"_s, *e});
    }
    const QJsonValue object = params.value(u"object"_s);
    if (!object.isUndefined() && !object.isString()) {
        found.append({u"params.object"_s, tr("\"object\" must be a text.")});
    } else {
        r.object = object.isUndefined() ? QFileInfo(r.file).fileName() : object.toString();
        if (!r.file.isEmpty() || !object.isUndefined()) {
            if (auto e = checkObjectName(r.object))
                found.append({u"params.object"_s, *e});
        }
    }
    const QJsonValue keep = params.value(u"keep_object"_s);
    if (!keep.isUndefined() && !keep.isBool())
        found.append({u"params.keep_object"_s, tr("\"keep_object\" must be true or false.")});
    r.keepObject = keep.toBool(true);

    if (body.contains(u"image_url"_s))
        found.append({u"body.image_url"_s,
            tr("Leave image_url out: it is set from params.bucket and params.object when the "
               "file is uploaded.")});
    // Method 3's rules on the body with the image_url it will have (its own image_url errors are
    // the bucket's and object's, said above).
    const FieldErrors bodyErrors =
        ImsRequests::validate(CreationMethod::ImsObsFile, r.importBody());
    for (const FieldError &e : bodyErrors) {
        if (e.field != u"image_url")
            found.append({u"body."_s + e.field, e.message});
    }
    const bool quick = body.value(u"is_quick_import"_s).toBool(false);
    if (!r.file.isEmpty())
        found += checkFile(r.file, quick);
    found += readBitmap(params, r, quick);
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}
