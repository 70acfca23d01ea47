#include "cloud/profileimport.h"

#include <QHostAddress>
#include <QUuid>

#include "cloud/cloudpresets.h"
#include "cloud/profilestore.h"
#include "logging.h"

using namespace Qt::StringLiterals;

struct HeldSecret::Holder
{
    explicit Holder(const QString &v)
        : value(v)
    {
        Logging::registerSecret(value);
    }
    ~Holder()
    {
        Logging::forgetSecret(value);
        value.fill(u'\0'); // the buffer is shared with no one else once every copy is gone
    }
    Q_DISABLE_COPY_MOVE(Holder)
    QString value;
};

HeldSecret::HeldSecret(const QString &value)
    : d(value.isEmpty() ? nullptr : std::make_shared<const Holder>(value))
{ }

QString HeldSecret::value() const
{
    return d ? d->value : QString();
}

bool HeldSecret::isEmpty() const
{
    return !d || d->value.isEmpty();
}

namespace {

bool hostIs(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(u'.' + domain);
}

} // namespace

QUrl ProfileImport::normalizeAuthUrl(const QString &input, QString *note, QString *problem)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s)) {
        text.prepend(u"https://"_s);
        if (note)
            //: %1 = the address as the file gives it
            *note = tr("The identity URL %1 has no scheme: https is used.").arg(input.trimmed());
    }
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        if (problem)
            //: %1 = the identity URL as the file gives it
            *problem = tr("The identity URL %1 is not an http(s) address.").arg(input.trimmed());
        return {};
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v2.0") || path.endsWith(u"/v2")) {
        if (problem)
            *problem = tr("The identity URL points at Keystone v2.0; Imagewright needs Keystone "
                          "v3.");
        return {};
    }
    if (!path.endsWith(u"/v3")) {
        path += u"/v3"_s;
        if (note) {
            const QString previous = note->isEmpty() ? QString() : *note + u' ';
            //: %1 = the identity URL with /v3 added
            *note = previous
                + tr("The identity URL has no version: %1 is used (what Keystone's version "
                     "discovery finds).")
                      .arg(QUrl(url.adjusted(QUrl::RemovePath).toString() + path)
                               .toString(QUrl::RemoveUserInfo));
        }
    }
    url.setPath(path);
    return url;
}

CloudFamily ProfileImport::familyFromAuthUrl(const QUrl &authUrl)
{
    const QString host = authUrl.host().toLower();
    if (hostIs(host, u"myhuaweicloud.com"_s) || hostIs(host, u"myhuaweicloud.eu"_s))
        return CloudFamily::HuaweiCloud;
    if (hostIs(host, u"otc.t-systems.com"_s))
        return CloudFamily::OpenTelekomCloud;
    if (hostIs(host, u"cloud.global.fujitsu.com"_s))
        return CloudFamily::FjcloudO;
    return CloudFamily::OpenStack;
}

QString ProfileImport::regionFromAuthUrl(CloudFamily family, const QUrl &authUrl)
{
    const QStringList known = CloudPresets::regions(family);
    if (family == CloudFamily::OpenStack || family == CloudFamily::Demo)
        return {};
    for (const QString &label : authUrl.host().toLower().split(u'.')) {
        if (known.contains(label))
            return label;
    }
    return {};
}

QString ProfileImport::normalizeInterface(const QString &text)
{
    QString interface = text.trimmed().toLower();
    if (interface.endsWith(u"url"))
        interface.chop(3); // "publicURL" (the Keystone v2 spelling)
    if (interface.endsWith(u'_'))
        interface.chop(1); // "public_url"
    if (interface == u"public" || interface == u"internal" || interface == u"admin")
        return interface;
    return {};
}

QString ProfileImport::uniqueName(const QString &name, const QStringList &taken)
{
    const auto isTaken = [&taken](const QString &candidate) {
        for (const QString &t : taken) {
            if (t.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (!isTaken(name))
        return name;
    for (int i = 2;; ++i) {
        //: A profile name made unique. %1 = the name, %2 = a number from 2
        const QString candidate = tr("%1 (%2)").arg(name).arg(i);
        if (!isTaken(candidate))
            return candidate;
    }
}

ProfileImporter::ProfileImporter(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    connect(m_secrets, &SecretStore::writeDone, this, [this](const QString &key) {
        handleDone(key, true, SecretError::None, {});
    });
    connect(m_secrets,
        &SecretStore::failed,
        this,
        [this](const QString &key, SecretError error, const QString &detail) {
            handleDone(key, false, error, detail);
        });
}

void ProfileImporter::start(const QList<ImportCandidate> &candidates)
{
    if (m_started)
        return;
    m_started = true;
    QList<QPair<QString, HeldSecret>> writes;
    for (const ImportCandidate &c : candidates) {
        if (!c.isImportable())
            continue;
        Outcome outcome;
        outcome.profile = c.profile;
        outcome.profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_profiles->upsert(outcome.profile); // the profile first: a keychain failure keeps it
        m_outcomes.append(outcome);
        for (auto it = c.secrets.cbegin(); it != c.secrets.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            const QString key = SecretStore::keyFor(outcome.profile.id, it.key());
            m_inFlight.insert(key, Pending{int(m_outcomes.size() - 1), it.key(), it.value()});
            writes.append({key, it.value()});
        }
    }
    m_pending = int(writes.size());
    qCDebug(lcSecrets) << "import:" << m_outcomes.size() << "profiles," << m_pending
                       << "secrets to the keychain";
    for (const auto &[key, secret] : std::as_const(writes))
        m_secrets->write(key, secret.value());
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &ProfileImporter::finished, Qt::QueuedConnection);
}

void ProfileImporter::handleDone(
    const QString &key, bool ok, SecretError error, const QString &detail)
{
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return; // another writer's key
    const Pending pending = it.value();
    m_inFlight.erase(it);
    if (!ok) {
        Outcome &outcome = m_outcomes[pending.outcome];
        outcome.storeFailed.insert(pending.kind, pending.secret);
        if (outcome.storeError.isEmpty())
            outcome.storeError = error == SecretError::Cancelled
                ? tr("access to the keychain was refused")
                : (detail.isEmpty() ? tr("the keychain is not available") : detail);
    }
    --m_pending;
    finishIfDone();
}

void ProfileImporter::finishIfDone()
{
    if (m_pending == 0)
        Q_EMIT finished();
}
