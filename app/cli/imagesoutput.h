#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "library/libraryimage.h"

/// What `imagewright images list|show` print on stdout: a table or a property list for people
/// (headers in the UI language, values as the cloud gave them), or JSON with the stable keys of
/// docs/library.md (untranslated).
struct ImagesOutput
{
    Q_DECLARE_TR_FUNCTIONS(ImagesOutput)
public:
    static QString table(const QList<LibraryImage> &images);
    static QString details(const LibraryImage &image);
    static QString json(const QList<LibraryImage> &images);
    static QString json(const LibraryImage &image);
};
