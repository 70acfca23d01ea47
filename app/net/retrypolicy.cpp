#include "net/retrypolicy.h"

#include <algorithm>
#include <cmath>

#include <QString>

using namespace std::chrono;

milliseconds RetryPolicy::delay(int attempt,
    std::optional<milliseconds> retryAfter,
    const std::function<double()> &random) const
{
    // Full jitter (uniform in [0, min(cap, base * 2^(n-1))]) spreads the retries of many clients.
    const int exponent = std::clamp(attempt - 2, 0, 30);
    const double ceiling =
        std::min(double(cap.count()), double(base.count()) * std::pow(2.0, exponent));
    const double r = random ? std::clamp(random(), 0.0, 1.0) : 0.5;
    auto d = milliseconds(qint64(ceiling * r));
    if (retryAfter)
        d = std::max(d, *retryAfter);
    return d;
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    // At most a year (any wait beyond maxRetryAfter ends the retries): seconds * 1000 must not
    // overflow.
    constexpr qint64 YearSeconds = 365LL * 24 * 3600;
    if (ok)
        return seconds >= 0 ? std::optional(milliseconds(std::min(seconds, YearSeconds) * 1000))
                            : std::nullopt;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 2822 form is what Qt parses).
    QString date = QString::fromLatin1(v);
    date.replace(QLatin1String(" GMT"), QLatin1String(" +0000")); // Qt's RFC 2822 wants an offset
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}
