#include "library/actions/shareaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include "cloud/cloudsession.h"
#include "library/imagecalls.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

ApiError unreadable(const QString &why)
{
    return ApiError::make(ApiError::Kind::InvalidResponse, why);
}

/// IMS: one batch request for the whole change, answered with {"job_id"}.
class ImsMemberChangeRun final : public MemberChangeRun
{
public:
    ImsMemberChangeRun(CloudSession *session, MemberChange change, QObject *parent)
        : MemberChangeRun(session, ImageApi::Ims, std::move(change), parent)
    { }

protected:
    void send() override
    {
        const QJsonArray images{m_change.imageId};
        QByteArray method;
        QJsonObject body{{u"images"_s, images}};
        switch (m_change.op) {
        case MemberChange::Op::Add:
            method = "POST";
            body.insert(u"projects"_s, QJsonArray::fromStringList(m_change.projects));
            break;
        case MemberChange::Op::Remove:
            method = "DELETE";
            body.insert(u"projects"_s, QJsonArray::fromStringList(m_change.projects));
            break;
        case MemberChange::Op::Accept:
        case MemberChange::Op::Reject:
            method = "PUT";
            body.insert(u"project_id"_s, m_change.ownProject);
            body.insert(u"status"_s, m_change.status());
            break;
        }
        RestJob *job = ImageCalls::imsMembers(m_session, method, body, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (j->error()) {
                finish(j->error());
                return;
            }
            m_jobId = j->json().object().value(u"job_id"_s).toString();
            finish(m_jobId.isEmpty() ? unreadable(u"the answer has no job_id"_s) : ApiError());
        });
    }
};

/// Glance: one call per member, answered at once; the owner's changes read the list after.
class GlanceMemberChangeRun final : public MemberChangeRun
{
public:
    GlanceMemberChangeRun(CloudSession *session, MemberChange change, QObject *parent)
        : MemberChangeRun(session, ImageApi::Glance, std::move(change), parent)
    { }

protected:
    void send() override
    {
        if (m_change.op == MemberChange::Op::Accept || m_change.op == MemberChange::Op::Reject) {
            RestJob *job = ImageCalls::glanceMemberStatus(
                m_session, m_change.imageId, m_change.ownProject, m_change.status(), this);
            connect(job, &RestJob::finished, this, [this](RestJob *j) {
                if (!j->error()) {
                    if (auto m = ImageMember::fromJson(j->json().object()))
                        m_members = {*m};
                }
                finish(j->error());
            });
            return;
        }
        m_pending = m_change.projects;
        if (m_change.op == MemberChange::Op::Add && m_image
            && m_image->visibility == u"private") {
            // Glance gives members only to images of visibility "shared".
            const QJsonArray ops{QJsonObject{
                {u"op"_s, u"replace"_s}, {u"path"_s, u"/visibility"_s}, {u"value"_s, u"shared"_s}}};
            RestJob *patch =
                ImageCalls::patch(m_session, ImageApi::Glance, m_change.imageId, ops, this);
            connect(patch, &RestJob::finished, this, [this](RestJob *j) {
                if (j->error()) {
                    finish(j->error());
                    return;
                }
                next();
            });
            return;
        }
        next();
    }

private:
    void next()
    {
        if (m_pending.isEmpty()) {
            readList();
            return;
        }
        const QString project = m_pending.takeFirst();
        RestJob *job = m_change.op == MemberChange::Op::Add
            ? ImageCalls::glanceAddMember(m_session, m_change.imageId, project, this)
            : ImageCalls::glanceRemoveMember(m_session, m_change.imageId, project, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (j->error()) {
                finish(j->error());
                return;
            }
            next();
        });
    }

    void readList()
    {
        RestJob *job = ImageCalls::members(m_session, m_change.imageId, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (j->error()) {
                finish(j->error());
                return;
            }
            QString why;
            const auto list = ImageMember::listFromJson(j->json().object(), &why);
            if (!list) {
                finish(unreadable(why));
                return;
            }
            m_members = *list;
            finish({});
        });
    }

    QStringList m_pending;
};

} // namespace

QString ImageMemberKind::key() const
{
    return MemberChange::opKey(m_op);
}

QString ImageMemberKind::title() const
{
    switch (m_op) {
    case MemberChange::Op::Add:
    case MemberChange::Op::Remove:
        return tr("Share Image…");
    case MemberChange::Op::Accept:
        return tr("Accept Shared Image");
    case MemberChange::Op::Reject:
        return tr("Reject Shared Image");
    }
    return {};
}

std::optional<QString> ImageMemberKind::unavailableReason(CloudFamily, ImageApi) const
{
    return std::nullopt; // IMS members or Glance members on every family (interfaces.md §6)
}

MemberChangeRun *MemberChangeRun::create(
    CloudSession *session, ImageApi api, MemberChange change, QObject *parent)
{
    if (api == ImageApi::Ims)
        return new ImsMemberChangeRun(session, std::move(change), parent);
    return new GlanceMemberChangeRun(session, std::move(change), parent);
}

MemberChangeRun::MemberChangeRun(
    CloudSession *session, ImageApi api, MemberChange change, QObject *parent)
    : ImageActionRun(parent)
    , m_session(session)
    , m_api(api)
    , m_change(std::move(change))
{ }

void MemberChangeRun::start()
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    RestJob *job = ImageCalls::show(m_session, m_api, m_change.imageId, this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            finish(j->error());
            return;
        }
        // Known once the session has signed in (the show request made sure of it).
        if (m_change.ownProject.isEmpty() && m_session)
            m_change.ownProject = m_session->projectId();
        QString why;
        m_image = ImageCalls::shownImage(m_api, j, &why);
        if (!m_image) {
            ApiError e = ApiError::make(ApiError::Kind::Http, why);
            e.httpStatus = 404; // IMS answers an unknown id with an empty list
            finish(e);
            return;
        }
        m_refusals = m_change.checkAgainst(m_api, *m_image);
        if (!m_refusals.isEmpty()) {
            finish(ApiError::make(ApiError::Kind::Http, m_refusals.join(u' ')));
            return;
        }
        send();
    });
}

MemberListRun::MemberListRun(CloudSession *session, QString imageId, QObject *parent)
    : ImageActionRun(parent)
    , m_session(session)
    , m_imageId(std::move(imageId))
{ }

void MemberListRun::start()
{
    if (!m_session) {
        finish(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    RestJob *job = ImageCalls::members(m_session, m_imageId, this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        if (j->error()) {
            finish(j->error());
            return;
        }
        QString why;
        const auto list = ImageMember::listFromJson(j->json().object(), &why);
        if (!list) {
            finish(unreadable(why));
            return;
        }
        m_members = *list;
        finish({});
    });
}
