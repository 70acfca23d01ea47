#include "faultlist.h"

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    Fault fault;
    const QString kind = object.value(u"kind"_s).toString(u"status"_s);
    if (kind == u"status")
        fault.kind = Kind::Status;
    else if (kind == u"drop")
        fault.kind = Kind::Drop;
    else if (kind == u"hold")
        fault.kind = Kind::Hold;
    else if (kind == u"reset")
        fault.kind = Kind::Reset;
    else {
        *error = u"kind must be status, drop, hold or reset."_s;
        return std::nullopt;
    }
    const QJsonValue path = object.value(u"path"_s);
    if (!path.isString() || !path.toString().startsWith(u'/')) {
        *error = u"path must be a string starting with /."_s;
        return std::nullopt;
    }
    fault.path = path.toString();
    const QString match = object.value(u"match"_s).toString(u"prefix"_s);
    if (match != u"prefix" && match != u"exact") {
        *error = u"match must be prefix or exact."_s;
        return std::nullopt;
    }
    fault.prefix = match == u"prefix";
    const QJsonValue method = object.value(u"method"_s);
    if (!method.isUndefined() && !method.isNull() && !method.isString()) {
        *error = u"method must be a string."_s;
        return std::nullopt;
    }
    fault.method = method.toString().toUpper().toLatin1();
    if (fault.kind == Kind::Status) {
        fault.status = object.value(u"status"_s).toInt(0);
        if (fault.status < 200 || fault.status > 599) {
            *error = u"a status fault needs a status between 200 and 599."_s;
            return std::nullopt;
        }
    }
    const QJsonValue retryAfter = object.value(u"retry_after"_s);
    if (retryAfter.isString())
        fault.retryAfter = retryAfter.toString();
    else if (retryAfter.isDouble())
        fault.retryAfter = QString::number(retryAfter.toInt());
    if (object.value(u"body"_s).isObject())
        fault.body = object.value(u"body"_s).toObject();
    fault.holdMs = object.value(u"hold_ms"_s).toInt(fault.kind == Kind::Hold ? 1000 : 0);
    if (fault.holdMs < 0 || fault.holdMs > 600000) {
        *error = u"hold_ms must be 0-600000."_s;
        return std::nullopt;
    }
    fault.remaining = object.value(u"count"_s).toInt(1);
    if (fault.remaining < 1) {
        *error = u"count must be at least 1."_s;
        return std::nullopt;
    }
    return fault;
}

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return u"status"_s;
    case Kind::Drop:
        return u"drop"_s;
    case Kind::Hold:
        return u"hold"_s;
    case Kind::Reset:
        return u"reset"_s;
    }
    return u"status"_s;
}

QJsonObject Fault::toJson() const
{
    QJsonObject object{
        {u"id"_s, id},
        {u"method"_s, method.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(method))},
        {u"path"_s, path},
        {u"match"_s, prefix ? u"prefix"_s : u"exact"_s},
        {u"kind"_s, kindName(kind)},
        {u"count"_s, remaining},
    };
    if (kind == Kind::Status)
        object.insert(u"status"_s, status);
    if (!retryAfter.isEmpty())
        object.insert(u"retry_after"_s, retryAfter);
    if (body)
        object.insert(u"body"_s, *body);
    if (kind == Kind::Hold)
        object.insert(u"hold_ms"_s, holdMs);
    return object;
}

bool Fault::matches(const QByteArray &requestMethod, const QString &requestPath) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return prefix ? requestPath.startsWith(path) : requestPath == path;
}

HttpResponse Fault::response() const
{
    HttpResponse answer = body
        ? HttpResponse::json(status, *body)
        : openStackError(status, u"Injected fault (demo cloud control endpoint)."_s);
    if (!retryAfter.isEmpty())
        answer.withHeader("Retry-After"_ba, retryAfter.toLatin1());
    return answer;
}

Fault FaultList::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault;
}

std::optional<Fault> FaultList::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.matches(method, path))
            continue;
        const Fault used = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return used;
    }
    return std::nullopt;
}

QJsonArray FaultList::toJson() const
{
    QJsonArray list;
    for (const Fault &fault : m_faults)
        list.append(fault.toJson());
    return list;
}

void FaultList::clear()
{
    m_faults.clear();
}

} // namespace DemoCloud
