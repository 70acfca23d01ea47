#include "obsxml.h"

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud::ObsXml {

Document::Document(const QString &root)
    : m_writer(&m_bytes)
{
    m_writer.writeStartDocument();
    m_writer.writeStartElement(root);
    m_writer.writeDefaultNamespace(Namespace.toString());
}

HttpResponse Document::finish(int status)
{
    m_writer.writeEndElement();
    m_writer.writeEndDocument();
    HttpResponse response;
    response.status = status;
    response.body = m_bytes;
    response.withHeader("Content-Type"_ba, "application/xml"_ba);
    return withRequestId(response);
}

HttpResponse &withRequestId(HttpResponse &response)
{
    const QByteArray id = randomHex(8).toUpper().toLatin1();
    response.withHeader("x-amz-request-id"_ba, id);
    response.withHeader("x-obs-request-id"_ba, id);
    return response;
}

HttpResponse error(int status,
    const QString &code,
    const QString &message,
    const QString &resource,
    const QList<std::pair<QString, QString>> &extra)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument();
    w.writeStartElement(u"Error"_s);
    w.writeTextElement(u"Code"_s, code);
    w.writeTextElement(u"Message"_s, message);
    for (const auto &[name, text] : extra)
        w.writeTextElement(name, text);
    w.writeTextElement(u"Resource"_s, resource);
    HttpResponse response;
    response.status = status;
    response.withHeader("Content-Type"_ba, "application/xml"_ba);
    response.withHeader("x-obs-error-code"_ba, code.toLatin1()); // HEAD answers have no body
    withRequestId(response);
    w.writeTextElement(u"RequestId"_s, QString::fromLatin1(response.header("x-amz-request-id")));
    w.writeEndElement();
    w.writeEndDocument();
    response.body = bytes;
    return response;
}

QString time(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QByteArray quoted(const QString &etag)
{
    return '"' + etag.toLatin1() + '"';
}

QString unquoted(const QString &etag)
{
    QString e = etag.trimmed();
    if (e.size() >= 2 && e.startsWith(u'"') && e.endsWith(u'"'))
        e = e.mid(1, e.size() - 2);
    return e.toLower();
}

} // namespace DemoCloud::ObsXml
