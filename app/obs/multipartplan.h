#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// How a file of a given size is cut into multipart-upload parts. Pure.
/// OBS and AWS: parts 1..10,000; every part but the last at least 100 KB (OBS) / 5 MiB (AWS,
/// Swift); at most 5 GiB each (reference/s3-peer.md §1).
class MultipartPlan
{
    Q_DECLARE_TR_FUNCTIONS(MultipartPlan)
public:
    static constexpr int MaxParts = 10000;
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr qint64 DefaultMinPartSize = 16 * MiB;
    static constexpr qint64 MinPartSize = 5 * MiB;
    static constexpr qint64 MaxPartSize = 5LL * 1024 * MiB;

    /// The part size for `fileSize`: `requested` when given (0: automatic), else the smallest
    /// whole number of MiB of at least `minimum` that fits the file in MaxParts parts. Empty
    /// with `why` (translated) when no part size can: a requested size too small for the file
    /// or out of 5 MiB..5 GiB, or a file over 10,000 x 5 GiB.
    static std::optional<qint64> choosePartSize(
        qint64 fileSize, qint64 requested, QString *why, qint64 minimum = DefaultMinPartSize);

    MultipartPlan() = default;
    MultipartPlan(qint64 fileSize, qint64 partSize);

    qint64 fileSize() const { return m_fileSize; }
    qint64 partSize() const { return m_partSize; }
    int partCount() const;
    qint64 offsetOf(int partNumber) const; // 1-based
    qint64 sizeOf(int partNumber) const;

    /// The ETag S3 gives the completed object: hex MD5 of the parts' raw MD5s, "-N".
    static QString multipartEtag(const QList<QByteArray> &rawPartMd5s);

private:
    qint64 m_fileSize = 0;
    qint64 m_partSize = 0;
};
