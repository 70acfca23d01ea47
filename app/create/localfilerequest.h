#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "create/fielderror.h"

struct CreateOrder;

/// Method 8, `ims-local-file` (interfaces.md §4): a local image file uploaded to an OBS bucket,
/// then imported by IMS as method 3 (ims-obs-file) with image_url "bucket:object". The params
/// (`file`, `bucket`, `object`, `keep_object`) and the rules checked before the first byte
/// leaves: the file (exists, readable, not empty), its format from its header against its name
/// (ImageFileFormat), the import's size limits (api-facts §"Quick import": normal import smaller
/// than 128 GB; quick import ZVHD2 or RAW up to 1 TB), the bucket and object names (OBS rules; no
/// spaces in the object, IMG.0175). A quick import of a RAW file also uploads the file's bitmap
/// (`params.bitmap`, by default NAME.mf beside the image file) into the same bucket as
/// NAME.mf beside the object: the IMS user guide's rule ("the generated .mf bitmap file must
/// have the same name as the RAW image file", "in the same OBS bucket"). The body is method
/// 3's without image_url. A value type.
struct LocalFileRequest
{
    Q_DECLARE_TR_FUNCTIONS(LocalFileRequest)
public:
    /// "smaller than 128 GB" (api-facts: IMS upload limits, normal import).
    static constexpr qint64 NormalImportMaxBytes = 128LL * 1024 * 1024 * 1024;
    /// Quick import: "≤ 1 TB" (IMS's image size cap is 1 TiB).
    static constexpr qint64 QuickImportMaxBytes = 1024LL * 1024 * 1024 * 1024;
    /// A bitmap file is sent in one PUT from memory: one bit per block of the image, far below
    /// this for 1 TB; a larger file is not a bitmap.
    static constexpr qint64 BitmapMaxBytes = 64LL * 1024 * 1024;

    QString file; // absolute path
    QString bucket;
    QString object;
    bool keepObject = true;
    /// The RAW file's bitmap (absolute path) for a quick import; empty when the import needs none.
    QString bitmapFile;
    QJsonObject body; // method 3's body without image_url

    /// "bucket:object", the image_url IMS imports from.
    QString imageUrl() const { return bucket + u':' + object; }
    /// The body of method 3 with image_url set (what is validated and sent).
    QJsonObject importBody() const;
    /// The object the bitmap file becomes (bitmapObjectFor(object)); empty without a bitmap.
    QString bitmapObject() const;

    /// Whether the import needs a bitmap file: a quick import of a RAW file (by its name, or by
    /// its content when the name says nothing).
    static bool needsBitmap(const QString &path, bool quickImport);
    /// Where a RAW file's bitmap is looked for when none is given: NAME.mf beside it.
    static QString defaultBitmapFor(const QString &file);
    /// NAME.mf in the object's folder for the object NAME.EXT (or NAME).
    static QString bitmapObjectFor(const QString &object);

    /// Reads params and body; `resolvedFile` is params.file resolved against the request file's
    /// folder (params.bitmap, when given, must be absolute already: RequestFile resolves it).
    /// Every problem goes into `errors` with its field ("params.file", "params.bucket",
    /// "params.object", "params.bitmap", "params.keep_object", "body.min_disk", ...). Nullopt
    /// when any.
    static std::optional<LocalFileRequest> fromParams(const QJsonObject &params,
        const QJsonObject &body,
        const QString &resolvedFile,
        FieldErrors *errors);

    /// The request a CreateOrder of method ims-local-file carries (validated when it was made):
    /// its file, params, and its body as sent (image_url and marker included).
    static LocalFileRequest fromOrder(const CreateOrder &order);

    /// The file's own checks (readable, format against name, size limits for the import the
    /// body asks for), each as an error on `field`.
    static FieldErrors checkFile(
        const QString &path, bool quickImport, const QString &field = QStringLiteral("params.file"));
    /// The bitmap file's own checks (readable, not empty, not larger than BitmapMaxBytes).
    static FieldErrors checkBitmap(
        const QString &path, const QString &field = QStringLiteral("params.bitmap"));
    /// OBS bucket name rules; nullopt when valid.
    static std::optional<QString> checkBucketName(const QString &bucket);
    /// Object name rules (as method 3: no spaces; at most 1024 bytes; no leading slash).
    static std::optional<QString> checkObjectName(const QString &object);

private:
    /// params.bitmap against the import: sets r.bitmapFile where one is needed and found.
    static FieldErrors readBitmap(const QJsonObject &params, LocalFileRequest &r, bool quickImport);
};
