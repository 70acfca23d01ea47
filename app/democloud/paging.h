#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace DemoCloud {

/// OpenStack limit/marker paging over an ordered list of IDs (Nova servers, Cinder volumes):
/// the page starts after `marker` and holds at most `limit` items (default and cap 1000).
struct Page
{
    qsizetype first = 0;
    qsizetype count = 0;
    bool more = false;
    QString error; // non-empty: answer 400 with this message

    /// Reads limit and marker from the query.
    static Page select(const QUrlQuery &query, const QStringList &ids);
    /// [{"rel": "next", "href": ...}] when there are more items, else an empty array. The href
    /// keeps the request's other query items and sets limit and marker.
    QJsonArray nextLinks(const QString &url, const QUrlQuery &query, const QStringList &ids) const;
};

} // namespace DemoCloud
