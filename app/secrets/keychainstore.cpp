#include "secrets/keychainstore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace {

SecretError mapError(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretError::Cancelled;
    default:
        return SecretError::Unavailable; // incl. OtherError for "no Secret Service" (0.13)
    }
}

// Arms a watchdog on `job`: when it fires first, `onTimeout` runs and a late answer is ignored.
template <typename Done>
void watch(KeychainStore *store,
    QKeychain::Job *job,
    std::chrono::milliseconds timeout,
    const QString &key,
    Done done)
{
    auto *watchdog = new QTimer(job); // dies with the job
    watchdog->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(watchdog, &QTimer::timeout, store, [store, key, answered] {
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcSecrets) << "keychain did not answer in time for" << key;
        Q_EMIT store->failed(key,
            SecretError::Unavailable,
            KeychainStore::tr("The keychain did not answer in time."));
    });
    QObject::connect(job,
        &QKeychain::Job::finished,
        store,
        [store, key, answered, watchdog, done](QKeychain::Job *j) {
            watchdog->stop();
            if (std::exchange(*answered, true))
                return;
            const SecretError e = mapError(j->error());
            if (e == SecretError::None || (e == SecretError::NotFound && done.acceptsNotFound)) {
                done(j);
                return;
            }
            // Never the data: only the error kind and QtKeychain's text.
            qCWarning(lcSecrets) << "keychain error" << int(j->error()) << "for" << key;
            Q_EMIT store->failed(key, e, j->errorString());
        });
    watchdog->start(timeout);
}

struct ReadDone
{
    KeychainStore *store;
    QString key;
    bool acceptsNotFound = true;
    void operator()(QKeychain::Job *j) const
    {
        const auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        Q_EMIT store->readDone(
            key, j->error() == QKeychain::EntryNotFound ? QString() : r->textData());
    }
};

struct WriteDone
{
    KeychainStore *store;
    QString key;
    bool acceptsNotFound = false;
    void operator()(QKeychain::Job *) const { Q_EMIT store->writeDone(key); }
};

struct RemoveDone
{
    KeychainStore *store;
    QString key;
    bool acceptsNotFound = true; // removing what is not there is done
    void operator()(QKeychain::Job *) const { Q_EMIT store->removeDone(key); }
};

} // namespace

KeychainStore::KeychainStore(QObject *parent)
    : SecretStore(parent)
{ }

QString KeychainStore::serviceName()
{
    return u"Imagewright"_s;
}

void KeychainStore::read(const QString &key)
{
    // No parent: libsecret calls back into the job later, so it must outlive this store; it
    // deletes itself when done (autoDelete), and the context object drops our connections.
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    watch(this, job, m_watchdog, key, ReadDone{this, key});
    job->start();
}

void KeychainStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    watch(this, job, m_watchdog, key, WriteDone{this, key});
    job->start();
}

void KeychainStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    watch(this, job, m_watchdog, key, RemoveDone{this, key});
    job->start();
}
