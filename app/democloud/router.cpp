#include "router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QStringList splitPattern(const QString &pattern)
{
    return pattern.split(u'/', Qt::SkipEmptyParts);
}

QStringList splitRawPath(const QByteArray &rawPath)
{
    QStringList segments;
    const QList<QByteArray> raw = rawPath.split('/');
    for (const QByteArray &segment : raw) {
        if (!segment.isEmpty())
            segments.append(QUrl::fromPercentEncoding(segment));
    }
    return segments;
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool matchSegments(
    const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern.at(i);
        if (isPlaceholder(expected))
            found.insert(expected.mid(1, expected.size() - 2), path.at(i));
        else if (expected != path.at(i))
            return false;
    }
    *params = found;
    return true;
}

} // namespace

void Router::add(
    const QByteArray &method, const QString &pattern, Access access, RouteHandler handler)
{
    m_routes.append(Route{method, splitPattern(pattern), access, std::move(handler), {}});
}

void Router::addStreaming(const QByteArray &method,
    const QString &pattern,
    Access access,
    BodySinkFactory sinkFactory,
    RouteHandler handler)
{
    m_routes.append(
        Route{method, splitPattern(pattern), access, std::move(handler), std::move(sinkFactory)});
}

Router::Match Router::match(const QByteArray &method, const QByteArray &rawPath) const
{
    const QStringList path = splitRawPath(rawPath);
    Match result;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route.segments, path, &params))
            continue;
        if (route.method == method) {
            result.result = Match::Result::Found;
            result.route = &route;
            result.params = params;
            result.allowedMethods.clear();
            return result;
        }
        result.result = Match::Result::MethodNotAllowed;
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

} // namespace DemoCloud
