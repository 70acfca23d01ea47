#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "library/actions/editaction.h"
#include "library/libraryimage.h"

/// What the edit form of the image library holds: the properties an operator may change on an
/// image (which of them the API changes is ImageEdit::validate()'s business). The form starts
/// from of(image) and sends editFrom(image): only what differs, so an untouched field is never
/// sent and a second editor's change to another field is never overwritten.
struct ImageProperties
{
    QString name;
    QString description;
    int minRam = 0;            // MB
    std::optional<int> maxRam; // MB, IMS only; unset: none
    int minDisk = 0;           // GB, Glance only
    bool isProtected = false;  // Glance only
    QList<ImageEdit::Tag> tags;

    /// The image's properties as listed. IMS tags listed as "key.value" (the form IMS keeps
    /// for tags given that way) read as key and value.
    static ImageProperties of(const LibraryImage &image, ImageApi api);
    /// The edit that turns `current` into these properties with `api`: only the fields that
    /// differ; tags set where new or changed, removed (by key) where gone. IMS keeps its
    /// minimum disk and protection, Glance has no maximum memory: those are never sent there.
    ImageEdit editFrom(const LibraryImage &current, ImageApi api) const;
};
