#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include "library/libraryimage.h"

class CloudSession;
class QObject;
class RestJob;

/// The image library's requests on a session's "image" endpoint: one place for their paths,
/// methods, request kinds and content types. IMS: "Querying Images" `GET /v2/cloudimages`,
/// "Updating an Image" `PATCH /v2/cloudimages/{id}` (a JSON array of {op, path, value}), the
/// tag batch `POST /v2/{project_id}/images/{id}/tags/action`, and the native delete
/// `DELETE /v2/images/{id}` with `{"delete_backup": bool}`. Glance v2: `GET /v2/images`,
/// `PATCH /v2/images/{id}` (application/openstack-images-v2.1-json-patch),
/// `DELETE /v2/images/{id}`. Every job is already started; it authenticates first when needed.
namespace ImageCalls {

/// One page: `path` is "/v2/cloudimages" or "/v2/images" (or the path of a Glance next link).
RestJob *list(CloudSession *session, const QString &path, const QUrlQuery &query, QObject *parent);
/// One image: IMS `GET /v2/cloudimages?id=ID` (its list answer), Glance `GET /v2/images/ID`.
RestJob *show(CloudSession *session, ImageApi api, const QString &imageId, QObject *parent);
/// The image of a finished show() job; nullopt with a reason (not translated) otherwise.
std::optional<LibraryImage> shownImage(ImageApi api, RestJob *job, QString *why);
/// A JSON patch. Never re-sent on its own once it may have arrived (RequestKind::Create).
RestJob *patch(CloudSession *session,
    ImageApi api,
    const QString &imageId,
    const QJsonArray &operations,
    QObject *parent);
/// IMS tags in a batch: `action` "create" (add or overwrite) or "delete"; `tags` of
/// {"key", "value"}. Idempotent by the API's word.
RestJob *imsTags(CloudSession *session,
    const QString &imageId,
    const QString &action,
    const QJsonArray &tags,
    QObject *parent);
/// `DELETE /v2/images/{id}`; IMS with `{"delete_backup": ...}` when `deleteBackup` is set.
RestJob *remove(CloudSession *session,
    const QString &imageId,
    std::optional<bool> deleteBackup,
    QObject *parent);

/// Members of an image: `GET /v2/images/{id}/members` (IMS's native OpenStack API and Glance).
RestJob *members(CloudSession *session, const QString &imageId, QObject *parent);
/// IMS batch members (docs/library.md "Sharing"): `method` POST (add: {"images", "projects"}),
/// DELETE (remove: the same body) or PUT (accept/reject: {"images", "project_id", "status"});
/// the answer is {"job_id"}: an asynchronous IMS job. Never re-sent on its own.
RestJob *imsMembers(
    CloudSession *session, const QByteArray &method, const QJsonObject &body, QObject *parent);
/// An IMS image action that runs as an asynchronous job (docs/library.md "Copy and export"):
/// `POST path` with `body`, e.g. "/v1/cloudimages/{id}/copy"; the answer is {"job_id"}. Never
/// re-sent on its own.
RestJob *imsImageJob(
    CloudSession *session, const QString &path, const QJsonObject &body, QObject *parent);
/// Glance `POST /v2/images/{id}/members` {"member": project}: the member, pending.
RestJob *glanceAddMember(
    CloudSession *session, const QString &imageId, const QString &project, QObject *parent);
/// Glance `PUT /v2/images/{id}/members/{member}` {"status": ...} (the member project's call).
RestJob *glanceMemberStatus(CloudSession *session,
    const QString &imageId,
    const QString &member,
    const QString &status,
    QObject *parent);
/// Glance `DELETE /v2/images/{id}/members/{member}`.
RestJob *glanceRemoveMember(
    CloudSession *session, const QString &imageId, const QString &member, QObject *parent);

} // namespace ImageCalls
