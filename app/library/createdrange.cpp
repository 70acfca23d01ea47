#include "library/createdrange.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

} // namespace

QString CreatedRange::cloudCondition() const
{
    if (from.isValid())
        return u"gte:"_s + isoUtc(from);
    if (before.isValid())
        return u"lt:"_s + isoUtc(before);
    return {};
}

bool CreatedRange::contains(const QDateTime &created) const
{
    if (!isSet())
        return true;
    if (!created.isValid())
        return false;
    return (!from.isValid() || created >= from) && (!before.isValid() || created < before);
}

QString CreatedRange::problem() const
{
    if (from.isValid() && before.isValid() && from >= before)
        return tr("The first day must not be after the last day.");
    return {};
}

std::optional<QDateTime> CreatedRange::parseDate(const QString &text)
{
    static const QRegularExpression day(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (day.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    // A time needs its zone: "Z" or an offset, so the same text means the same moment anywhere.
    static const QRegularExpression stamp(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!stamp.match(text).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

CreatedRange CreatedRange::lastDays(int days, const QDateTime &now)
{
    CreatedRange range;
    const QDateTime utc = now.toUTC();
    range.from = utc.addDays(-days).addMSecs(-(utc.time().msec())); // whole seconds
    return range;
}

CreatedRange CreatedRange::localDays(const QDate &first, const QDate &last)
{
    CreatedRange range;
    if (first.isValid())
        range.from = QDateTime(first, QTime(0, 0)).toUTC();
    if (last.isValid())
        range.before = QDateTime(last.addDays(1), QTime(0, 0)).toUTC();
    return range;
}
