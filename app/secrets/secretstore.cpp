#include "secrets/secretstore.h"

#include "logging.h"

using namespace Qt::StringLiterals;

QString SecretStore::keyFor(const QString &profileId, SecretKind kind)
{
    QString k;
    switch (kind) {
    case SecretKind::Password:
        k = u"password"_s;
        break;
    case SecretKind::ApplicationCredentialSecret:
        k = u"application-credential-secret"_s;
        break;
    case SecretKind::SecretKey:
        k = u"secret-key"_s;
        break;
    case SecretKind::SecurityToken:
        k = u"security-token"_s;
        break;
    }
    return u"profile/%1/%2"_s.arg(profileId, k);
}

void MemoryStore::read(const QString &key)
{
    const QString value = m_secrets.value(key);
    QMetaObject::invokeMethod(
        this, [this, key, value] { Q_EMIT readDone(key, value); }, Qt::QueuedConnection);
}

void MemoryStore::write(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT writeDone(key); }, Qt::QueuedConnection);
}

void MemoryStore::remove(const QString &key)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT removeDone(key); }, Qt::QueuedConnection);
}

SessionFirstStore::SessionFirstStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{
    // Callers listen to this store only: both sources answer through it.
    for (SecretStore *source : {keychain, static_cast<SecretStore *>(&m_memory)}) {
        connect(source, &SecretStore::readDone, this, &SecretStore::readDone);
        connect(source, &SecretStore::writeDone, this, &SecretStore::writeDone);
        connect(source, &SecretStore::removeDone, this, &SecretStore::removeDone);
        connect(source, &SecretStore::failed, this, &SecretStore::failed);
    }
}

SessionFirstStore::~SessionFirstStore()
{
    for (const QString &value : std::as_const(m_registered))
        Logging::forgetSecret(value);
}

void SessionFirstStore::keepForSession(const QString &key, const QString &secret)
{
    forgetSessionCopy(key);
    if (secret.isEmpty())
        return;
    Logging::registerSecret(secret);
    m_registered.insert(key, secret);
    m_memory.insert(key, secret);
}

void SessionFirstStore::forgetSessionCopy(const QString &key)
{
    if (const auto it = m_registered.constFind(key); it != m_registered.cend()) {
        Logging::forgetSecret(*it);
        m_registered.erase(it);
    }
    m_memory.erase(key);
}

void SessionFirstStore::read(const QString &key)
{
    if (m_memory.contains(key))
        m_memory.read(key);
    else
        m_keychain->read(key);
}

void SessionFirstStore::write(const QString &key, const QString &secret)
{
    m_keychain->write(key, secret);
}

void SessionFirstStore::remove(const QString &key)
{
    forgetSessionCopy(key);
    m_keychain->remove(key);
}
