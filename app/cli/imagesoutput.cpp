#include "cli/imagesoutput.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

#include "library/imagelistmodel.h"

using namespace Qt::StringLiterals;

namespace {

/// The columns a terminal gives `text` (wide East Asian characters take two).
int displayWidth(const QString &text)
{
    int columns = 0;
    for (const QChar c : text)
        columns += (c.unicode() >= 0x1100 && c.unicode() <= 0xFFDC) ? 2 : 1;
    return columns;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isNull() || v.isUndefined())
        return {};
    return QString::fromUtf8(v.isArray()
            ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString ImagesOutput::table(const QList<LibraryImage> &images)
{
    const QStringList header{tr("ID"),
        tr("Name"),
        tr("Status"),
        tr("OS"),
        tr("Format"),
        tr("Size"),
        tr("Min. disk"),
        tr("Created"),
        tr("Tags")};
    QList<QStringList> rows{header};
    for (const LibraryImage &i : images) {
        rows << QStringList{i.id,
            i.name,
            LibraryImage::statusText(i.status),
            i.osVersion,
            i.diskFormat,
            i.size ? ImageListModel::sizeText(*i.size) : QString(),
            //: Minimum disk size of an image. %1 = size in GB
            i.minDisk > 0 ? tr("%1 GB").arg(i.minDisk) : QString(),
            i.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
            i.tags.join(u", "_s)};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? padded(row.at(c), widths.at(c) + 2) : row.at(c);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString ImagesOutput::details(const LibraryImage &image)
{
    QList<std::pair<QString, QString>> lines{
        {tr("ID"), image.id},
        {tr("Name"), image.name},
        {tr("Status"), LibraryImage::statusText(image.status)},
        {tr("Visibility"), image.visibility},
        {tr("OS"), image.osVersion},
        {tr("Format"), image.diskFormat},
        {tr("Size"), image.size ? ImageListModel::sizeText(*image.size) : QString()},
        {tr("Min. disk"), image.minDisk > 0 ? tr("%1 GB").arg(image.minDisk) : QString()},
        {tr("Created"), iso(image.createdAt)},
        {tr("Tags"), image.tags.join(u", "_s)},
        {tr("Job marker"), image.jobMarker()},
    };
    int width = 0;
    for (const auto &[label, value] : std::as_const(lines))
        width = std::max(width, displayWidth(label));
    QString out;
    for (const auto &[label, value] : std::as_const(lines))
        out += padded(label + u':', width + 2) + value + u'\n';
    out += u'\n' + tr("Properties:") + u'\n';
    QStringList keys = image.raw.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys))
        out += u"  "_s + key + u": "_s + valueText(image.raw.value(key)) + u'\n';
    return out;
}

QString ImagesOutput::json(const QList<LibraryImage> &images)
{
    QJsonArray list;
    for (const LibraryImage &image : images)
        list.append(image.toJson(false));
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
}

QString ImagesOutput::json(const LibraryImage &image)
{
    return QString::fromUtf8(QJsonDocument(image.toJson(true)).toJson(QJsonDocument::Indented));
}
