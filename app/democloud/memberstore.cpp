#include "memberstore.h"

#include <QJsonArray>

#include "apiutil.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

MemberStore::Member fromState(const QString &image, const QString &project, const QJsonObject &o)
{
    return {image,
        project,
        o.value(u"status"_s).toString(),
        parseIso(o.value(u"created_at"_s).toString()),
        parseIso(o.value(u"updated_at"_s).toString())};
}

// members: {image id: {project: {status, created_at, updated_at}}}
void apply(QJsonObject &members,
    const QString &op,
    const QString &image,
    const QString &project,
    const QString &status,
    const QDateTime &at)
{
    QJsonObject ofImage = members.value(image).toObject();
    if (op == u"remove") {
        ofImage.remove(project);
    } else if (op == u"add") {
        if (!ofImage.contains(project))
            ofImage.insert(project,
                QJsonObject{{u"status"_s, u"pending"_s},
                    {u"created_at"_s, isoMillis(at)},
                    {u"updated_at"_s, isoMillis(at)}});
    } else if (ofImage.contains(project)) {
        QJsonObject m = ofImage.value(project).toObject();
        m.insert(u"status"_s, status);
        m.insert(u"updated_at"_s, isoMillis(at));
        ofImage.insert(project, m);
    }
    if (ofImage.isEmpty())
        members.remove(image);
    else
        members.insert(image, ofImage);
}

} // namespace

QJsonObject MemberStore::Member::toApiJson() const
{
    return {{u"image_id"_s, imageId},
        {u"member_id"_s, memberId},
        {u"status"_s, status},
        {u"created_at"_s, isoSeconds(createdAt)},
        {u"updated_at"_s, isoSeconds(updatedAt)},
        {u"schema"_s, u"/v2/schemas/member"_s}};
}

MemberStore::MemberStore(StateStore &state)
    : m_state(state)
{ }

void MemberStore::settle()
{
    QJsonObject root = load();
    const QJsonArray pending = root.value(u"pending"_s).toArray();
    if (pending.isEmpty())
        return;
    const QDateTime now = nowUtc();
    QJsonObject members = root.value(u"members"_s).toObject();
    QJsonArray later;
    for (const QJsonValue &v : pending) {
        const QJsonObject change = v.toObject();
        const QDateTime at = parseIso(change.value(u"at"_s).toString());
        if (at > now) {
            later.append(change);
            continue;
        }
        const QJsonArray images = change.value(u"images"_s).toArray();
        const QJsonArray projects = change.value(u"projects"_s).toArray();
        for (const QJsonValue &image : images) {
            for (const QJsonValue &project : projects)
                apply(members,
                    change.value(u"op"_s).toString(),
                    image.toString(),
                    project.toString(),
                    change.value(u"status"_s).toString(),
                    at);
        }
    }
    root.insert(u"members"_s, members);
    root.insert(u"pending"_s, later);
    m_state.setImageMembers(root);
}

QList<MemberStore::Member> MemberStore::members(const QString &imageId)
{
    settle();
    QList<Member> list;
    const QJsonObject ofImage =
        load().value(u"members"_s).toObject().value(imageId).toObject();
    for (auto it = ofImage.constBegin(); it != ofImage.constEnd(); ++it)
        list.append(fromState(imageId, it.key(), it.value().toObject()));
    return list;
}

std::optional<MemberStore::Member> MemberStore::member(
    const QString &imageId, const QString &project)
{
    settle();
    const QJsonObject ofImage =
        load().value(u"members"_s).toObject().value(imageId).toObject();
    if (!ofImage.contains(project))
        return std::nullopt;
    return fromState(imageId, project, ofImage.value(project).toObject());
}

QString MemberStore::statusFor(const QString &imageId, const QString &project)
{
    const auto m = member(imageId, project);
    return m ? m->status : QString();
}

MemberStore::Member MemberStore::add(const QString &imageId, const QString &project)
{
    settle();
    QJsonObject root = load();
    QJsonObject members = root.value(u"members"_s).toObject();
    apply(members, u"add"_s, imageId, project, {}, nowUtc());
    root.insert(u"members"_s, members);
    m_state.setImageMembers(root);
    return *member(imageId, project);
}

bool MemberStore::remove(const QString &imageId, const QString &project)
{
    if (!member(imageId, project))
        return false;
    QJsonObject root = load();
    QJsonObject members = root.value(u"members"_s).toObject();
    apply(members, u"remove"_s, imageId, project, {}, nowUtc());
    root.insert(u"members"_s, members);
    m_state.setImageMembers(root);
    return true;
}

MemberStore::Member MemberStore::setStatus(
    const QString &imageId, const QString &project, const QString &status)
{
    settle();
    QJsonObject root = load();
    QJsonObject members = root.value(u"members"_s).toObject();
    apply(members, u"status"_s, imageId, project, status, nowUtc());
    root.insert(u"members"_s, members);
    m_state.setImageMembers(root);
    return *member(imageId, project);
}

void MemberStore::schedule(const QString &op,
    const QStringList &images,
    const QStringList &projects,
    const QString &status,
    const QDateTime &at)
{
    settle();
    QJsonObject root = load();
    QJsonArray pending = root.value(u"pending"_s).toArray();
    pending.append(QJsonObject{{u"op"_s, op},
        {u"images"_s, QJsonArray::fromStringList(images)},
        {u"projects"_s, QJsonArray::fromStringList(projects)},
        {u"status"_s, status},
        {u"at"_s, isoMillis(at)}});
    root.insert(u"pending"_s, pending);
    m_state.setImageMembers(root);
}

} // namespace DemoCloud
