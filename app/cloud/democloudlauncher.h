#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

/// Starts the bundled demo cloud (imagewright-democloud, next to the app's executable) as a
/// child process and reports its auth URL, read from the first line it prints. The child is
/// stopped when the launcher is destroyed. GUI thread.
class DemoCloudLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCloudLauncher)
public:
    explicit DemoCloudLauncher(QObject *parent = nullptr);
    ~DemoCloudLauncher() override;

    /// Where the executable is looked for: the app's own folder unless set.
    void setProgram(const QString &path) { m_program = path; }
    QString program() const;
    void setStateDir(const QString &dir) { m_stateDir = dir; }
    void setExtraArguments(const QStringList &args) { m_extraArgs = args; }

    void start();
    void stop();
    bool isRunning() const;
    QUrl authUrl() const { return m_authUrl; }

Q_SIGNALS:
    void started(const QUrl &authUrl);
    void failed(const QString &message); // translated

private:
    void handleStdout();
    void handleFinished(int exitCode, QProcess::ExitStatus status);

    QProcess m_process;
    QTimer m_startTimeout;
    QString m_program;
    QString m_stateDir;
    QStringList m_extraArgs;
    QByteArray m_stdout;
    QUrl m_authUrl;
};
