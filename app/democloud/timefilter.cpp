#include "timefilter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

const QStringList Operators{u"gt"_s, u"gte"_s, u"lt"_s, u"lte"_s, u"eq"_s, u"neq"_s};

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) // IMS: "yyyy-MM-dd hh:mm:ss", UTC
        t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no zone given: UTC, as both references say
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

} // namespace

std::optional<TimeFilter> TimeFilter::fromQuery(
    const QUrlQuery &query, const QString &field, QString *error)
{
    const QStringList values = query.allQueryItemValues(field, QUrl::FullyDecoded);
    if (values.isEmpty())
        return std::nullopt;
    const QString expression = values.constLast();
    TimeFilter filter;
    filter.field = field;
    // Glance's split_filter_op: "op:time", or a bare time (which itself has colons): eq.
    QString time = expression;
    filter.op = u"eq"_s;
    const qsizetype colon = expression.indexOf(u':');
    if (colon > 0 && !parseTime(expression).isValid()) {
        filter.op = expression.left(colon);
        time = expression.mid(colon + 1);
    }
    if (!Operators.contains(filter.op)) {
        *error = u"Unable to filter on a unknown operator."_s; // Glance's message
        return std::nullopt;
    }
    filter.threshold = parseTime(time);
    if (!filter.threshold.isValid()) {
        *error = u"Bad \"%1\" query filter format. Use ISO 8601 DateTime notation."_s.arg(field);
        return std::nullopt;
    }
    return filter;
}

bool TimeFilter::accepts(const QJsonObject &image) const
{
    const QDateTime value = parseTime(image.value(field).toString());
    if (!value.isValid())
        return false;
    if (op == u"gt")
        return value > threshold;
    if (op == u"gte")
        return value >= threshold;
    if (op == u"lt")
        return value < threshold;
    if (op == u"lte")
        return value <= threshold;
    if (op == u"neq")
        return value != threshold;
    return value == threshold;
}

} // namespace DemoCloud
