#pragma once

#include <chrono>

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

/// Starts the bundled demo cloud (imagewright-democloud, next to the app's executable or, once
/// installed, in libexec/imagewright/) as a child process and reports its auth URL, read from the first line it prints. It can be
/// started again after a failed start or a stop. stop() never blocks: it asks the child to end
/// and kills it if it has not ended after a grace period; stopped() says when it is gone. The
/// destructor (the app's exit) waits a bounded time, so no demo cloud outlives the app.
/// GUI thread.
class DemoCloudLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCloudLauncher)
public:
    explicit DemoCloudLauncher(QObject *parent = nullptr);
    ~DemoCloudLauncher() override;

    /// The executable: the app's own folder, then ../libexec/imagewright/ from it, unless set.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const;
    void setStateDir(const QString &dir) { m_stateDir = dir; }
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }
    /// How long a start may take before it counts as failed (default 15 s).
    void setStartTimeout(std::chrono::milliseconds timeout) { m_startTimeoutMs = timeout; }
    /// How long stop() lets the child end after SIGTERM before killing it (default 3 s).
    void setStopGrace(std::chrono::milliseconds grace) { m_stopGraceMs = grace; }

    /// Starts the child unless one runs or starts already. While a stop is under way, the
    /// start follows once the old child has ended.
    void start();
    /// Asks the child to end (terminate, then kill after the grace period) and returns at
    /// once; stopped() follows when it has ended. Nothing happens when no child runs.
    void stop();
    /// The child is up and has told its auth URL.
    bool isRunning() const;
    /// A child process exists (starting, running or being stopped).
    bool hasProcess() const { return m_process.state() != QProcess::NotRunning; }
    bool isStopping() const { return m_stopping; }
    qint64 processId() const { return m_process.processId(); }
    QUrl authUrl() const { return m_authUrl; }

Q_SIGNALS:
    void started(const QUrl &authUrl);
    void failed(const QString &message); // translated
    /// A child that stop() was asked to end has ended.
    void stopped();

private:
    void handleStdout();
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void endStop();

    QProcess m_process;
    QTimer m_startTimeout;
    QTimer m_killTimer;
    QString m_program;
    QString m_stateDir;
    QStringList m_extraArgs;
    QByteArray m_stdout;
    QUrl m_authUrl;
    std::chrono::milliseconds m_startTimeoutMs{15000};
    std::chrono::milliseconds m_stopGraceMs{3000};
    bool m_stopping = false;
    bool m_startAfterStop = false;
};
