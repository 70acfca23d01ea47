#include "obs/multipartplan.h"

#include <QCryptographicHash>

#include "upload/transferrate.h"

std::optional<qint64> MultipartPlan::choosePartSize(
    qint64 fileSize, qint64 requested, QString *why, qint64 minimum)
{
    const auto fail = [why](const QString &text) -> std::optional<qint64> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (fileSize > MaxParts * MaxPartSize)
        //: %1 = a size such as "48.8 TB"
        return fail(tr("The file is larger than an object can be (%1).")
                        .arg(TransferRate::sizeText(MaxParts * MaxPartSize)));
    if (requested > 0) {
        if (requested < MinPartSize || requested > MaxPartSize)
            return fail(tr("The part size must be between 5 MiB and 5 GiB."));
        if ((fileSize + requested - 1) / requested > MaxParts)
            //: %1 = the smallest part size that works, in MiB
            return fail(tr("With this part size the file needs more than 10,000 parts; use at "
                           "least %1 MiB.")
                            .arg((fileSize + MaxParts * MiB - 1) / (MaxParts * MiB)));
        return requested;
    }
    qint64 size = std::max(minimum, MinPartSize);
    const qint64 needed = (fileSize + MaxParts - 1) / MaxParts;
    if (needed > size)
        size = (needed + MiB - 1) / MiB * MiB;
    return std::min(size, MaxPartSize);
}

MultipartPlan::MultipartPlan(qint64 fileSize, qint64 partSize)
    : m_fileSize(fileSize)
    , m_partSize(partSize)
{ }

int MultipartPlan::partCount() const
{
    if (m_partSize <= 0)
        return 0;
    if (m_fileSize == 0)
        return 1; // one empty part: an empty object
    return int((m_fileSize + m_partSize - 1) / m_partSize);
}

qint64 MultipartPlan::offsetOf(int partNumber) const
{
    return qint64(partNumber - 1) * m_partSize;
}

qint64 MultipartPlan::sizeOf(int partNumber) const
{
    if (partNumber < 1 || partNumber > partCount())
        return 0;
    return std::min(m_partSize, m_fileSize - offsetOf(partNumber));
}

QString MultipartPlan::multipartEtag(const QList<QByteArray> &rawPartMd5s)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QByteArray &d : rawPartMd5s)
        md5.addData(d);
    return QString::fromLatin1(md5.result().toHex()) + u'-' + QString::number(rawPartMd5s.size());
}
