#include "requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QJsonValue redacted(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key().toLower();
            const bool secret = key == u"password" || key == u"secret";
            // Keystone nests: auth.identity.password.user.password. Keep the structure, hide
            // the leaves.
            if (secret && !it.value().isObject() && !it.value().isArray())
                it.value() = u"***"_s;
            else
                it.value() = redacted(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redacted(*it);
        return array;
    }
    return value;
}

QJsonValue parsedBody(const HttpRequest &request)
{
    if (request.body.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Null;
    if (document.isObject())
        return redacted(document.object());
    if (document.isArray())
        return redacted(document.array());
    return QJsonValue::Null;
}

} // namespace

int RequestLog::append(const HttpRequest &request, const QString &auth)
{
    if (m_entries.size() >= MaxEntries)
        m_entries.removeFirst();
    Entry entry;
    entry.seq = m_nextSeq++;
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.query = request.rawQuery;
    entry.auth = auth;
    entry.tokenHeader = request.hasHeader("x-auth-token");
    entry.signature = request.hasHeader("authorization");
    entry.body = parsedBody(request);
    entry.timeMs = m_clock.elapsed();
    m_entries.append(entry);
    return entry.seq;
}

void RequestLog::setStatus(int seq, int status)
{
    if (m_entries.isEmpty())
        return;
    const qsizetype index = seq - m_entries.first().seq; // entries are in seq order
    if (index >= 0 && index < m_entries.size())
        m_entries[index].status = status;
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray list;
    for (const Entry &entry : m_entries) {
        list.append(QJsonObject{
            {u"seq"_s, entry.seq},
            {u"method"_s, entry.method},
            {u"path"_s, entry.path},
            {u"query"_s, entry.query},
            {u"auth"_s, entry.auth},
            {u"x_auth_token"_s, entry.tokenHeader},
            {u"signed"_s, entry.signature},
            {u"body"_s, entry.body},
            {u"status"_s, entry.status},
            {u"time_ms"_s, entry.timeMs},
        });
    }
    return list;
}

void RequestLog::clear()
{
    m_entries.clear(); // sequence numbers keep counting
}

} // namespace DemoCloud
