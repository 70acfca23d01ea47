#include "obs/imagefileformat.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

bool startsWithAt(QByteArrayView data, qsizetype offset, QByteArrayView magic)
{
    return data.size() >= offset + magic.size() && data.sliced(offset, magic.size()) == magic;
}

/// The formats whose header detect() recognises (so a file that shows none is not one).
bool hasMagic(ImageFileFormat::Format format)
{
    using F = ImageFileFormat::Format;
    return format != F::Raw && format != F::Zvhd && format != F::Zvhd2;
}

} // namespace

ImageFileFormat::Format ImageFileFormat::detect(QByteArrayView head, QByteArrayView tail)
{
    if (startsWithAt(head, 0, "QFI\xfb")) {
        if (head.size() < 8)
            return Format::Raw;
        const quint32 version = qFromBigEndian<quint32>(head.data() + 4);
        if (version == 1)
            return Format::Qcow;
        if (version == 2 || version == 3)
            return Format::Qcow2;
        return Format::Raw; // a version no reader knows
    }
    if (startsWithAt(head, 0, "vhdxfile"))
        return Format::Vhdx;
    if (startsWithAt(head, 0, "KDMV") || startsWithAt(head, 0, "# Disk DescriptorFile"))
        return Format::Vmdk;
    if (startsWithAt(head, 0, QByteArrayView("QED\0", 4)))
        return Format::Qed;
    if (startsWithAt(head, 0, "<<< ") && startsWithAt(head, 0x40, "\x7f\x10\xda\xbe"))
        return Format::Vdi; // 0xbeda107f, little-endian
    if (startsWithAt(head, 0, "conectix"))
        return Format::Vhd; // a dynamic disk's copy of its footer
    // The footer: the last 512 bytes (511 on disks made before Virtual PC 2004).
    if (tail.size() >= TailBytes && startsWithAt(tail, tail.size() - 512, "conectix"))
        return Format::Vhd;
    if (tail.size() >= 511 && startsWithAt(tail, tail.size() - 511, "conectix"))
        return Format::Vhd;
    if (startsWithAt(head, 0x8001, "CD001"))
        return Format::Iso;
    return Format::Raw;
}

std::optional<ImageFileFormat::Format> ImageFileFormat::detectFile(
    const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 = a file path, %2 = the system's reason
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.read(HeadBytes);
    QByteArray tail;
    if (file.size() >= TailBytes && file.seek(file.size() - TailBytes))
        tail = file.read(TailBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return detect(head, tail);
}

std::optional<ImageFileFormat::Format> ImageFileFormat::fromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    static const QList<std::pair<QString, Format>> Suffixes{{u"qcow2"_s, Format::Qcow2},
        {u"qcow"_s, Format::Qcow},
        {u"vhdx"_s, Format::Vhdx},
        {u"vmdk"_s, Format::Vmdk},
        {u"vhd"_s, Format::Vhd},
        {u"iso"_s, Format::Iso},
        {u"vdi"_s, Format::Vdi},
        {u"qed"_s, Format::Qed},
        {u"zvhd"_s, Format::Zvhd},
        {u"zvhd2"_s, Format::Zvhd2},
        {u"raw"_s, Format::Raw},
        {u"img"_s, Format::Raw}};
    for (const auto &[s, format] : Suffixes) {
        if (s == suffix)
            return format;
    }
    return std::nullopt;
}

QString ImageFileFormat::name(Format format)
{
    switch (format) {
    case Format::Raw:
        return u"raw"_s;
    case Format::Qcow2:
        return u"qcow2"_s;
    case Format::Qcow:
        return u"qcow"_s;
    case Format::Vhdx:
        return u"vhdx"_s;
    case Format::Vmdk:
        return u"vmdk"_s;
    case Format::Vhd:
        return u"vhd"_s;
    case Format::Iso:
        return u"iso"_s;
    case Format::Vdi:
        return u"vdi"_s;
    case Format::Qed:
        return u"qed"_s;
    case Format::Zvhd:
        return u"zvhd"_s;
    case Format::Zvhd2:
        return u"zvhd2"_s;
    }
    return u"raw"_s;
}

QString ImageFileFormat::mismatch(const QString &fileName, Format detected)
{
    const std::optional<Format> named = fromFileName(fileName);
    if (!named || *named == detected)
        return {};
    const QString suffix = QFileInfo(fileName).suffix();
    const bool zvhd = *named == Format::Zvhd || *named == Format::Zvhd2;
    if (detected == Format::Raw) {
        if (!hasMagic(*named))
            return {}; // zvhd, zvhd2: nothing to check
        //: %1 = the file name's extension ("qcow2"), %2 = the format it names
        return tr("The image file's name ends in .%1, but the file does not start like a %2 "
                  "file. Check that it is complete and of the format its name says.")
            .arg(suffix, name(*named));
    }
    if (zvhd && detected == Format::Vhd)
        return {}; // a compressed VHD may keep the VHD footer; its header is not published
    //: %1 = the format found in the file ("qcow2"), %2 = the file name's extension ("vhd")
    return tr("The image file looks like %1, but its name ends in .%2. Rename it, or convert it "
              "to the format its name says.")
        .arg(name(detected), suffix);
}
