#include "profiles/profilesecretwriter.h"

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "logging.h"

ProfileSecretWriter::ProfileSecretWriter(AppCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
{
    SecretStore *secrets = m_core->secrets();
    connect(secrets, &SecretStore::writeDone, this, [this](const QString &key) {
        handleWritten(key, true, {});
    });
    connect(secrets,
        &SecretStore::failed,
        this,
        [this](const QString &key, SecretError error, const QString &detail) {
            handleWritten(key,
                false,
                error == SecretError::Cancelled
                    ? tr("access to the keychain was refused")
                    : (detail.isEmpty() ? tr("the keychain is not available") : detail));
        });
}

ProfileSecretWriter::~ProfileSecretWriter()
{
    for (Pending &p : m_pending)
        forget(p);
}

void ProfileSecretWriter::save(const QString &profileId,
    const QHash<SecretKind, QString> &typed,
    const QList<SecretKind> &unused)
{
    drop(profileId); // what an earlier save left (refused, not used for the session) goes
    SecretStore *store = m_core->secrets();
    for (SecretKind kind : unused)
        store->remove(SecretStore::keyFor(profileId, kind));
    QList<QString> keys;
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const QString key = SecretStore::keyFor(profileId, it.key());
        Logging::registerSecret(it.value());
        m_pending.insert(key, {profileId, it.key(), it.value()});
        keys.append(key);
    }
    // Every entry of the group exists before the first answer (answers come later anyway).
    for (const QString &key : std::as_const(keys)) {
        const Pending &p = m_pending[key];
        Q_EMIT writing(profileId, p.kind);
        store->write(key, p.value);
    }
}

void ProfileSecretWriter::removeAll(const QString &profileId)
{
    drop(profileId);
    for (SecretKind kind : {SecretKind::Password,
             SecretKind::ApplicationCredentialSecret,
             SecretKind::SecretKey,
             SecretKind::SecurityToken})
        m_core->secrets()->remove(SecretStore::keyFor(profileId, kind));
}

bool ProfileSecretWriter::isWriting(const QString &profileId, SecretKind kind) const
{
    const auto it = m_pending.constFind(SecretStore::keyFor(profileId, kind));
    return it != m_pending.cend() && !it->done;
}

QList<SecretKind> ProfileSecretWriter::refused(const QString &profileId) const
{
    QList<SecretKind> kinds;
    for (const Pending &p : m_pending) {
        if (p.profileId == profileId && p.failed)
            kinds.append(p.kind);
    }
    return kinds;
}

QList<SecretKind> ProfileSecretWriter::held(const QString &profileId) const
{
    QList<SecretKind> kinds;
    for (const Pending &p : m_pending) {
        if (p.profileId == profileId)
            kinds.append(p.kind);
    }
    return kinds;
}

bool ProfileSecretWriter::useForSessionOnly(const QString &profileId)
{
    if (!m_core->profiles()->profile(profileId))
        return false;
    bool any = false;
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.profileId != profileId || p.value.isEmpty())
            continue;
        // Kept by the core, so a session made again (the profile edited) still has it.
        m_core->useForSessionOnly(profileId, p.kind, p.value);
        any = true;
    }
    drop(profileId);
    return any;
}

void ProfileSecretWriter::handleWritten(const QString &key, bool ok, const QString &why)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || it->done)
        return;
    it->done = true;
    it->failed = !ok;
    const SecretKind kind = it->kind;
    const QString profileId = it->profileId;

    bool settledNow = true;
    bool anyFailed = false;
    bool hasPassword = false;
    QString password;
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.profileId != profileId)
            continue;
        settledNow = settledNow && p.done;
        anyFailed = anyFailed || p.failed;
        if (p.kind == SecretKind::Password) {
            hasPassword = true;
            password = p.value;
        }
    }
    if (settledNow && !anyFailed) {
        drop(profileId);
        // The keychain holds the new secrets: a session-only copy goes, and the session reads
        // the keychain at its next sign-in. A session that already holds a password (an
        // earlier one, or one for this session only) takes the new one now.
        if (m_core->profiles()->profile(profileId)) {
            CloudSession *session = hasPassword ? m_core->session(profileId) : nullptr;
            const bool held = session && session->auth()->hasPassword();
            m_core->secretsChanged(profileId);
            if (held) {
                session->auth()->setPassword(password);
                session->auth()->signOut();
            }
        }
    }
    password.clear();
    // Said once the sessions follow, so whoever hears it sees them updated.
    if (ok)
        Q_EMIT saved(profileId, kind);
    else
        Q_EMIT refusedWrite(profileId, kind, why);
    if (settledNow)
        Q_EMIT settled(profileId, !anyFailed);
}

void ProfileSecretWriter::drop(const QString &profileId)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->profileId == profileId) {
            forget(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void ProfileSecretWriter::forget(Pending &pending)
{
    if (!pending.value.isEmpty())
        Logging::forgetSecret(pending.value);
    pending.value.clear();
}
