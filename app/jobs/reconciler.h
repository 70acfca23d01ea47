#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class CloudSession;
class JobPolls;
class JobRecords;
class RestJob;
struct JobRecord;

/// Looks a create whose outcome is unknown up in the cloud, never by sending it again
/// (interfaces.md §7): IMS and Nova by their marker, Cinder (no marker) by the volume, the image
/// name and the time. Found: the record gets its image(s) and is followed (or ends); not found:
/// its history says so and it still needs attention. Works on records by local id through
/// JobRecords and JobPolls, which the monitor gives it. GUI thread.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)
public:
    /// `records` and `polls` must outlive this object (the monitor owns all three).
    Reconciler(JobRecords &records, JobPolls &polls, QObject *parent = nullptr);

    /// Whether reconcile() can look this job up (needs attention, no cloud ID; IMS or Nova with
    /// a marker, Cinder with its volume and image name).
    static bool canReconcile(const JobRecord &record);
    /// Sends the look-up, unless one about the job is on its way or it has no session.
    void reconcile(const QString &localId);
    /// A create whose outcome is unknown (its answer lost, a 5xx, a reset): looks it up now and
    /// again after 5, 10, 20 s, then every 30 s for 10 minutes, while it still needs attention
    /// and can be looked up (a cloud may carry a create out after the answer was lost). The
    /// headless commands look up themselves (JobWatch says each try); off there.
    void lookUpUntilFound(const QString &localId);
    void setLooksUpByItself(bool on) { m_looksUp = on; }
    /// Whether look-ups of this job are still to come.
    bool isLookingUp(const QString &localId) const { return m_lookUps.contains(localId); }

private:
    void handleReconcileAnswer(const QString &localId, RestJob *job);
    /// Cinder (no marker): the Glance image by the name sent, made after the intent.
    void reconcileCinder(const QString &localId, const JobRecord &record, CloudSession *session);
    void handleCinderImagesAnswer(const QString &localId, RestJob *job);
    void handleCinderVolumeAnswer(const QString &localId, RestJob *job, const QString &imageId);

    void lookUpAgain(const QString &localId);

    JobRecords &m_records;
    JobPolls &m_polls;
    bool m_looksUp = true;
    QHash<QString, int> m_lookUps; // local id -> look-ups sent so far
};
