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
    /// At once and without a signal (SessionFirstStore keeps its copies here).
    void insert(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    void erase(const QString &key) { m_secrets.remove(key); }

private:
    QHash<QString, QString> m_secrets;
};

/// What a profile's sessions read from: a secret the operator chose to use for this session
/// only (the keychain refused it) comes first, from memory; every other key goes to the
/// keychain behind. Writes and removals go to the keychain, and a removal also forgets the
/// session's copy. The copies are registered with the log scrubber and gone when the app quits.
class SessionFirstStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFirstStore)
public:
    explicit SessionFirstStore(SecretStore *keychain, QObject *parent = nullptr);
    ~SessionFirstStore() override;

    void keepForSession(const QString &key, const QString &secret);
    void forgetSessionCopy(const QString &key);
    bool holdsSessionCopy(const QString &key) const { return m_memory.contains(key); }

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    SecretStore *m_keychain;
    MemoryStore m_memory;
    QHash<QString, QString> m_registered; // what the scrubber was given, to take back
};
Q_DECLARE_METATYPE(SecretError)
