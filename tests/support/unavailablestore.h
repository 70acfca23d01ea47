#pragma once

#include <QMetaObject>
#include <QString>

#include "secrets/secretstore.h"

/// A keychain that is not there (no Secret Service): every read, write and removal fails, later,
/// as SecretError::Unavailable with the detail "no Secret Service". Header only: the support
/// library does not link the core, the tests do.
class UnavailableStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &key) override { fail(key); }
    void write(const QString &key, const QString &) override { fail(key); }
    void remove(const QString &key) override { fail(key); }

private:
    void fail(const QString &key)
    {
        QMetaObject::invokeMethod(
            this,
            [this, key] {
                Q_EMIT failed(key, SecretError::Unavailable, QStringLiteral("no Secret Service"));
            },
            Qt::QueuedConnection);
    }
};
