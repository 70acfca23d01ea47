#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "jobs/jobrecord.h"
#include "net/apierror.h"

class AppCore;
class CloudSession;
class InterruptWatcher;
class JobWatch;
class LocalFileUpload;

/// `imagewright watch ID [--timeout S]` (interfaces.md §3): follows one job of
/// the job store to its end, named by its local id, its cloud job id, its marker or one of its
/// image ids. A job whose outcome is unknown (needs attention: a `submit` killed before the
/// cloud's answer, an answer lost) is first looked up by its marker; a job no longer watched
/// is watched again. The same stdout lines and exit codes as `submit --wait`
/// (SubmitCommand::ExitCode); only this job is polled, every other stays with its owner.
/// Credentials: the job's saved profile (its secret from the keychain), or for a job submitted
/// with the OpenStack environment the same OS_* variables.
class WatchCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)
public:
    struct Options
    {
        QString id;
        int timeoutSeconds = 0;
    };

    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, bool *helpShown = nullptr);
    /// Runs the command in the current QCoreApplication and returns the exit code.
    static int run(const QStringList &arguments);
    /// The jobs of `records` that `id` names (local id, cloud job id, marker, image id).
    static QList<JobRecord> matching(const QList<JobRecord> &records, const QString &id);

    explicit WatchCommand(Options options, QObject *parent = nullptr);
    ~WatchCommand() override;

private:
    void start();
    bool useSession();
    void connected(const ApiError &error);
    void handleTimeout();
    void handleInterrupt();
    void finish(int code);


    Options m_options;
    std::unique_ptr<AppCore> m_core;
    JobRecord m_record;
    QPointer<CloudSession> m_session;
    std::unique_ptr<JobWatch> m_watch;
    std::unique_ptr<LocalFileUpload> m_localUpload; // ims-local-file: its upload, resumed here
    QTimer m_timeout;
    InterruptWatcher *m_interrupt = nullptr;
    bool m_finished = false;
};
