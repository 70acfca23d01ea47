#include "memberservice.h"

#include <cmath>

#include <QJsonArray>
#include <QRegularExpression>

#include "apiutil.h"
#include "demologging.h"
#include "imsjob.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr auto BadFormat = u"IMG.0001";     // request message format invalid
constexpr auto NoSuchImage = u"IMG.0027";   // the image ID in the request does not exist
constexpr auto Unavailable = u"IMG.0046";   // the image is unavailable (not active)
constexpr auto FailTaskCode = u"IMG.0014";  // exception while IaaS OpenStack ran the task
const QRegularExpression ProjectId(u"^[0-9a-f]{32}$"_s);

QString projectOf(const ApiRequest &request)
{
    return request.token ? request.token->projectId : Account::ProjectId.toString();
}

std::optional<QStringList> strings(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().isEmpty())
        return std::nullopt;
    QStringList list;
    const QJsonArray items = v.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isString() || item.toString().isEmpty())
            return std::nullopt;
        list << item.toString();
    }
    return list;
}

} // namespace

MemberService::MemberService(const CloudConfig &config, StateStore &state, ImageCatalog &catalog)
    : m_config(config)
    , m_state(state)
    , m_catalog(catalog)
    , m_members(state)
{
    m_catalog.setMemberLookup([this](const QString &image, const QString &project) {
        return m_members.statusFor(image, project);
    });
}

void MemberService::registerRoutes(Router &router)
{
    router.add("POST", u"/v1/cloudimages/members"_s, Access::Token, [this](const ApiRequest &r) {
        return imsBatch(r, u"add"_s);
    });
    router.add("DELETE", u"/v1/cloudimages/members"_s, Access::Token, [this](const ApiRequest &r) {
        return imsBatch(r, u"remove"_s);
    });
    router.add("PUT", u"/v1/cloudimages/members"_s, Access::Token, [this](const ApiRequest &r) {
        return imsBatch(r, u"status"_s);
    });
    const QString one = u"/v2/images/{image_id}/members/{member_id}"_s;
    router.add("GET", u"/v2/images/{image_id}/members"_s, Access::Token, [this](const ApiRequest &r) {
        return list(r);
    });
    router.add("POST", u"/v2/images/{image_id}/members"_s, Access::Token, [this](const ApiRequest &r) {
        return add(r);
    });
    router.add("GET", one, Access::Token, [this](const ApiRequest &r) { return show(r); });
    router.add("PUT", one, Access::Token, [this](const ApiRequest &r) { return update(r); });
    router.add("DELETE", one, Access::Token, [this](const ApiRequest &r) { return remove(r); });
}

HttpResponse MemberService::imsBatch(const ApiRequest &request, const QString &op)
{
    const QString project = projectOf(request);
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return imsError(400, QString::fromUtf16(BadFormat), u"The body must be a JSON object."_s);
    const auto images = strings(body->value(u"images"_s));
    if (!images)
        return imsError(400,
            QString::fromUtf16(BadFormat),
            u"images must be a non-empty array of image IDs."_s);
    QStringList projects;
    QString status;
    if (op == u"status") {
        status = body->value(u"status"_s).toString();
        const QString member = body->value(u"project_id"_s).toString();
        if (status != u"accepted" && status != u"rejected")
            return imsError(400,
                QString::fromUtf16(BadFormat),
                u"status must be accepted or rejected."_s);
        if (member != project)
            return imsError(403,
                QString::fromUtf16(BadFormat),
                u"project_id must be the project of the token."_s);
        projects = {member};
    } else {
        const auto given = strings(body->value(u"projects"_s));
        if (!given)
            return imsError(400,
                QString::fromUtf16(BadFormat),
                u"projects must be a non-empty array of project IDs."_s);
        projects = *given;
        for (const QString &p : std::as_const(projects)) {
            if (!ProjectId.match(p).hasMatch())
                return imsError(400,
                    QString::fromUtf16(BadFormat),
                    u"The project ID %1 is invalid."_s.arg(p));
            if (p == project)
                return imsError(400,
                    QString::fromUtf16(BadFormat),
                    u"An image cannot be shared with its own project."_s);
        }
    }
    bool fails = false;
    QString firstName;
    for (const QString &id : std::as_const(*images)) {
        const auto image = m_catalog.findSeenBy(id, project);
        if (!image)
            return imsError(400,
                QString::fromUtf16(NoSuchImage),
                u"The image ID in the request does not exist."_s);
        const bool own = image->value(u"owner"_s).toString() == project;
        if (op == u"status") {
            if (own || m_members.statusFor(id, project).isEmpty())
                return imsError(400,
                    QString::fromUtf16(NoSuchImage),
                    u"The image %1 is not shared with this project."_s.arg(id));
        } else {
            if (!own)
                return imsError(400,
                    QString::fromUtf16(NoSuchImage),
                    u"The image ID in the request does not exist."_s);
            if (image->value(u"status"_s).toString() != u"active")
                return imsError(
                    400, QString::fromUtf16(Unavailable), u"The image is unavailable."_s);
            if (image->value(u"__imagetype"_s).toString() != u"private")
                return imsError(400,
                    QString::fromUtf16(BadFormat),
                    u"Only private images can be shared."_s);
        }
        const QString name = image->value(u"name"_s).toString();
        if (firstName.isEmpty())
            firstName = name;
        fails = fails || name.startsWith(u"fail-"_s);
    }
    ImsJob job;
    job.id = randomHex(16);
    job.projectId = project;
    job.jobType = op == u"add" ? u"imsAddImageMembersJob"_s
        : op == u"remove"      ? u"imsDelImageMembersJob"_s
                               : u"imsUpdateImageMembersJob"_s;
    job.name = firstName;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.durationMs = qint64(std::llround(std::max(0.0, m_config.jobSeconds) * 1000.0));
    job.failsAlone = fails;
    if (fails) {
        job.errorCode = QString::fromUtf16(FailTaskCode);
        job.failReason = u"Sharing the image failed (demo cloud: an image name starting with "
                         "\"fail-\" makes the job fail)."_s;
    } else {
        m_members.schedule(op, *images, projects, status, job.endTime());
    }
    m_state.addImsJob(job);
    qCInfo(lcDemo).noquote() << u"IMS job %1 %2 for %3 (%4)%5"_s.arg(job.id,
        job.jobType,
        images->join(u", "_s),
        projects.join(u", "_s),
        fails ? u" (will FAIL)"_s : QString());
    return HttpResponse::json(200, {{u"job_id"_s, job.id}});
}

HttpResponse MemberService::list(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const QString project = projectOf(request);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    QJsonArray members;
    const bool own = image->value(u"owner"_s).toString() == project;
    for (const MemberStore::Member &m : m_members.members(id)) {
        if (own || m.memberId == project) // a member sees only itself
            members.append(m.toApiJson());
    }
    return HttpResponse::json(
        200, {{u"members"_s, members}, {u"schema"_s, u"/v2/schemas/members"_s}});
}

HttpResponse MemberService::show(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const QString member = request.param(u"member_id"_s);
    const QString project = projectOf(request);
    const auto image = m_catalog.findSeenBy(id, project);
    const auto found = m_members.member(id, member);
    if (!image || !found
        || (image->value(u"owner"_s).toString() != project && member != project))
        return openStackError(404, u"%1 is not a member of image %2"_s.arg(member, id));
    return HttpResponse::json(200, found->toApiJson());
}

HttpResponse MemberService::add(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const QString project = projectOf(request);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image)
        return openStackError(404, u"No image found with ID %1"_s.arg(id));
    if (image->value(u"owner"_s).toString() != project)
        return openStackError(403, u"Only the image's owner can add members."_s);
    if (image->value(u"visibility"_s).toString() != u"shared")
        return openStackError(403,
            u"Only shared images have members (the image's visibility is %1)."_s.arg(
                image->value(u"visibility"_s).toString()));
    const auto body = parseJsonObject(request.http.body);
    const QString member = body ? body->value(u"member"_s).toString() : QString();
    if (member.isEmpty() || member.size() > 255)
        return openStackError(400, u"The body needs \"member\": a project ID."_s);
    if (m_members.member(id, member))
        return openStackError(
            409, u"The member %1 of image %2 already exists."_s.arg(member, id));
    const MemberStore::Member added = m_members.add(id, member);
    qCInfo(lcDemo).noquote() << "image" << id << "shared with" << member;
    return HttpResponse::json(200, added.toApiJson());
}

HttpResponse MemberService::update(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const QString member = request.param(u"member_id"_s);
    const QString project = projectOf(request);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image || !m_members.member(id, member))
        return openStackError(404, u"%1 is not a member of image %2"_s.arg(member, id));
    if (member != project)
        return openStackError(403, u"Only the member itself can change its status."_s);
    const auto body = parseJsonObject(request.http.body);
    const QString status = body ? body->value(u"status"_s).toString() : QString();
    if (status != u"accepted" && status != u"rejected" && status != u"pending")
        return openStackError(400, u"Status must be one of accepted, rejected, pending."_s);
    const MemberStore::Member changed = m_members.setStatus(id, member, status);
    qCInfo(lcDemo).noquote() << "image" << id << "member" << member << status;
    return HttpResponse::json(200, changed.toApiJson());
}

HttpResponse MemberService::remove(const ApiRequest &request)
{
    const QString id = request.param(u"image_id"_s);
    const QString member = request.param(u"member_id"_s);
    const QString project = projectOf(request);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image || !m_members.member(id, member))
        return openStackError(404, u"%1 is not a member of image %2"_s.arg(member, id));
    if (image->value(u"owner"_s).toString() != project)
        return openStackError(403, u"Only the image's owner can remove members."_s);
    m_members.remove(id, member);
    qCInfo(lcDemo).noquote() << "image" << id << "no longer shared with" << member;
    return HttpResponse::empty(204);
}

} // namespace DemoCloud
