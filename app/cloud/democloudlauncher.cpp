#include "cloud/democloudlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "iwversion.h"
#include "logging.h"

using namespace Qt::StringLiterals;

DemoCloudLauncher::DemoCloudLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_startTimeout.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    // These connections stay for the launcher's whole life: a failed start or a stop never
    // takes them away, so the next start is heard.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoCloudLauncher::handleStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QList<QByteArray> lines = m_process.readAllStandardError().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                qCDebug(lcDemo).noquote() << QString::fromUtf8(line);
        }
    });
    connect(&m_process, &QProcess::finished, this, &DemoCloudLauncher::handleFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // a crash or a kill ends in handleFinished
        m_startTimeout.stop();
        if (m_stopping) { // stopped while it was still starting
            endStop();
            return;
        }
        //: %1 = path of the demo cloud program
        Q_EMIT failed(tr("The demo cloud could not be started (%1).").arg(program()));
    });
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_authUrl.isEmpty() && !m_stopping) {
            stop();
            Q_EMIT failed(tr("The demo cloud did not start in time."));
        }
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        qCWarning(lcDemo) << "demo cloud did not end after SIGTERM; killing it";
        m_process.kill(); // ends in handleFinished
    });
}

DemoCloudLauncher::~DemoCloudLauncher()
{
    // The app's exit: no demo cloud may outlive it, and a bounded wait is acceptable here
    // (never from the menu, which uses stop()).
    m_startTimeout.stop();
    m_killTimer.stop();
    m_process.disconnect(this); // nothing is reported from a launcher being destroyed
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(int(m_stopGraceMs.count()))) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString DemoCloudLauncher::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    // A build tree (and a Windows or macOS bundle) has it next to the executable; an installed
    // app in libexec/imagewright/ beside bin/. findExecutable() adds ".exe" where needed.
    const QString name = u"imagewright-democloud"_s;
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList dirs{
        appDir.path(), QDir::cleanPath(appDir.filePath(QStringLiteral(IW_DEMOCLOUD_RELATIVE_DIR)))};
    const QString found = QStandardPaths::findExecutable(name, dirs);
    return found.isEmpty() ? appDir.filePath(name) : found;
}

void DemoCloudLauncher::start()
{
    if (m_stopping) {
        m_startAfterStop = true; // once the old child has ended
        return;
    }
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_startAfterStop = false;
    m_stdout.clear();
    m_authUrl.clear();
    QStringList args{u"--port"_s, u"0"_s};
    if (!m_stateDir.isEmpty()) {
        QDir().mkpath(m_stateDir);
        args << u"--state-dir"_s << m_stateDir;
    }
    args << m_extraArgs;
    qCInfo(lcDemo) << "starting" << program() << args;
    m_startTimeout.start(m_startTimeoutMs);
    m_process.start(program(), args);
}

void DemoCloudLauncher::stop()
{
    m_startTimeout.stop();
    m_startAfterStop = false;
    if (m_process.state() == QProcess::NotRunning || m_stopping)
        return;
    m_stopping = true;
    m_authUrl.clear();
    m_process.terminate();
    m_killTimer.start(m_stopGraceMs);
}

void DemoCloudLauncher::endStop()
{
    m_killTimer.stop();
    m_stopping = false;
    qCInfo(lcDemo) << "demo cloud stopped";
    Q_EMIT stopped();
    if (m_startAfterStop)
        start();
}

bool DemoCloudLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running && !m_authUrl.isEmpty() && !m_stopping;
}

void DemoCloudLauncher::handleStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_authUrl.isEmpty() || m_stopping)
        return;
    const qsizetype eol = m_stdout.indexOf('\n');
    if (eol < 0)
        return;
    // interfaces.md §5: the first stdout line is exactly the auth URL.
    const QUrl url(QString::fromUtf8(m_stdout.left(eol).trimmed()));
    m_startTimeout.stop();
    if (!url.isValid() || url.host() != u"127.0.0.1"_s) {
        stop();
        Q_EMIT failed(tr("The demo cloud printed an unexpected first line."));
        return;
    }
    m_authUrl = url;
    qCInfo(lcDemo) << "demo cloud ready at" << url.toString();
    Q_EMIT started(url);
}

void DemoCloudLauncher::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimeout.stop();
    if (m_stopping) {
        endStop();
        return;
    }
    const bool wasReady = !m_authUrl.isEmpty();
    m_authUrl.clear();
    qCWarning(lcDemo) << "demo cloud ended, exit code" << exitCode << "status" << int(status);
    if (wasReady)
        Q_EMIT failed(tr("The demo cloud stopped unexpectedly."));
    else
        //: %1 = exit code
        Q_EMIT failed(tr("The demo cloud could not start (exit code %1).").arg(exitCode));
}
