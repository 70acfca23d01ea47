#include "create/requestfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>

#include "create/imsmethodrequests.h"
#include "create/localfilerequest.h"
#include "create/cinderuploadrequest.h"
#include "create/glancecreaterequest.h"
#include "create/novacreateimagerequest.h"

using namespace Qt::StringLiterals;

namespace {

const QString FormatKey = u"format"_s;
const QString MethodKey = u"method"_s;
const QString ParamsKey = u"params"_s;
const QString BodyKey = u"body"_s;

QString prefixed(const QString &prefix, const QString &field)
{
    return field.isEmpty() ? prefix : prefix + u'.' + field;
}

} // namespace

QStringList RequestFile::knownBodyKeys(CreationMethod method)
{
    switch (method) {
    case CreationMethod::ImsEcs:
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsObsFile:
    case CreationMethod::ImsDataDisk:
        return ImsRequests::knownBodyKeys(method);
    case CreationMethod::NovaCreateImage:
        return {u"createImage"_s};
    case CreationMethod::CinderUploadToImage:
        return {u"os-volume_upload_image"_s};
    case CreationMethod::GlanceCreateUpload:
        return {u"name"_s,
            u"disk_format"_s,
            u"container_format"_s,
            u"min_disk"_s,
            u"min_ram"_s,
            u"visibility"_s,
            u"protected"_s,
            u"tags"_s,
            u"__os_version"_s,
            u"id"_s};
    case CreationMethod::ImsLocalFile: {
        QStringList keys = ImsRequests::knownBodyKeys(CreationMethod::ImsObsFile);
        keys.removeAll(u"image_url"_s); // set from params.bucket and params.object
        return keys;
    }
    }
    return {};
}

std::optional<RequestFile> RequestFile::parse(
    const QByteArray &json, const QString &baseDir, Problems *problems)
{
    Problems found;
    const auto fail = [&](const QString &field, const QString &message) {
        found.errors.append({field, message});
        if (problems)
            *problems = found;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        //: %1 = the JSON parser's message, %2 = character offset in the file
        return fail(QString(),
            tr("The file is not valid JSON: %1 (at character %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!doc.isObject())
        return fail(QString(), tr("The file must hold one JSON object."));
    const QJsonObject root = doc.object();

    RequestFile file;
    file.baseDir = baseDir;

    // format: left out means 1; anything else is a newer (or broken) file this version refuses.
    const QJsonValue format = root.value(FormatKey);
    if (!format.isUndefined()) {
        if (!format.isDouble() || format.toDouble() != double(format.toInt())) {
            found.errors.append({FormatKey, tr("\"format\" must be a whole number.")});
        } else if (format.toInt() != CurrentFormat) {
            //: %1 = the format number in the file, %2 = the one this version reads
            found.errors.append({FormatKey,
                tr("Request file format %1 is not supported; this version reads format %2.")
                    .arg(format.toInt())
                    .arg(CurrentFormat)});
        }
    }

    const QJsonValue method = root.value(MethodKey);
    std::optional<CreationMethod> known;
    if (method.isUndefined() || method.isNull()) {
        found.errors.append({MethodKey, tr("\"method\" is missing.")});
    } else if (!method.isString()) {
        found.errors.append({MethodKey, tr("\"method\" must be a text.")});
    } else {
        known = CreationMethods::fromKey(method.toString());
        if (!known) {
            QStringList keys;
            for (int i = 0; i < CreationMethodCount; ++i)
                keys << CreationMethods::key(CreationMethod(i));
            //: %1 = the method named in the file, %2 = the list of method keys
            found.errors.append({MethodKey,
                tr("Unknown method \"%1\". Known methods: %2.")
                    .arg(method.toString(), keys.join(u", "_s))});
        }
    }

    const QJsonValue params = root.value(ParamsKey);
    if (!params.isUndefined() && !params.isNull() && !params.isObject())
        found.errors.append({ParamsKey, tr("\"params\" must be a JSON object.")});
    else
        file.params = params.toObject();

    const QJsonValue body = root.value(BodyKey);
    if (body.isUndefined() || body.isNull())
        found.errors.append({BodyKey, tr("\"body\" is missing.")});
    else if (!body.isObject())
        found.errors.append({BodyKey, tr("\"body\" must be a JSON object.")});
    else
        file.body = body.toObject();

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != FormatKey && it.key() != MethodKey && it.key() != ParamsKey
            && it.key() != BodyKey)
            //: %1 = a top-level key of the request file
            found.warnings
                << tr("The key \"%1\" is not part of a request file and is ignored.").arg(it.key());
    }

    if (known && found.errors.isEmpty()) {
        file.method = *known;
        validate(file, &found);
    }
    if (problems)
        *problems = found;
    if (!found.errors.isEmpty())
        return std::nullopt;
    return file;
}

void RequestFile::validate(const RequestFile &file, Problems *problems)
{
    const QString methodKey = CreationMethods::key(file.method);
    if (!CreationMethods::isImplemented(file.method)) {
        //: %1 = the method key, e.g. nova-create-image; %2 = the method's title
        problems->errors.append({MethodKey,
            tr("The method \"%1\" (%2) is not supported by this version yet.")
                .arg(methodKey, CreationMethods::title(file.method))});
        return;
    }

    const QJsonValue fileParam = file.params.value(u"file"_s);
    if (!fileParam.isUndefined() && !fileParam.isString())
        problems->errors.append({u"params.file"_s, tr("\"file\" must be a path.")});

    // Parameters the method does not use (IMS takes none: everything is in the body).
    const QStringList usedParams = file.method == CreationMethod::NovaCreateImage
        ? QStringList{u"server_id"_s}
        : file.method == CreationMethod::CinderUploadToImage ? QStringList{u"volume_id"_s}
        : file.method == CreationMethod::GlanceCreateUpload  ? QStringList{u"file"_s}
        : file.method == CreationMethod::ImsLocalFile
        ? QStringList{u"file"_s, u"bucket"_s, u"object"_s, u"keep_object"_s, u"bitmap"_s}
        : QStringList{};
    for (auto it = file.params.constBegin(); it != file.params.constEnd(); ++it) {
        if (!usedParams.contains(it.key()))
            //: %1 = a key under "params", %2 = the method key
            problems->warnings << tr("params.%1 is not used by the method \"%2\" and is ignored.")
                                      .arg(it.key(), methodKey);
    }

    switch (file.method) {
    case CreationMethod::ImsEcs:
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsObsFile:
    case CreationMethod::ImsDataDisk: {
        const FieldErrors errors = ImsRequests::validate(file.method, file.body);
        for (const FieldError &e : errors)
            problems->errors.append({prefixed(BodyKey, e.field), e.message});
        break;
    }
    case CreationMethod::NovaCreateImage: {
        FieldErrors errors;
        NovaCreateImageRequest::fromBody(
            file.body, file.params.value(u"server_id"_s).toString(), &errors);
        for (const FieldError &e : std::as_const(errors)) {
            const QString field =
                e.field == u"server_id"_s ? u"params.server_id"_s : prefixed(BodyKey, e.field);
            problems->errors.append({field, e.message});
        }
        break;
    }
    case CreationMethod::CinderUploadToImage: {
        FieldErrors errors;
        CinderUploadRequest::fromBody(
            file.body, file.params.value(u"volume_id"_s).toString(), &errors);
        for (const FieldError &e : std::as_const(errors)) {
            const QString field = e.field == u"volume_id"_s ? u"params.volume_id"_s
                : e.field == u"os-volume_upload_image"_s
                ? prefixed(BodyKey, e.field)
                : prefixed(BodyKey, prefixed(u"os-volume_upload_image"_s, e.field));
            problems->errors.append({field, e.message});
        }
        const QStringList knownAction{u"image_name"_s,
            u"force"_s,
            u"disk_format"_s,
            u"container_format"_s,
            u"visibility"_s,
            u"protected"_s};
        const QJsonObject action = file.body.value(u"os-volume_upload_image"_s).toObject();
        for (auto it = action.constBegin(); it != action.constEnd(); ++it) {
            if (!knownAction.contains(it.key()))
                //: %1 = a key of the request body the app does not know
                problems->warnings << tr("body.%1 is not a field Imagewright knows; it is sent "
                                         "to the cloud as given.")
                                          .arg(u"os-volume_upload_image."_s + it.key());
        }
        break;
    }
    case CreationMethod::GlanceCreateUpload: {
        FieldErrors errors;
        const auto request = GlanceCreateRequest::fromBody(
            file.body, GlanceCreateRequest::flavourOfBody(file.body), &errors);
        for (const FieldError &e : std::as_const(errors))
            problems->errors.append({prefixed(BodyKey, e.field), e.message});
        if (request)
            problems->warnings << request->warnings();
        const QString path = file.resolvedFile();
        if (fileParam.isUndefined() || path.isEmpty()) {
            problems->errors.append({u"params.file"_s,
                tr("Give the image file to upload: \"params\": {\"file\": \"disk.qcow2\"} "
                   "(relative to the request file's folder, or absolute).")});
        } else if (fileParam.isString()) {
            const QFileInfo info(path);
            if (!info.exists())
                //: %1 = file path
                problems->errors.append({u"params.file"_s,
                    tr("The image file %1 does not exist.").arg(QDir::toNativeSeparators(path))});
            else if (!info.isFile() || !info.isReadable())
                //: %1 = file path
                problems->errors.append({u"params.file"_s,
                    tr("The image file %1 is not a readable file.")
                        .arg(QDir::toNativeSeparators(path))});
            else if (info.size() == 0)
                //: %1 = file path
                problems->errors.append({u"params.file"_s,
                    tr("The image file %1 is empty.").arg(QDir::toNativeSeparators(path))});
        }
        break;
    }
    case CreationMethod::ImsLocalFile: {
        FieldErrors errors;
        LocalFileRequest::fromParams(
            file.localFileParams(), file.body, file.resolvedFile(), &errors);
        problems->errors += errors; // fields already "params.*" / "body.*"
        break;
    }
    }

    const QStringList known = knownBodyKeys(file.method);
    for (auto it = file.body.constBegin(); it != file.body.constEnd(); ++it) {
        if (!known.contains(it.key()))
            //: %1 = a key of the request body the app does not know
            problems->warnings << tr("body.%1 is not a field Imagewright knows; it is sent to the "
                                     "cloud as given.")
                                      .arg(it.key());
    }
}

std::optional<RequestFile> RequestFile::load(const QString &path, Problems *problems)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (problems) {
            //: %1 = file path, %2 = the file system's message
            problems->errors = {{QString(),
                tr("Cannot read the request file %1: %2")
                    .arg(QDir::toNativeSeparators(path), f.errorString())}};
            problems->warnings.clear();
        }
        return std::nullopt;
    }
    return parse(f.readAll(), QFileInfo(path).absolutePath(), problems);
}

RequestFile RequestFile::fromImsEcs(const ImsEcsRequest &request)
{
    RequestFile file;
    file.method = CreationMethod::ImsEcs;
    file.body = request.toBody();
    return file;
}

std::optional<ImsEcsRequest> RequestFile::imsEcsRequest(FieldErrors *errors) const
{
    if (method != CreationMethod::ImsEcs)
        return std::nullopt;
    return ImsEcsRequest::fromBody(body, errors);
}

QString RequestFile::imageName() const
{
    if (method == CreationMethod::NovaCreateImage)
        return body.value(u"createImage"_s).toObject().value(u"name"_s).toString();
    if (CreationMethods::isIms(method))
        return ImsRequests::imageName(method, body);
    if (method == CreationMethod::CinderUploadToImage)
        return body.value(u"os-volume_upload_image"_s).toObject().value(u"image_name"_s).toString();
    return body.value(u"name"_s).toString();
}

QJsonObject RequestFile::bodyForSending(const QString &marker) const
{
    switch (method) {
    case CreationMethod::ImsEcs:
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsObsFile:
    case CreationMethod::ImsDataDisk: {
        QJsonObject sent = ImsRequests::bodyWithMarker(method, body, marker);
        if (sent.isEmpty())
            return {};
        const QStringList known = knownBodyKeys(method);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!known.contains(it.key()))
                sent.insert(it.key(), it.value()); // unknown keys: as given (interfaces.md §4)
        }
        return sent;
    }
    case CreationMethod::NovaCreateImage: {
        const auto request = NovaCreateImageRequest::fromBody(
            body, params.value(u"server_id"_s).toString(), nullptr);
        if (!request)
            return {};
        QJsonObject sent = request->toBodyWithMarker(marker);
        // Keys inside createImage that the app does not know are sent as given, too.
        QJsonObject action = sent.value(u"createImage"_s).toObject();
        const QJsonObject given = body.value(u"createImage"_s).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (!action.contains(it.key()))
                action.insert(it.key(), it.value());
        }
        sent.insert(u"createImage"_s, action);
        return sent;
    }
    case CreationMethod::CinderUploadToImage: {
        // No marker can be added (interfaces.md §7): the body is sent as the operator means it.
        const auto request =
            CinderUploadRequest::fromBody(body, params.value(u"volume_id"_s).toString(), nullptr);
        if (!request)
            return {};
        QJsonObject sent = request->toBody();
        QJsonObject action = sent.value(u"os-volume_upload_image"_s).toObject();
        const QJsonObject given = body.value(u"os-volume_upload_image"_s).toObject();
        for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
            if (!action.contains(it.key()))
                action.insert(it.key(), it.value()); // unknown keys: as given
        }
        // force as the operator wrote it ("True", true, "false"...): Cinder reads them alike.
        if (given.contains(u"force"_s))
            action.insert(u"force"_s, given.value(u"force"_s));
        sent.insert(u"os-volume_upload_image"_s, action);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!sent.contains(it.key()))
                sent.insert(it.key(), it.value());
        }
        return sent;
    }
    case CreationMethod::ImsLocalFile: {
        const auto request = localFileRequest();
        if (!request)
            return {};
        QJsonObject sent = ImsRequests::bodyWithMarker(
            CreationMethod::ImsObsFile, request->importBody(), marker);
        if (sent.isEmpty())
            return {};
        const QStringList known = knownBodyKeys(method);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!known.contains(it.key()))
                sent.insert(it.key(), it.value()); // unknown keys: as given (interfaces.md §4)
        }
        return sent;
    }
    case CreationMethod::GlanceCreateUpload: {
        const auto request = glanceCreateRequest();
        if (!request)
            return {};
        QJsonObject sent = request->toBodyWithId(marker);
        const QStringList known = knownBodyKeys(method);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (!known.contains(it.key()))
                sent.insert(it.key(), it.value()); // unknown keys: as given (interfaces.md §4)
        }
        return sent;
    }
    }
    return {};
}

std::optional<GlanceCreateRequest> RequestFile::glanceCreateRequest(FieldErrors *errors) const
{
    if (method != CreationMethod::GlanceCreateUpload)
        return std::nullopt;
    return GlanceCreateRequest::fromBody(body, GlanceCreateRequest::flavourOfBody(body), errors);
}

RequestFile RequestFile::fromGlance(const GlanceCreateRequest &request, const QString &file)
{
    RequestFile rf;
    rf.method = CreationMethod::GlanceCreateUpload;
    rf.params = QJsonObject{{u"file"_s, file}};
    rf.body = request.toBody();
    return rf;
}

std::optional<LocalFileRequest> RequestFile::localFileRequest(FieldErrors *errors) const
{
    if (method != CreationMethod::ImsLocalFile)
        return std::nullopt;
    return LocalFileRequest::fromParams(localFileParams(), body, resolvedFile(), errors);
}

QString RequestFile::markerFor(const QString &chosen) const
{
    if (method == CreationMethod::GlanceCreateUpload) {
        const QString pinned = body.value(u"id"_s).toString();
        if (!pinned.isEmpty())
            return pinned; // the operator pinned the image ID: it is the marker
    }
    return chosen;
}

CreateOrder RequestFile::order(const QString &chosenMarker) const
{
    CreateOrder o;
    o.method = method;
    o.imageName = imageName();
    if (method != CreationMethod::CinderUploadToImage)
        o.marker = markerFor(chosenMarker); // Cinder has no place for one (interfaces.md §7)
    o.body = bodyForSending(o.marker);
    if (method == CreationMethod::NovaCreateImage)
        o.sourceId = params.value(u"server_id"_s).toString();
    else if (method == CreationMethod::CinderUploadToImage)
        o.sourceId = params.value(u"volume_id"_s).toString();
    o.filePath = resolvedFile();
    if (method == CreationMethod::ImsLocalFile) {
        o.params = params;
        // The bitmap found (params.bitmap resolved, or NAME.mf beside the file): what is sent.
        o.params.remove(u"bitmap"_s);
        if (const auto request = localFileRequest(); request && !request->bitmapFile.isEmpty())
            o.params.insert(u"bitmap"_s, request->bitmapFile);
    }
    return o;
}

QString RequestFile::resolvedFile() const
{
    return resolvedPath(params.value(u"file"_s).toString());
}

QString RequestFile::resolvedPath(const QString &path) const
{
    if (path.isEmpty())
        return {};
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).filePath(path));
}

QJsonObject RequestFile::localFileParams() const
{
    QJsonObject resolved = params;
    const QJsonValue bitmap = params.value(u"bitmap"_s);
    if (bitmap.isString() && !bitmap.toString().isEmpty())
        resolved.insert(u"bitmap"_s, resolvedPath(bitmap.toString()));
    return resolved;
}

QJsonObject RequestFile::toJson() const
{
    return QJsonObject{{FormatKey, CurrentFormat},
        {MethodKey, CreationMethods::key(method)},
        {ParamsKey, params},
        {BodyKey, body}};
}

QByteArray RequestFile::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

bool RequestFile::save(const QString &path, QString *error) const
{
    QSaveFile f(path); // temp file + rename: never a half-written request
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    f.write(toBytes());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

QString RequestFile::suggestedFileName(const QString &imageName)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString base = imageName.trimmed();
    base.replace(unsafe, u"-"_s);
    while (base.startsWith(u'.') || base.startsWith(u'-'))
        base.remove(0, 1);
    if (base.isEmpty())
        base = u"request"_s;
    return base + u".json"_s;
}
