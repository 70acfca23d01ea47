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

/// The registered secrets. Allocated once and intentionally never destroyed: Qt still logs
/// after main() returns (plugin unloading under `*.debug=true`, from static destructors), and
/// a static table destroyed before those lines made the handler lock a dead mutex and walk a
/// freed hash (SIGSEGV instead of the command's exit code).
struct SecretTable
{
    QMutex mutex;
    // Value -> how many holders registered it (guarded by mutex): one holder forgetting a value
    // never unregisters it for another that still holds the same value.
    QHash<QString, int> values;
};

SecretTable &secretTable()
{
    static SecretTable *const table = new SecretTable; // never deleted, see above
    return *table;
}

// Values shorter than this are never registered (scrubbing them would mangle ordinary text).
constexpr qsizetype MinimumSecretLength = 6;

QtMessageHandler s_previous = nullptr; // a plain pointer: nothing to destroy at exit

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
    SecretTable &table = secretTable();
    QMutexLocker lock(&table.mutex);
    QtMessageHandler previous = qInstallMessageHandler(scrubbingHandler);
    if (previous != scrubbingHandler)
        s_previous = previous;
}

void registerSecret(const QString &value)
{
    if (value.trimmed().size() < MinimumSecretLength)
        return; // never an empty or short value: it would replace ordinary text everywhere
    SecretTable &table = secretTable();
    QMutexLocker lock(&table.mutex);
    ++table.values[value];
}

void forgetSecret(const QString &value)
{
    SecretTable &table = secretTable();
    QMutexLocker lock(&table.mutex);
    const auto it = table.values.find(value);
    if (it != table.values.end() && --it.value() <= 0)
        table.values.erase(it);
}

QString scrub(QString text)
{
    SecretTable &table = secretTable();
    QMutexLocker lock(&table.mutex);
    for (auto it = table.values.cbegin(); it != table.values.cend(); ++it)
        text.replace(it.key(), u"***"_s);
    return text;
}

} // namespace Logging
