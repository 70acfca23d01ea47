#include "library/imageproperties.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

ImageEdit::Tag tagOf(const QString &text, ImageApi api)
{
    ImageEdit::Tag tag = ImageEdit::Tag::parse(text);
    if (!tag.hasValue && api == ImageApi::Ims) {
        const qsizetype dot = text.indexOf(u'.');
        if (dot > 0)
            return {text.left(dot), text.mid(dot + 1), true};
    }
    return tag;
}

bool sameTag(const ImageEdit::Tag &a, const ImageEdit::Tag &b)
{
    return a.key == b.key && a.hasValue == b.hasValue && (!a.hasValue || a.value == b.value);
}

} // namespace

ImageProperties ImageProperties::of(const LibraryImage &image, ImageApi api)
{
    ImageProperties p;
    p.name = image.name;
    p.description = image.description;
    p.minRam = image.minRam;
    p.maxRam = image.maxRam;
    p.minDisk = image.minDisk;
    p.isProtected = image.isProtected;
    for (const QString &text : image.tags)
        p.tags << tagOf(text, api);
    return p;
}

ImageEdit ImageProperties::editFrom(const LibraryImage &current, ImageApi api) const
{
    const ImageProperties before = of(current, api);
    const bool ims = api == ImageApi::Ims;
    ImageEdit edit;
    if (name != before.name)
        edit.name = name;
    if (description != before.description)
        edit.description = description;
    if (minRam != before.minRam)
        edit.minRam = minRam;
    if (ims && maxRam != before.maxRam) {
        edit.maxRam = maxRam.value_or(0);
        if (!edit.minRam)
            edit.minRam = minRam; // the API checks the two as a range
    }
    if (!ims && minDisk != before.minDisk)
        edit.minDisk = minDisk;
    if (!ims && isProtected != before.isProtected)
        edit.isProtected = isProtected;
    for (const ImageEdit::Tag &tag : tags) {
        const bool unchanged = std::any_of(before.tags.cbegin(),
            before.tags.cend(),
            [&tag](const ImageEdit::Tag &old) { return sameTag(old, tag); });
        if (!unchanged)
            edit.setTags << tag;
    }
    for (const ImageEdit::Tag &old : before.tags) {
        const bool kept = std::any_of(tags.cbegin(), tags.cend(), [&old](const ImageEdit::Tag &t) {
            return t.key == old.key;
        });
        if (!kept && !edit.removeTags.contains(old.key))
            edit.removeTags << old.key;
    }
    return edit;
}
