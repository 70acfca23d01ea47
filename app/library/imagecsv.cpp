#include "library/imagecsv.h"

using namespace Qt::StringLiterals;

namespace {

QString cell(QString text)
{
    // Formula injection (CWE-1236): a name like "=HYPERLINK(...)" stays text in a spreadsheet.
    if (!text.isEmpty() && u"=+-@"_s.contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList ImageCsv::columns()
{
    return {u"id"_s,
        u"name"_s,
        u"status"_s,
        u"os_version"_s,
        u"disk_format"_s,
        u"size"_s,
        u"min_disk"_s,
        u"min_ram"_s,
        u"created_at"_s,
        u"visibility"_s,
        u"protected"_s,
        u"tags"_s,
        u"job"_s};
}

QByteArray ImageCsv::write(
    const QList<LibraryImage> &images, const std::function<QString(const LibraryImage &)> &jobOf)
{
    QString out = columns().join(u',') + u"\r\n"_s;
    for (const LibraryImage &image : images) {
        const QStringList row{image.id,
            image.name,
            image.status,
            image.osVersion,
            image.diskFormat,
            image.size ? QString::number(*image.size) : QString(),
            QString::number(image.minDisk),
            QString::number(image.minRam),
            dateText(image.createdAt),
            image.visibility,
            image.isProtected ? u"true"_s : u"false"_s,
            image.tags.join(u';'),
            jobOf ? jobOf(image) : QString()};
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &text : row)
            cells << cell(text);
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}
