#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

/// Upload rate and time left from progress samples: the rate over a sliding window (the last
/// few seconds), so a stall shows at once and an early burst is forgotten. Pure: the caller
/// gives the clock, so tests need no waiting.
class TransferRate
{
    Q_DECLARE_TR_FUNCTIONS(TransferRate)
public:
    explicit TransferRate(qint64 windowMs = 5000)
        : m_windowMs(windowMs)
    { }

    void reset();
    /// `bytes` transferred in total at `atMs` (any monotonic clock in ms).
    void addSample(qint64 atMs, qint64 bytes);

    /// Bytes per second over the window; nothing until two samples at least 200 ms apart.
    std::optional<double> bytesPerSecond() const;
    /// Seconds until `total` at the current rate; nothing while the rate is unknown or zero.
    std::optional<qint64> secondsLeft(qint64 total) const;
    qint64 bytes() const { return m_samples.isEmpty() ? 0 : m_samples.constLast().bytes; }

    /// "12.3 MB/s", "980 KB/s" (decimal units, as network rates are given).
    static QString rateText(double bytesPerSecond);
    /// "1 h 02 min", "4 min 05 s", "12 s".
    static QString durationText(qint64 seconds);
    /// "1.4 GB", "980 MB", "12 KB", "512 B" (decimal units).
    static QString sizeText(qint64 bytes);

private:
    struct Sample
    {
        qint64 atMs;
        qint64 bytes;
    };
    qint64 m_windowMs;
    QList<Sample> m_samples;
};
