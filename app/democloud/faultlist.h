#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "httptypes.h"

namespace DemoCloud {

/// A fault injected through POST /__demo/faults for the next `count` matching API requests.
struct Fault
{
    enum class Kind
    {
        Status, // answer `status` without executing the request
        Drop,   // execute, then close the connection without answering
        Hold,   // execute, answer after holdMs
        Reset   // execute, send the head and half the body, then reset the connection
    };

    int id = 0;
    QByteArray method; // empty: any method
    QString path;
    bool prefix = true;
    Kind kind = Kind::Status;
    int status = 503;
    QString retryAfter; // Retry-After header value, may be empty
    std::optional<QJsonObject> body;
    int holdMs = 0;
    int remaining = 1;

    /// Parses a POST /__demo/faults body; on error returns nullopt and sets `error`.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
    bool matches(const QByteArray &requestMethod, const QString &requestPath) const;
    /// The answer of a Status fault.
    HttpResponse response() const;
};

/// Pending faults, first added first matched.
class FaultList
{
public:
    /// Adds a fault and returns it with its id.
    Fault add(Fault fault);
    /// The first fault matching the request, counted as used; nullopt when none matches.
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    QJsonArray toJson() const;
    void clear();

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace DemoCloud
