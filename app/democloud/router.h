#pragma once

#include <functional>
#include <memory>

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "httptypes.h"

namespace DemoCloud {

struct TokenInfo;

/// What a route handler gets: the request, the path parameters and, on token routes, the
/// caller's (valid) token.
struct ApiRequest
{
    const HttpRequest &http;
    QHash<QString, QString> params;
    const TokenInfo *token = nullptr;

    QString param(const QString &name) const { return params.value(name); }
};

using RouteHandler = std::function<HttpResponse(const ApiRequest &request)>;
using BodySinkFactory = std::function<std::unique_ptr<HttpBodySink>(const HttpRequest &head)>;

/// Public routes need no X-Auth-Token (Keystone's token POST, version documents).
enum class Access
{
    Token,
    Public
};

struct Route
{
    QByteArray method;
    QStringList segments; // literal segments, or "{name}" placeholders
    Access access = Access::Token;
    RouteHandler handler;
    BodySinkFactory sinkFactory; // set on routes that stream their body
};

/// Method + path-pattern table. Patterns are absolute paths with `{name}` segments; a trailing
/// slash and repeated slashes are ignored. Not thread-safe; built once at start-up.
class Router
{
public:
    struct Match
    {
        enum class Result
        {
            Found,
            NotFound,
            MethodNotAllowed
        };
        Result result = Result::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // for 405's Allow header
    };

    void add(const QByteArray &method, const QString &pattern, Access access, RouteHandler handler);
    /// A route whose body goes to a sink from `sinkFactory` instead of being buffered.
    void addStreaming(const QByteArray &method,
        const QString &pattern,
        Access access,
        BodySinkFactory sinkFactory,
        RouteHandler handler);

    Match match(const QByteArray &method, const QByteArray &rawPath) const;

private:
    QList<Route> m_routes;
};

} // namespace DemoCloud
