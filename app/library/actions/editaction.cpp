#include "library/actions/editaction.h"

#include <QJsonObject>

#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "create/imagerules.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int ImsMaxTags = 10;           // "An image can have a maximum of 10 tags."
constexpr int GlanceTextMaxLength = 255; // Glance: tags and property values

/// The key of a listed tag ("key=value", "key.value" or a plain tag).
QString keyOf(const QString &tag)
{
    const qsizetype eq = tag.indexOf(u'=');
    if (eq >= 0)
        return tag.left(eq);
    return tag;
}

bool huaweiFlavour(CloudFamily family)
{
    return family == CloudFamily::HuaweiCloud || family == CloudFamily::Demo;
}

QJsonObject op(const QString &operation, const QString &path, const QJsonValue &value = {})
{
    QJsonObject o{{u"op"_s, operation}, {u"path"_s, path}};
    if (operation != u"remove")
        o.insert(u"value"_s, value);
    return o;
}

} // namespace

ImageEdit::Tag ImageEdit::Tag::parse(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq < 0)
        return {text, QString(), false};
    return {text.left(eq), text.mid(eq + 1), true};
}

bool ImageEdit::tagsAreKeyValue(ImageApi api, CloudFamily family)
{
    return api == ImageApi::Ims || huaweiFlavour(family);
}

bool ImageEdit::isEmpty() const
{
    return !name && !description && !minRam && !maxRam && !minDisk && !isProtected
        && setTags.isEmpty() && removeTags.isEmpty();
}

FieldErrors ImageEdit::validate(ImageApi api, CloudFamily family) const
{
    FieldErrors errors;
    const bool ims = api == ImageApi::Ims;
    if (isEmpty())
        errors.append({QString(), tr("Nothing to change: give at least one new value.")});
    if (name) {
        if (auto e = ims ? ImageRules::checkImsName(*name) : GlanceCreateRequest::checkName(*name))
            errors.append({u"name"_s, *e});
    }
    if (description) {
        if (ims) {
            if (auto e = ImageRules::checkImsDescription(*description))
                errors.append({u"description"_s, *e});
        } else if (description->size() > GlanceTextMaxLength) {
            //: %1 = maximum number of characters, %2 = current number
            errors.append({u"description"_s,
                tr("The description can have at most %1 characters (now %2).")
                    .arg(GlanceTextMaxLength)
                    .arg(description->size())});
        }
    }
    if (minRam || maxRam) {
        if (auto e = ImageRules::checkRamRange(minRam.value_or(0), maxRam.value_or(0)))
            errors.append({minRam ? u"min_ram"_s : u"max_ram"_s, *e});
    }
    if (maxRam && !ims)
        errors.append({u"max_ram"_s, tr("Glance images have no maximum memory; only IMS has it.")});
    if (minDisk) {
        if (ims) {
            errors.append(
                {u"min_disk"_s, tr("IMS does not change the minimum disk of an existing image.")});
        } else if (huaweiFlavour(family)) {
            if (auto e = ImageRules::checkDiskSize(*minDisk, 1, 1024))
                errors.append({u"min_disk"_s, *e});
        } else if (*minDisk < 0) {
            errors.append({u"min_disk"_s, tr("The minimum disk cannot be negative.")});
        }
    }
    if (isProtected && ims)
        errors.append(
            {u"protected"_s, tr("IMS does not change the protection of an image; Glance does.")});
    const bool keyValueTags = tagsAreKeyValue(api, family);
    QStringList keys;
    for (qsizetype i = 0; i < setTags.size(); ++i) {
        const Tag &tag = setTags.at(i);
        const QString field = u"tags[%1]"_s.arg(i);
        if (keyValueTags) {
            if (!tag.hasValue) {
                //: %1 = the tag as given
                errors.append({field, tr("Give the tag \"%1\" as key=value.").arg(tag.key)});
                continue;
            }
            if (auto e = ImageRules::checkTagKey(tag.key))
                errors.append({field + u".key"_s, *e});
            if (auto e = ImageRules::checkTagValue(tag.value))
                errors.append({field + u".value"_s, *e});
        } else if (tag.text().isEmpty() || tag.text().size() > GlanceTextMaxLength) {
            //: %1 = maximum number of characters
            errors.append(
                {field, tr("A tag must have 1 to %1 characters.").arg(GlanceTextMaxLength)});
        }
        if (keys.contains(tag.key))
            //: %1 = tag key
            errors.append(
                {field + u".key"_s, tr("The tag key \"%1\" is given twice.").arg(tag.key)});
        keys << tag.key;
    }
    for (const QString &key : removeTags) {
        if (key.trimmed().isEmpty())
            errors.append({u"untag"_s, tr("Enter a tag key.")});
        else if (keys.contains(key))
            //: %1 = tag key
            errors.append({u"untag"_s, tr("The tag \"%1\" is both set and removed.").arg(key)});
    }
    return errors;
}

QStringList ImageEdit::tagsAfter(const LibraryImage &current) const
{
    QStringList changed = removeTags;
    for (const Tag &tag : setTags)
        changed << tag.key;
    QStringList tags;
    for (const QString &tag : current.tags) {
        if (!changed.contains(keyOf(tag)) && !changed.contains(tag.section(u'.', 0, 0)))
            tags << tag;
    }
    for (const Tag &tag : setTags)
        tags << tag.text();
    return tags;
}

QStringList ImageEdit::checkAgainst(ImageApi api, const LibraryImage &current) const
{
    QStringList refusals;
    if (api != ImageApi::Ims)
        return refusals;
    if (current.status != u"active")
        //: %1 = the image's status
        refusals << tr("Only active images can be changed; this image is %1.")
                        .arg(LibraryImage::statusText(current.status));
    if (!setTags.isEmpty() && tagsAfter(current).size() > ImsMaxTags)
        //: %1 = the most tags an image may have
        refusals << tr("An image can have at most %1 tags.").arg(ImsMaxTags);
    return refusals;
}

QJsonArray ImageEdit::imsPatch(const LibraryImage &current) const
{
    QJsonArray ops;
    const auto has = [&current](const QString &key) { return current.raw.contains(key); };
    if (name)
        ops.append(op(u"replace"_s, u"/name"_s, *name));
    if (description) {
        const QString key = u"__description"_s;
        if (description->isEmpty()) {
            if (has(key))
                ops.append(op(u"remove"_s, u"/"_s + key));
        } else {
            ops.append(op(has(key) ? u"replace"_s : u"add"_s, u"/"_s + key, *description));
        }
    }
    if (minRam)
        ops.append(op(
            has(u"min_ram"_s) ? u"replace"_s : u"add"_s, u"/min_ram"_s, QString::number(*minRam)));
    if (maxRam)
        ops.append(op(
            has(u"max_ram"_s) ? u"replace"_s : u"add"_s, u"/max_ram"_s, QString::number(*maxRam)));
    return ops;
}

QJsonArray ImageEdit::glancePatch(const LibraryImage &current) const
{
    QJsonArray ops;
    const auto has = [&current](const QString &key) { return current.raw.contains(key); };
    if (name)
        ops.append(op(u"replace"_s, u"/name"_s, *name));
    if (description) {
        if (description->isEmpty()) {
            if (has(u"description"_s))
                ops.append(op(u"remove"_s, u"/description"_s));
        } else {
            ops.append(op(
                has(u"description"_s) ? u"replace"_s : u"add"_s, u"/description"_s, *description));
        }
    }
    if (minRam)
        ops.append(op(u"replace"_s, u"/min_ram"_s, *minRam));
    if (minDisk)
        ops.append(op(u"replace"_s, u"/min_disk"_s, *minDisk));
    if (isProtected)
        ops.append(op(u"replace"_s, u"/protected"_s, *isProtected));
    if (!setTags.isEmpty() || !removeTags.isEmpty())
        ops.append(op(u"replace"_s, u"/tags"_s, QJsonArray::fromStringList(tagsAfter(current))));
    return ops;
}

QString ImageEditKind::key() const
{
    return u"edit"_s;
}

QString ImageEditKind::title() const
{
    return tr("Edit Image…");
}

std::optional<QString> ImageEditKind::unavailableReason(CloudFamily, ImageApi) const
{
    return std::nullopt; // every family edits with its own API (interfaces.md §6)
}

ImageEditRun::ImageEditRun(
    CloudSession *session, ImageApi api, QString imageId, ImageEdit edit, QObject *parent)
    : ImageActionRun(parent)
    , m_session(session)
    , m_api(api)
    , m_imageId(std::move(imageId))
    , m_edit(std::move(edit))
{ }

void ImageEditRun::start()
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    RestJob *job = ImageCalls::show(m_session, m_api, m_imageId, this);
    connect(job, &RestJob::finished, this, &ImageEditRun::currentRead);
}

void ImageEditRun::currentRead(RestJob *job)
{
    if (job->error()) {
        finish(job->error());
        return;
    }
    QString why;
    m_current = ImageCalls::shownImage(m_api, job, &why);
    if (!m_current) {
        ApiError e = ApiError::make(ApiError::Kind::Http, why);
        e.httpStatus = 404; // IMS answers an unknown id with an empty list
        finish(e);
        return;
    }
    m_refusals = m_edit.checkAgainst(m_api, *m_current);
    if (!m_refusals.isEmpty()) {
        finish(ApiError::make(ApiError::Kind::Http, m_refusals.join(u' ')));
        return;
    }
    const QJsonArray ops =
        m_api == ImageApi::Ims ? m_edit.imsPatch(*m_current) : m_edit.glancePatch(*m_current);
    if (ops.isEmpty()) {
        sendTags();
        return;
    }
    RestJob *patch = ImageCalls::patch(m_session, m_api, m_imageId, ops, this);
    connect(patch, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            finish(j->error());
            return;
        }
        if (auto image = LibraryImage::fromJson(j->json().object()))
            m_result = *image;
        sendTags();
    });
}

void ImageEditRun::sendTags()
{
    if (m_api != ImageApi::Ims || (m_edit.setTags.isEmpty() && m_edit.removeTags.isEmpty())) {
        if (m_result) {
            finish({});
            return;
        }
        readResult();
        return;
    }
    // Deletions first: a key both removed and set is refused by validate().
    QJsonArray removed;
    for (const QString &key : std::as_const(m_edit.removeTags))
        removed.append(QJsonObject{{u"key"_s, key}, {u"value"_s, u""_s}});
    QJsonArray added;
    for (const ImageEdit::Tag &tag : std::as_const(m_edit.setTags))
        added.append(QJsonObject{{u"key"_s, tag.key}, {u"value"_s, tag.value}});
    const auto sendAdded = [this, added] {
        if (added.isEmpty()) {
            readResult();
            return;
        }
        RestJob *job = ImageCalls::imsTags(m_session, m_imageId, u"create"_s, added, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (j->error())
                finish(j->error());
            else
                readResult();
        });
    };
    if (removed.isEmpty()) {
        sendAdded();
        return;
    }
    RestJob *job = ImageCalls::imsTags(m_session, m_imageId, u"delete"_s, removed, this);
    connect(job, &RestJob::finished, this, [this, sendAdded](RestJob *j) {
        if (j->error())
            finish(j->error());
        else
            sendAdded();
    });
}

void ImageEditRun::readResult()
{
    RestJob *job = ImageCalls::show(m_session, m_api, m_imageId, this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        // The edit is done; a result that cannot be read leaves result() empty.
        if (!j->error())
            m_result = ImageCalls::shownImage(m_api, j, nullptr);
        finish({});
    });
}
