#pragma once

// Runs the built `imagewright` executable as a child process (its headless commands) and reads
// its stdout machine lines; the OS_* environment for the demo cloud in a private home.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not end in time
    QString out;
    QString err;

    /// The values of the stdout lines that start with `prefix` ("image_id=").
    QStringList lines(const QString &prefix) const
    {
        QStringList found;
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(prefix))
                found << line.mid(prefix.size());
        }
        return found;
    }
};

/// `executable arguments...` with `env`, at most `timeoutMs`; what it printed is appended to
/// `logName` in the temp folder, where the suite's canary check (tests/canary) reads it.
inline CliRun runCli(const QString &executable,
    const QStringList &arguments,
    const QProcessEnvironment &env,
    int timeoutMs,
    const QString &logName)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(executable, arguments);
    CliRun r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = QStringLiteral("imagewright %1 did not end in time").arg(arguments.value(0));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    QFile log(QDir::temp().filePath(logName));
    if (log.open(QIODevice::Append)) {
        log.write(QStringLiteral("$ imagewright %1\n").arg(arguments.join(u' ')).toUtf8());
        log.write(r.out.toUtf8() + r.err.toUtf8());
    }
    return r;
}

/// A private home (XDG folders under `home`) and, with an auth URL, the OS_* variables of the
/// demo cloud's account; every OS_* variable of the caller removed.
inline QProcessEnvironment demoCliEnvironment(
    const QString &home, const QUrl &authUrl = {}, const QString &password = QStringLiteral("demo"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (authUrl.isEmpty())
        return env;
    env.insert(QStringLiteral("OS_AUTH_URL"), authUrl.toString());
    env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("demo"));
    env.insert(QStringLiteral("OS_PASSWORD"), password);
    env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("demo"));
    env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
    env.insert(QStringLiteral("OS_PROJECT_DOMAIN_ID"), QStringLiteral("default"));
    env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("demo-1"));
    env.insert(QStringLiteral("OS_INTERFACE"), QStringLiteral("public"));
    return env;
}
