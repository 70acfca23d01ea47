#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "obs/s3types.h"

/// Parsers for the S3 API's XML answers, with QXmlStreamReader. Pure. Element names are matched
/// without their namespace (AWS and Swift answer in the 2006-03-01 namespace, OBS in its own or
/// none). An answer of another shape gives nullopt and `why` (for logs, not for users); unknown
/// elements are ignored.
namespace S3Xml {

std::optional<QList<S3Bucket>> buckets(const QByteArray &xml, QString *why); // ListBuckets
std::optional<QString> location(const QByteArray &xml, QString *why);        // GetBucketLocation
std::optional<S3ObjectList> objects(const QByteArray &xml, QString *why);    // ListObjects(V2)
std::optional<QString> uploadId(const QByteArray &xml, QString *why);     // CreateMultipartUpload
std::optional<S3PartList> parts(const QByteArray &xml, QString *why);     // ListParts
std::optional<S3UploadList> uploads(const QByteArray &xml, QString *why); // ListMultipartUploads
/// CompleteMultipartUpload: can answer 200 with an <Error> body (AWS documents it): that is
/// nullopt with `error` filled.
std::optional<S3Completed> completed(const QByteArray &xml, QString *why, S3Error *error = nullptr);
/// An <Error> body; nullopt when the body is not one.
std::optional<S3Error> error(const QByteArray &xml);

/// The CompleteMultipartUpload request body for `parts` (sorted by number).
QByteArray completeBody(const QList<S3Part> &parts);

/// An ETag header or element without its quotes.
QString unquote(const QString &etag);

} // namespace S3Xml
