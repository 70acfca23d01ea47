#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "httptypes.h"

namespace DemoCloud {

/// The API requests the demo cloud received, in arrival order, for GET /__demo/requests.
/// /__demo/* requests are not recorded. Secrets in bodies (any "password" or "secret" key) are
/// replaced by "***"; headers are never recorded, only whether X-Auth-Token and an AK/SK
/// Authorization were there ("x_auth_token", "signed"). "time_ms": when the request was read
/// whole, in milliseconds of a monotonic clock started with the cloud (for gaps between
/// requests, e.g. a client's wait after Retry-After). Bounded: the oldest entries go first beyond
/// MaxEntries.
class RequestLog
{
public:
    static constexpr qsizetype MaxEntries = 20000;

    RequestLog() { m_clock.start(); }

    /// Records a request whose auth check gave `auth`; returns its sequence number.
    int append(const HttpRequest &request, const QString &auth);
    /// The status the server answered (0 stays for dropped or still-held requests).
    void setStatus(int seq, int status);
    QJsonArray toJson() const;
    void clear();

private:
    struct Entry
    {
        int seq = 0;
        QString method;
        QString path;
        QString query;
        QString auth;
        bool tokenHeader = false; // an X-Auth-Token header was sent
        bool signature = false;   // an Authorization (AK/SK) header was sent
        QJsonValue body;
        int status = 0;
        qint64 timeMs = 0; // when it was read whole, on m_clock
    };

    QElapsedTimer m_clock; // monotonic, from the log's creation (the cloud's start)
    QList<Entry> m_entries;
    int m_nextSeq = 1;
};

} // namespace DemoCloud
