#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "library/libraryimage.h"

/// The image list as CSV (RFC 4180: comma separated, CRLF line ends, fields quoted where they
/// hold a comma, a quote or a line break, UTF-8). The header row holds stable keys, the same as
/// the command line's JSON (docs/library.md), not translated: a spreadsheet or a script reads
/// the same columns in every language. A cell that a spreadsheet would take as a formula
/// (starting with =, +, -, @) is prefixed with a single quote.
namespace ImageCsv {

/// The header keys, in column order.
QStringList columns();
/// Header and one row per image, in the given order. `jobOf` names the local id of the job
/// that made an image (empty when none).
QByteArray write(
    const QList<LibraryImage> &images, const std::function<QString(const LibraryImage &)> &jobOf);

} // namespace ImageCsv
