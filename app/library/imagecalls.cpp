#include "library/imagecalls.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "cloud/cloudsession.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

RestJob *send(CloudSession *session,
    const QByteArray &method,
    RequestKind kind,
    const QString &path,
    const QUrlQuery &query,
    const QByteArray &body,
    const QByteArray &contentType,
    QObject *parent)
{
    RestRequest r;
    r.method = method;
    r.kind = kind;
    r.auth = session->authProvider();
    r.body = body;
    r.contentType = contentType;
    r.missingService = u"image"_s;
    // The endpoint and the project are known once a token (or the AK/SK project) is there.
    r.resolveUrl = [session, path, query]() -> std::optional<QUrl> {
        const auto base = session->imageEndpoint();
        if (!base)
            return std::nullopt;
        QUrl url = *base;
        QString p = url.path();
        while (p.endsWith(u'/'))
            p.chop(1);
        QString tail = path;
        tail.replace(u"{project_id}"_s, session->projectId());
        url.setPath(p + tail);
        url.setQuery(query.isEmpty() ? QString() : query.toString(QUrl::FullyEncoded));
        return url;
    };
    RestJob *job = session->client()->create(r, parent);
    job->start();
    return job;
}

} // namespace

RestJob *ImageCalls::list(
    CloudSession *session, const QString &path, const QUrlQuery &query, QObject *parent)
{
    return send(session, "GET", RequestKind::Query, path, query, {}, "application/json", parent);
}

RestJob *ImageCalls::show(
    CloudSession *session, ImageApi api, const QString &imageId, QObject *parent)
{
    if (api == ImageApi::Ims) {
        QUrlQuery q;
        q.addQueryItem(u"id"_s, imageId);
        return list(session, u"/v2/cloudimages"_s, q, parent);
    }
    return send(session,
        "GET",
        RequestKind::Query,
        u"/v2/images/"_s + imageId,
        {},
        {},
        "application/json",
        parent);
}

std::optional<LibraryImage> ImageCalls::shownImage(ImageApi api, RestJob *job, QString *why)
{
    const QJsonObject o = job->json().object();
    if (api == ImageApi::Glance)
        return LibraryImage::fromJson(o, why);
    const auto page = LibraryImagePage::fromJson(o, why);
    if (!page)
        return std::nullopt;
    if (page->images.isEmpty()) {
        if (why)
            *why = u"no such image"_s;
        return std::nullopt;
    }
    return page->images.constFirst();
}

RestJob *ImageCalls::patch(CloudSession *session,
    ImageApi api,
    const QString &imageId,
    const QJsonArray &operations,
    QObject *parent)
{
    const QByteArray body = QJsonDocument(operations).toJson(QJsonDocument::Compact);
    if (api == ImageApi::Ims)
        return send(session,
            "PATCH",
            RequestKind::Create,
            u"/v2/cloudimages/"_s + imageId,
            {},
            body,
            "application/json",
            parent);
    return send(session,
        "PATCH",
        RequestKind::Create,
        u"/v2/images/"_s + imageId,
        {},
        body,
        "application/openstack-images-v2.1-json-patch",
        parent);
}

RestJob *ImageCalls::imsTags(CloudSession *session,
    const QString &imageId,
    const QString &action,
    const QJsonArray &tags,
    QObject *parent)
{
    const QJsonObject body{{u"action"_s, action}, {u"tags"_s, tags}};
    return send(session,
        "POST",
        RequestKind::Delete, // idempotent, so repeatable like a delete
        u"/v2/{project_id}/images/%1/tags/action"_s.arg(imageId),
        {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        "application/json",
        parent);
}

RestJob *ImageCalls::remove(CloudSession *session,
    const QString &imageId,
    std::optional<bool> deleteBackup,
    QObject *parent)
{
    QByteArray body;
    if (deleteBackup)
        body = QJsonDocument(QJsonObject{{u"delete_backup"_s, *deleteBackup}})
                   .toJson(QJsonDocument::Compact);
    return send(session,
        "DELETE",
        RequestKind::Delete,
        u"/v2/images/"_s + imageId,
        {},
        body,
        "application/json",
        parent);
}

RestJob *ImageCalls::members(CloudSession *session, const QString &imageId, QObject *parent)
{
    return send(session,
        "GET",
        RequestKind::Query,
        u"/v2/images/%1/members"_s.arg(imageId),
        {},
        {},
        "application/json",
        parent);
}

RestJob *ImageCalls::imsMembers(
    CloudSession *session, const QByteArray &method, const QJsonObject &body, QObject *parent)
{
    return send(session,
        method,
        RequestKind::Create, // it starts a job: never sent twice by itself
        u"/v1/cloudimages/members"_s,
        {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        "application/json",
        parent);
}

RestJob *ImageCalls::imsImageJob(
    CloudSession *session, const QString &path, const QJsonObject &body, QObject *parent)
{
    return send(session,
        "POST",
        RequestKind::Create, // it starts a job: never sent twice by itself
        path,
        {},
        QJsonDocument(body).toJson(QJsonDocument::Compact),
        "application/json",
        parent);
}

RestJob *ImageCalls::glanceAddMember(
    CloudSession *session, const QString &imageId, const QString &project, QObject *parent)
{
    return send(session,
        "POST",
        RequestKind::Create,
        u"/v2/images/%1/members"_s.arg(imageId),
        {},
        QJsonDocument(QJsonObject{{u"member"_s, project}}).toJson(QJsonDocument::Compact),
        "application/json",
        parent);
}

RestJob *ImageCalls::glanceMemberStatus(CloudSession *session,
    const QString &imageId,
    const QString &member,
    const QString &status,
    QObject *parent)
{
    return send(session,
        "PUT",
        RequestKind::Delete, // idempotent: the same status again changes nothing
        u"/v2/images/%1/members/%2"_s.arg(imageId, member),
        {},
        QJsonDocument(QJsonObject{{u"status"_s, status}}).toJson(QJsonDocument::Compact),
        "application/json",
        parent);
}

RestJob *ImageCalls::glanceRemoveMember(
    CloudSession *session, const QString &imageId, const QString &member, QObject *parent)
{
    return send(session,
        "DELETE",
        RequestKind::Delete,
        u"/v2/images/%1/members/%2"_s.arg(imageId, member),
        {},
        {},
        "application/json",
        parent);
}
