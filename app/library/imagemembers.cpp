#include "library/imagemembers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QJsonValue nullable(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Huawei Cloud and Open Telekom Cloud project IDs: 32 hexadecimal characters.
const QRegularExpression ImsProjectId(u"^[0-9a-fA-F]{32}$"_s);

} // namespace

std::optional<ImageMember> ImageMember::fromJson(const QJsonObject &o, QString *why)
{
    ImageMember m;
    m.memberId = o.value(u"member_id"_s).toString();
    if (m.memberId.isEmpty()) {
        if (why)
            *why = u"member without member_id"_s;
        return std::nullopt;
    }
    m.imageId = o.value(u"image_id"_s).toString();
    m.status = o.value(u"status"_s).toString();
    m.createdAt = utc(o.value(u"created_at"_s));
    m.updatedAt = utc(o.value(u"updated_at"_s));
    m.raw = o;
    return m;
}

std::optional<QList<ImageMember>> ImageMember::listFromJson(const QJsonObject &o, QString *why)
{
    const QJsonValue members = o.value(u"members"_s);
    if (!members.isArray()) {
        if (why)
            *why = u"no members array"_s;
        return std::nullopt;
    }
    QList<ImageMember> list;
    const QJsonArray items = members.toArray();
    for (const QJsonValue &item : items) {
        if (auto m = fromJson(item.toObject()))
            list.append(*m);
    }
    return list;
}

QJsonObject ImageMember::toJson() const
{
    return {{u"image_id"_s, imageId},
        {u"member_id"_s, memberId},
        {u"status"_s, status},
        {u"created_at"_s, nullable(createdAt)},
        {u"updated_at"_s, nullable(updatedAt)}};
}

QString MemberChange::opKey(Op op)
{
    switch (op) {
    case Op::Add:
        return u"share"_s;
    case Op::Remove:
        return u"unshare"_s;
    case Op::Accept:
        return u"accept"_s;
    case Op::Reject:
        return u"reject"_s;
    }
    return {};
}

QString MemberChange::status() const
{
    if (op == Op::Accept)
        return u"accepted"_s;
    if (op == Op::Reject)
        return u"rejected"_s;
    return {};
}

FieldErrors MemberChange::validate(ImageApi api) const
{
    FieldErrors errors;
    if (imageId.trimmed().isEmpty())
        errors.append({u"image"_s, tr("Give the image's ID.")});
    if (op == Op::Accept || op == Op::Reject)
        return errors;
    if (projects.isEmpty()) {
        errors.append({u"project"_s, tr("Give at least one project to share with.")});
        return errors;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < projects.size(); ++i) {
        const QString &p = projects.at(i);
        const QString field = projects.size() == 1 ? u"project"_s : u"project[%1]"_s.arg(i);
        if (api == ImageApi::Ims && !ImsProjectId.match(p).hasMatch()) {
            //: %1 = what was typed
            errors.append({field,
                tr("\"%1\" is not a project ID: it has 32 hexadecimal characters (0-9, a-f).")
                    .arg(p)});
            continue;
        }
        if (api == ImageApi::Glance
            && (p.isEmpty() || p.size() > 255 || p.contains(QRegularExpression(u"\\s"_s)))) {
            //: %1 = what was typed
            errors.append(
                {field, tr("\"%1\" is not a project ID: 1 to 255 characters without spaces.")
                            .arg(p)});
            continue;
        }
        if (p.compare(ownProject, Qt::CaseInsensitive) == 0 && !ownProject.isEmpty()) {
            errors.append({field, tr("This is the image's own project; share with another one.")});
            continue;
        }
        if (seen.contains(p.toLower())) {
            //: %1 = a project ID
            errors.append({field, tr("Project %1 is given twice.").arg(p)});
            continue;
        }
        seen.insert(p.toLower());
    }
    return errors;
}

QStringList MemberChange::checkAgainst(ImageApi api, const LibraryImage &image) const
{
    QStringList problems;
    const bool own = image.owner.isEmpty() || image.owner == ownProject;
    if (op == Op::Accept || op == Op::Reject) {
        if (own)
            problems << tr("This image belongs to this project; only a project it is shared "
                           "with accepts or rejects it.");
        else if (!image.isShared())
            problems << tr("This image is not shared with this project.");
        return problems;
    }
    if (!own) {
        problems << tr("Only the project that owns an image shares it.");
        return problems;
    }
    if (api == ImageApi::Ims) {
        if (image.status != u"active")
            //: %1 = the image's status
            problems << tr("Only active images can be shared; this one is %1.")
                            .arg(LibraryImage::statusText(image.status));
        if (!image.imageType.isEmpty() && image.imageType != u"private")
            problems << tr("Only private images can be shared.");
    } else if (image.visibility != u"private" && image.visibility != u"shared") {
        //: %1 = the image's visibility (public, community)
        problems << tr("A %1 image has no members: every project sees it already.")
                        .arg(image.visibility);
    }
    return problems;
}
