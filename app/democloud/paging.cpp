#include "paging.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {
constexpr qsizetype MaxLimit = 1000; // Nova's default osapi_max_limit
} // namespace

Page Page::select(const QUrlQuery &query, const QStringList &ids)
{
    Page page;
    qsizetype limit = MaxLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const qlonglong value = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        if (!ok) {
            page.error = u"limit param must be an integer"_s;
            return page;
        }
        if (value < 0) {
            page.error = u"limit param must be positive"_s;
            return page;
        }
        limit = qMin<qsizetype>(qsizetype(value), MaxLimit);
    }
    if (query.hasQueryItem(u"marker"_s)) {
        const QString marker = query.queryItemValue(u"marker"_s, QUrl::FullyDecoded);
        const qsizetype index = ids.indexOf(marker);
        if (index < 0) {
            page.error = u"marker [%1] not found"_s.arg(marker);
            return page;
        }
        page.first = index + 1;
    }
    page.count = qMin(limit, ids.size() - page.first);
    page.more = page.first + page.count < ids.size();
    return page;
}

QJsonArray Page::nextLinks(const QString &url, const QUrlQuery &query, const QStringList &ids) const
{
    if (!more || count == 0)
        return {};
    QUrlQuery next = query;
    next.removeAllQueryItems(u"limit"_s);
    next.removeAllQueryItems(u"marker"_s);
    next.addQueryItem(u"limit"_s, QString::number(count));
    next.addQueryItem(u"marker"_s, ids.at(first + count - 1));
    return {QJsonObject{{u"rel"_s, u"next"_s},
        {u"href"_s, QString(url + u'?' + next.toString(QUrl::FullyEncoded))}}};
}

} // namespace DemoCloud
