#include "upload/transferrate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

void TransferRate::reset()
{
    m_samples.clear();
}

void TransferRate::addSample(qint64 atMs, qint64 bytes)
{
    if (!m_samples.isEmpty() && bytes < m_samples.constLast().bytes)
        m_samples.clear(); // the transfer started over
    m_samples.append({atMs, bytes});
    // Keep one sample older than the window, so the window is always covered.
    while (m_samples.size() > 2 && atMs - m_samples.at(1).atMs >= m_windowMs)
        m_samples.removeFirst();
}

std::optional<double> TransferRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 ms = last.atMs - first.atMs;
    if (ms < 200)
        return std::nullopt;
    return double(last.bytes - first.bytes) * 1000.0 / double(ms);
}

std::optional<qint64> TransferRate::secondsLeft(qint64 total) const
{
    const auto rate = bytesPerSecond();
    if (!rate || *rate <= 0)
        return std::nullopt;
    const qint64 left = std::max<qint64>(0, total - bytes());
    return qint64(double(left) / *rate + 0.5);
}

QString TransferRate::sizeText(qint64 bytes)
{
    // Numbers in the UI's locale (LanguageManager sets the default): "1,2 GB" in Spanish.
    const QLocale locale;
    const double b = double(bytes);
    if (b >= 1e9)
        return tr("%1 GB").arg(locale.toString(b / 1e9, 'f', 1));
    if (b >= 1e6)
        return tr("%1 MB").arg(locale.toString(b / 1e6, 'f', b >= 1e8 ? 0 : 1));
    if (b >= 1e3)
        return tr("%1 KB").arg(locale.toString(b / 1e3, 'f', 0));
    return tr("%1 B").arg(locale.toString(bytes));
}

QString TransferRate::rateText(double bytesPerSecond)
{
    //: %1 = an amount such as "12.3 MB"
    return tr("%1/s").arg(sizeText(qint64(bytesPerSecond)));
}

QString TransferRate::durationText(qint64 seconds)
{
    if (seconds >= 3600)
        //: hours and minutes
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
    if (seconds >= 60)
        //: minutes and seconds
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1 s").arg(seconds);
}
