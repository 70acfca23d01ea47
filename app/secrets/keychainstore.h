#pragma once

#include <chrono>

#include "secrets/secretstore.h"

/// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows), service "Imagewright". Every job has a watchdog, because a keychain can
/// hang on a prompt nobody sees; a late answer is then ignored. insecureFallback is always off.
/// QtKeychain 0.13 on Linux reports a missing Secret Service as OtherError, not
/// NoBackendAvailable: anything but NoError/EntryNotFound/AccessDenied is "unavailable".
class KeychainStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainStore)
public:
    explicit KeychainStore(QObject *parent = nullptr);

    static QString serviceName();
    void setWatchdog(std::chrono::milliseconds timeout) { m_watchdog = timeout; }

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    std::chrono::milliseconds m_watchdog{20000};
};
