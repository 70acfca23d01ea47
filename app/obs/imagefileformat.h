#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

/// The format of a disk image file from its header (and, for VHD, its footer), and whether its
/// name agrees (IMS imports by the file's name: reference/s3-peer.md §1, "The import"). What is
/// recognised:
///   qcow2 (QFI\xfb, version 2 or 3) and qcow (version 1); vhdx ("vhdxfile" at 0); vmdk (the
///   sparse extent magic "KDMV", or a text descriptor "# Disk DescriptorFile"); vhd ("conectix"
///   in the 512-byte footer at the end, or its copy at 0 of a dynamic disk); ISO 9660 ("CD001"
///   at 0x8001); vdi ("<<< " and the signature 0xbeda107f at 0x40); qed ("QED\0").
/// Huawei's zvhd and zvhd2 have no published header: their names are trusted. Anything else is
/// raw (nothing recognised). Pure functions, no state.
class ImageFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(ImageFileFormat)
public:
    enum class Format
    {
        Raw, // nothing recognised
        Qcow2,
        Qcow,
        Vhdx,
        Vmdk,
        Vhd,
        Iso,
        Vdi,
        Qed,
        Zvhd,
        Zvhd2,
    };

    /// How many bytes of the head detect() looks at (ISO 9660's "CD001" ends at 0x8006).
    static constexpr qsizetype HeadBytes = 0x8006;
    static constexpr qsizetype TailBytes = 512;

    /// From the file's first bytes (up to HeadBytes) and its last bytes (up to TailBytes; empty
    /// when the file is shorter than that, or the same as the head for a small file).
    static Format detect(QByteArrayView head, QByteArrayView tail);
    /// Reads `path`'s head and tail; nullopt with a translated `error` when it cannot be read.
    static std::optional<Format> detectFile(const QString &path, QString *error);
    /// The format a file name says (its extension, case-insensitive; ".img" and ".raw" are raw);
    /// nullopt for a name that names none.
    static std::optional<Format> fromFileName(const QString &fileName);
    /// "qcow2", "vhd", ... ("raw" for Raw).
    static QString name(Format format);
    /// A translated sentence when `detected` and the name disagree; empty when they agree or
    /// when it cannot be told (an unknown extension; zvhd/zvhd2, whose headers are not
    /// published, unless another format is recognised).
    static QString mismatch(const QString &fileName, Format detected);
};
