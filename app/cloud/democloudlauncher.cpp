#include "cloud/democloudlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "logging.h"

using namespace Qt::StringLiterals;

DemoCloudLauncher::DemoCloudLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_startTimeout.setSingleShot(true);
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
        if (e == QProcess::FailedToStart) {
            m_startTimeout.stop();
            //: %1 = path of the demo cloud program
            Q_EMIT failed(tr("The demo cloud could not be started (%1).").arg(program()));
        }
    });
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_authUrl.isEmpty()) {
            stop();
            Q_EMIT failed(tr("The demo cloud did not start in time."));
        }
    });
}

DemoCloudLauncher::~DemoCloudLauncher()
{
    stop();
}

QString DemoCloudLauncher::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"imagewright-democloud"_s);
}

void DemoCloudLauncher::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_stdout.clear();
    m_authUrl.clear();
    QStringList args{u"--port"_s, u"0"_s};
    if (!m_stateDir.isEmpty()) {
        QDir().mkpath(m_stateDir);
        args << u"--state-dir"_s << m_stateDir;
    }
    args << m_extraArgs;
    qCInfo(lcDemo) << "starting" << program() << args;
    m_startTimeout.start(15000);
    m_process.start(program(), args);
}

void DemoCloudLauncher::stop()
{
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool DemoCloudLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running && !m_authUrl.isEmpty();
}

void DemoCloudLauncher::handleStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_authUrl.isEmpty())
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
    const bool wasReady = !m_authUrl.isEmpty();
    m_authUrl.clear();
    qCWarning(lcDemo) << "demo cloud ended, exit code" << exitCode << "status" << int(status);
    if (wasReady)
        Q_EMIT failed(tr("The demo cloud stopped unexpectedly."));
    else
        //: %1 = exit code
        Q_EMIT failed(tr("The demo cloud could not start (exit code %1).").arg(exitCode));
}
