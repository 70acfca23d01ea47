#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "cloud/cloudprofile.h"
#include "library/imagemembers.h"
#include "net/apierror.h"

class ActionJobFollow;
class AppCore;
struct JobRecord;
class CloudSession;
class InterruptWatcher;
class QTimer;

/// `imagewright images share|unshare|members|accept|reject ...` (docs/library.md "Sharing"):
/// an image's members headless. IMS changes run as IMS jobs: the job goes into the monitor's
/// store (`job_id=` on stdout) and `--wait` follows it to its end; Glance answers at once.
/// Stdout lines: `image_id=`, `job_id=` (IMS), `status=succeeded|failed|running`, and
/// `member=<project> status=<status>` per member (Glance; `members`). Exit codes as
/// ImagesCommand's (interfaces.md §3); `--timeout` reached while the job runs: 4.
class ImagesMembersCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesMembersCommand)
public:
    enum class Action
    {
        Share,
        Unshare,
        Members,
        Accept,
        Reject
    };
    struct Options
    {
        Action action = Action::Members;
        QString profile;
        std::optional<ImageApi> api;
        QString imageId;
        QStringList projects;
        bool json = false;
        bool wait = false;
        int timeoutSeconds = 0; // 0: none
    };

    /// The actions this command serves ("share", ...).
    static bool handles(const QString &action);
    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, QString *help);
    static int run(const QStringList &arguments);

    explicit ImagesMembersCommand(Options options, QObject *parent = nullptr);
    ~ImagesMembersCommand() override;

private:
    void start();
    void connected(const ApiError &error);
    void listMembers();
    void change();
    void follow(const QString &localId);
    void jobEnded(const JobRecord &record);
    void reportError(const ApiError &error);
    void finish(int code);

    Options m_options;
    std::unique_ptr<AppCore> m_core;
    QPointer<CloudSession> m_session;
    CloudProfile m_profile;
    ImageApi m_api = ImageApi::Glance;
    InterruptWatcher *m_interrupt = nullptr;
    std::unique_ptr<ActionJobFollow> m_follow; // --wait: the job followed to its end
    bool m_finished = false;
};
