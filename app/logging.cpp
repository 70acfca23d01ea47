#include "logging.h"

#include <cstdio>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcNet, "iw.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "iw.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "iw.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "iw.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "iw.demo", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QMutex s_mutex;
// Value -> how many holders registered it (guarded by s_mutex): one holder forgetting a value
// never unregisters it for another that still holds the same value.
QHash<QString, int> s_secrets;
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
    ++s_secrets[value];
}

void forgetSecret(const QString &value)
{
    QMutexLocker lock(&s_mutex);
    const auto it = s_secrets.find(value);
    if (it != s_secrets.end() && --it.value() <= 0)
        s_secrets.erase(it);
}

QString scrub(QString text)
{
    QMutexLocker lock(&s_mutex);
    for (auto it = s_secrets.cbegin(); it != s_secrets.cend(); ++it)
        text.replace(it.key(), u"***"_s);
    return text;
}

} // namespace Logging
