#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "create/createorder.h"
#include "create/creationmethod.h"
#include "create/fielderror.h"
#include "create/glancecreaterequest.h"
#include "create/imsecsrequest.h"
#include "create/localfilerequest.h"

/// A request file (interfaces.md §4, docs/request-files.md): one JSON object
/// `{"format": 1, "method": M, "params": {...}, "body": {...}}` that says what to create, as the
/// operator means it. The same validation as the wizard runs on it, field by field; markers are
/// added when sending (bodyForSending), never stored. A value type.
///
/// Methods plug in through three switches in requestfile.cpp: the known body keys, the
/// validation of params and body, and the body as sent. Methods this version cannot send yet are
/// read (so a file made for them is recognised) but refused with a clear message.
class RequestFile
{
    Q_DECLARE_TR_FUNCTIONS(RequestFile)
public:
    static constexpr int CurrentFormat = 1;

    CreationMethod method = CreationMethod::ImsEcs;
    QJsonObject params;
    QJsonObject body;
    /// The folder relative `params.file` paths are resolved against (the file's own folder
    /// once loaded; empty: the current directory).
    QString baseDir;

    /// What a load or parse found wrong (each message with its field path: "format", "method",
    /// "params.file", "body.name", "body.image_tags[1].key", ...) and what it merely warns about
    /// (unknown keys, kept and sent as given). Messages are translated.
    struct Problems
    {
        FieldErrors errors;
        QStringList warnings;
    };

    /// Parses and validates. nullopt when anything is wrong; `problems` then holds every message.
    static std::optional<RequestFile> parse(
        const QByteArray &json, const QString &baseDir, Problems *problems);
    /// Reads `path` and parses it with its folder as the base for relative paths.
    static std::optional<RequestFile> load(const QString &path, Problems *problems);

    /// The request file of what the wizard's IMS page holds (body without the marker).
    static RequestFile fromImsEcs(const ImsEcsRequest &request);

    /// The IMS request the body describes (method ims-ecs only; the file must be valid).
    std::optional<ImsEcsRequest> imsEcsRequest(FieldErrors *errors = nullptr) const;

    /// The Glance request the body describes (method glance-create-upload only). The flavour
    /// follows the body (GlanceCreateRequest::flavourOfBody).
    std::optional<GlanceCreateRequest> glanceCreateRequest(FieldErrors *errors = nullptr) const;
    /// The request file of what the wizard's Glance page holds; `file` as params.file.
    static RequestFile fromGlance(const GlanceCreateRequest &request, const QString &file);
    /// The local file, bucket and object of method ims-local-file (the file must be valid).
    std::optional<LocalFileRequest> localFileRequest(FieldErrors *errors = nullptr) const;
    /// The marker a send uses: `chosen`, unless the body pins one (a Glance `id`).
    QString markerFor(const QString &chosen) const;

    /// The image name the body asks for (for job records, default file names).
    QString imageName() const;

    /// The body to send: the validated fields plus the reconciliation marker (interfaces.md §7),
    /// with unknown keys passed through as given. Empty when the method cannot be sent yet.
    QJsonObject bodyForSending(const QString &marker) const;

    /// The create this file asks for, as it is sent: the marker (markerFor(chosenMarker); none
    /// for Cinder), bodyForSending(), the server or volume of params, the resolved file.
    CreateOrder order(const QString &chosenMarker) const;

    /// `params.file` resolved against baseDir (absolute paths stay as they are); empty if unset.
    QString resolvedFile() const;
    /// `params` with a relative `params.bitmap` (ims-local-file) resolved against baseDir.
    QJsonObject localFileParams() const;

    QJsonObject toJson() const;
    QByteArray toBytes() const; // indented JSON, as saved
    /// Writes the file atomically (QSaveFile). `error` gets the file system's message.
    bool save(const QString &path, QString *error = nullptr) const;

    /// The body keys the method knows; others are sent as given, with a warning.
    static QStringList knownBodyKeys(CreationMethod method);

    /// A suggested file name for a request to create `imageName` ("web-base-2026.json").
    static QString suggestedFileName(const QString &imageName);

private:
    static void validate(const RequestFile &file, Problems *problems);
    QString resolvedPath(const QString &path) const;
};
