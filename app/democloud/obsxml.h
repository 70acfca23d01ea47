#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QXmlStreamWriter>

#include "httptypes.h"

namespace DemoCloud {

/// The S3 API's answer shapes for the demo object storage: XML documents in the S3 namespace,
/// S3 error bodies, request ids and ETags.
namespace ObsXml {

inline constexpr QStringView Namespace = u"http://s3.amazonaws.com/doc/2006-03-01/";

/// An XML document being written; finish() gives the answer (Content-Type application/xml).
class Document
{
public:
    explicit Document(const QString &root);
    QXmlStreamWriter &w() { return m_writer; }
    void text(const QString &name, const QString &value) { m_writer.writeTextElement(name, value); }
    HttpResponse finish(int status = 200);

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

/// <Error><Code/><Message/><Resource/><RequestId/></Error> with `status`, the code also in
/// x-obs-error-code (as OBS sends it), and the request id in x-amz-request-id and x-obs-request-id.
/// `extra` adds elements (name, text) after the message.
HttpResponse error(int status,
    const QString &code,
    const QString &message,
    const QString &resource,
    const QList<std::pair<QString, QString>> &extra = {});
/// Adds the request id headers every S3 answer carries (done by error() and Document::finish()).
HttpResponse &withRequestId(HttpResponse &response);
/// "2026-10-01T09:30:00.000Z"
QString time(const QDateTime &utc);
/// The ETag as S3 sends it: in double quotes.
QByteArray quoted(const QString &etag);
/// An ETag as a client sends it back, without quotes, lower-case.
QString unquoted(const QString &etag);

} // namespace ObsXml
} // namespace DemoCloud
