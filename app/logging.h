#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcNet)     // iw.net: every HTTP exchange, redacted
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // iw.auth: token requests and renewals (never the token)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)    // iw.jobs: job monitor, polling, store
Q_DECLARE_LOGGING_CATEGORY(lcSecrets) // iw.secrets: keychain access (never the data)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)    // iw.demo: the local demo cloud child process

namespace Logging {

/// Installs a message handler that scrubs every registered secret from every log line before
/// it is written, as a last line of defence behind the redaction of headers and bodies. The
/// handler stays safe until the process ends (its table is never destroyed): Qt logs from
/// static destructors too, after main() returned.
void installScrubbingHandler();

/// Registers a value (password, token, secret key) that must never appear in a log line.
/// Values shorter than 6 characters (leading and trailing white space not counted) are ignored
/// (scrubbing them would mangle ordinary text; headers and bodies are redacted at the source
/// anyway). Thread-safe.
/// Registrations are counted: forgetSecret() undoes one registerSecret(), and the value is
/// scrubbed until every holder forgot it.
void registerSecret(const QString &value);
void forgetSecret(const QString &value);

/// Replaces every registered secret in `text` with "***". Thread-safe.
QString scrub(QString text);

} // namespace Logging
