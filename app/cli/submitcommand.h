#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "cloud/cloudprofile.h"
#include "create/requestfile.h"
#include "net/apierror.h"

class AppCore;
class CloudSession;
class InterruptWatcher;
class JobWatch;
struct CreateOrder;
class LocalFileUpload;

/// `imagewright submit REQUEST.json [--profile NAME] [--wait] [--timeout SECONDS]
/// [--family huawei|otc|fjcloud|openstack]` (interfaces.md §3): sends one request file through
/// the same JobMonitor (and job store) as the GUI, under a QCoreApplication. Machine lines on
/// stdout (job_id=, status=, image_id=; never translated), messages on stderr in the UI
/// language. Exit codes: see ExitCode.
class SubmitCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitCommand)
public:
    enum ExitCode
    {
        Succeeded = 0,        // accepted (without --wait) or finished with images
        CloudRefused = 1,     // a 4xx at submit (IMG.0008, ...) or the job failed (IMS FAIL)
        InvalidRequest = 2,   // the request file or the command line; nothing was sent
        AuthOrConnection = 3, // authentication, connection, TLS, keychain
        OutcomeUnknown = 4,   // needs attention, or --timeout reached while it still runs
        Interrupted = 130,    // SIGINT
    };

    struct Options
    {
        QString requestPath;
        QString profile; // name or id; empty: the OS_* environment
        bool wait = false;
        int timeoutSeconds = 0; // with --wait: how long to wait for the job; 0: no limit
        std::optional<CloudFamily> family;
        int partSizeMiB = 0; // ims-local-file: the multipart part size; 0: automatic
        int parallel = 4;    // ims-local-file: parts in flight
    };

    /// Parses the arguments after the program name ("submit", the file, options). On an error
    /// fills `error` (translated) and returns nullopt; `helpShown` is set for --help.
    static std::optional<Options> parseArguments(
        const QStringList &arguments, QString *error, bool *helpShown = nullptr);

    /// Runs the command in the current QCoreApplication and returns the exit code. Call after
    /// AppCore::setApplicationIdentity() and after the translator is installed.
    static int run(const QStringList &arguments);

    explicit SubmitCommand(Options options, QObject *parent = nullptr);
    ~SubmitCommand() override;

private:
    void start();
    void resolveCredentials();
    void connected(const ApiError &error);
    void sendCreate();
    /// The Glance create's checks against the cloud's flavour and its upload reports; false
    /// when the file does not meet the cloud's rules (then finished, nothing sent).
    bool prepareGlance();
    void sendLocalFile(const CreateOrder &order);
    void reportUpload();
    void uploadEnded(const ApiError &error);
    void handleAnswer(const ApiError &error, const QString &localId);
    /// The job is filed under the environment's own id: its cloud's connection data (never a
    /// secret) is kept, so the GUI can offer a saved profile that follows it.
    void rememberEnvironment();
    void followJob();
    void handleTimeout();
    void handleInterrupt();
    void finish(int code);
    bool installInterruptHandler();

    /// A failure on this computer (a file, the job history), not the cloud's.
    static bool isLocal(const ApiError &error);

    Options m_options;
    std::optional<RequestFile> m_request;
    std::unique_ptr<AppCore> m_core;
    QPointer<CloudSession> m_session;
    CloudProfile m_profile;
    std::optional<CloudProfile> m_environment; // CommandLineCloud::Result::environment
    CloudFamily m_family = CloudFamily::OpenStack;
    QString m_localId;
    std::unique_ptr<JobWatch> m_watch; // with --wait, once the job is known
    std::unique_ptr<LocalFileUpload> m_localUpload; // ims-local-file: its upload phase
    QTimer m_timeout;
    QElapsedTimer m_uploadReported;
    int m_lastUploadPercent = -100;
    bool m_reconciled = false;
    InterruptWatcher *m_interrupt = nullptr;
    bool m_finished = false;
};
