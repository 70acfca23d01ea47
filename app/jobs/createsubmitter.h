#pragma once

#include <functional>
#include <map>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include "create/createorder.h"
#include "create/creationmethod.h"
#include "model/novaversion.h"
#include "net/apierror.h"

class CloudSession;
class JobPolls;
class JobRecords;
class RestJob;
class UploadController;
struct JobRecord;
struct PollPolicy;

/// Sends the creates of the four APIs (IMS, Nova, Cinder, Glance) exactly once each: the
/// intent is saved before a byte leaves (after a crash the record says a create may exist, and
/// its marker finds it), then the answer decides: accepted (followed), outcome unknown (needs
/// attention, never re-sent; only a Glance create, whose ID is chosen here, is sent again on no
/// answer), or refused (nothing tracked). Works on records by local id through JobRecords and
/// JobPolls, which the monitor gives it; a Glance create hands over to UploadController. GUI
/// thread.
class CreateSubmitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSubmitter)
public:
    /// `done(error, localId)`, as JobMonitor::submitIms says.
    using DoneCallback = std::function<void(const ApiError &, const QString &localId)>;

    /// Every reference must outlive this object (the monitor owns them all).
    CreateSubmitter(JobRecords &records,
        JobPolls &polls,
        UploadController &uploads,
        const PollPolicy &policy,
        QObject *parent = nullptr);

    void setNovaMicroversionCeiling(NovaMicroversion ceiling) { m_novaCeiling = ceiling; }

    /// Sends `order` by the route of its method: the one value the wizard's review page and
    /// `imagewright submit` both hand over. A method without a route is refused at once
    /// (`done` with an error and no local id, queued on `context`).
    void submit(CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done);

    /// How one method's create is carried out. The four APIs' routes are registered by the
    /// constructor; a new kind of create is a new route (e.g. a part of the monitor that
    /// uploads first), registered once by its owner.
    using Route = std::function<void(
        CloudSession *session, const CreateOrder &order, QObject *context, DoneCallback done)>;
    void setRoute(CreationMethod method, Route route);
    bool hasRoute(CreationMethod method) const { return m_routes.count(method) > 0; }

    // The routes of the four APIs, also called directly by tests and benchmarks.

    void submitIms(CloudSession *session,
        CreationMethod method,
        const QString &name,
        const QString &marker,
        const QJsonObject &body,
        QObject *context,
        DoneCallback done);
    void submitNova(CloudSession *session,
        const QString &serverId,
        const QString &name,
        const QString &marker,
        const QJsonObject &body,
        QObject *context,
        DoneCallback done);
    void submitCinder(CloudSession *session,
        const QString &volumeId,
        const QString &name,
        const QJsonObject &body,
        QObject *context,
        DoneCallback done);
    void submitGlance(CloudSession *session,
        const QString &name,
        const QString &imageId,
        const QJsonObject &body,
        const QString &filePath,
        QObject *context,
        DoneCallback done);

private:
    /// Reads an accepted create's answer into the record; false with a reason if unreadable.
    using AcceptFn = std::function<bool(RestJob *, JobRecord &, QString *why)>;

    /// Saves the intent; its local id, or empty (then `done` was told why, queued on
    /// `context`) when it could not be saved.
    QString writeIntent(CloudSession *session,
        CreationMethod method,
        const QString &name,
        const QString &marker,
        const std::function<void(JobRecord &)> &prepare,
        QObject *context,
        const DoneCallback &done);
    /// Sends a Glance create (the body carries the chosen `id`). A lost answer sends the same
    /// create again (PollPolicy::createResends); a 409 then means an earlier one took effect.
    void sendGlanceCreate(const QString &localId,
        QPointer<CloudSession> session,
        const QJsonObject &body,
        int attempt,
        const DoneCallback &done);
    void handleCreateAnswer(const QString &localId,
        RestJob *job,
        const AcceptFn &accept,
        QPointer<QObject> guard,
        const DoneCallback &done);

    JobRecords &m_records;
    JobPolls &m_polls;
    UploadController &m_uploads;
    const PollPolicy &m_policy;
    NovaMicroversion m_novaCeiling = NovaHighestUnderstood;
    std::map<CreationMethod, Route> m_routes;
};
