#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

/// Which secret of a profile: one keychain entry per profile and kind.
enum class SecretKind
{
    Password,
    ApplicationCredentialSecret,
    SecretKey,
    SecurityToken // temporary AK/SK only
};

/// Why a secret could not be read or written.
enum class SecretError
{
    None,
    NotFound,    // nothing stored under this key: ask the operator
    Cancelled,   // the operator refused access in the keychain's own prompt
    Unavailable, // no keychain (no Secret Service, locked, hung): offer "this session only"
};

/// Where secrets live: the OS keychain (KeychainStore) or, for "this session only" and for tests,
/// memory (MemoryStore). Asynchronous: every call ends in exactly one signal, later, from the event
/// loop. Keys are "profile/<profile id>/<kind>". Never a plaintext fallback. GUI thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    static QString keyFor(const QString &profileId, SecretKind kind);

    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    void readDone(const QString &key, const QString &secret); // empty secret: not stored
    void writeDone(const QString &key);
    void removeDone(const QString &key);
    void failed(const QString &key, SecretError error, const QString &detail);
};

/// Secrets in this process's memory only: the "use for this session only" choice and tests.
class MemoryStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryStore)
public:
    using SecretStore::SecretStore;
    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;
    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};
Q_DECLARE_METATYPE(SecretError)
