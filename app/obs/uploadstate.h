#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

/// What it takes to resume one multipart upload: where it goes, the upload id, the part size,
/// the file as it was when the upload started (size and modification time), and the parts the
/// server has confirmed with their MD5. A value; JSON for the job store or a resume file.
struct UploadState
{
    Q_DECLARE_TR_FUNCTIONS(UploadState)
public:
    QString endpoint; // scheme://host[:port] of the S3 service
    QString bucket;
    QString key;
    QString uploadId;
    QString filePath; // absolute
    qint64 fileSize = 0;
    QDateTime fileModified; // UTC, milliseconds
    qint64 partSize = 0;
    QMap<int, QByteArray> confirmed; // part number -> raw MD5 (sent as its Content-MD5)
    /// Part number -> the ETag the server answered, where it is not the part's MD5 (an SSE-KMS
    /// bucket). CompleteMultipartUpload must name each part by the server's ETag.
    QMap<int, QString> opaqueEtags;

    bool isStarted() const { return !uploadId.isEmpty(); }
    /// The server's ETag of a confirmed part: its MD5 in hex, unless recorded in opaqueEtags.
    QString etagOf(int part) const;
    /// Records a confirmed part; `etag` is the server's answer, kept when it is not the MD5.
    void confirm(int part, const QByteArray &md5, const QString &etag);

    QJsonObject toJson() const;
    /// Nullopt and `why` (not translated; for logs) when a field is missing or malformed.
    static std::optional<UploadState> fromJson(const QJsonObject &o, QString *why);

    /// Empty when the file at `filePath` still has the size and modification time recorded;
    /// else why it cannot be resumed (translated).
    QString fileChangedReason() const;
};
