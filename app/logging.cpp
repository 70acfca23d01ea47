#include "logging.h"

#include <cstdio>

#include <QMutex>
#include <QMutexLocker>
#include <QSet>

Q_LOGGING_CATEGORY(lcNet, "iw.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "iw.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "iw.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "iw.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "iw.demo", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QMutex s_mutex;
QSet<QString> s_secrets; // guarded by s_mutex
QtMessageHandler s_previous = nullptr;

void scrubbingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Logging::scrub(message);
    if (s_previous) {
        s_previous(type, context, clean);
        return;
    }
    const QByteArray line = qFormatLogMessage(type, context, clean).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

} // namespace

namespace Logging {

void installScrubbingHandler()
{
    QMutexLocker lock(&s_mutex);
    QtMessageHandler previous = qInstallMessageHandler(scrubbingHandler);
    if (previous != scrubbingHandler)
        s_previous = previous;
}

void registerSecret(const QString &value)
{
    if (value.size() < 6)
        return;
    QMutexLocker lock(&s_mutex);
    s_secrets.insert(value);
}

void forgetSecret(const QString &value)
{
    QMutexLocker lock(&s_mutex);
    s_secrets.remove(value);
}

QString scrub(QString text)
{
    QMutexLocker lock(&s_mutex);
    for (const QString &secret : std::as_const(s_secrets))
        text.replace(secret, u"***"_s);
    return text;
}

} // namespace Logging
