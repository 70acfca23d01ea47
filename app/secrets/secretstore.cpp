#include "secrets/secretstore.h"

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
