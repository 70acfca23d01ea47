#include "obs/iamtemporarycredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

#include "logging.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIamKeys, "iw.obs.iam")

std::optional<IamTemporaryKey> IamTemporaryKey::fromJson(const QJsonObject &object, QString *why)
{
    const QJsonObject c = object.value(u"credential"_s).toObject();
    IamTemporaryKey key{c.value(u"access"_s).toString(),
        c.value(u"secret"_s).toString(),
        c.value(u"securitytoken"_s).toString(),
        QDateTime::fromString(c.value(u"expires_at"_s).toString(), Qt::ISODateWithMs).toUTC()};
    QString missing;
    if (key.access.isEmpty())
        missing = u"credential.access"_s;
    else if (key.secret.isEmpty())
        missing = u"credential.secret"_s;
    else if (key.securityToken.isEmpty())
        missing = u"credential.securitytoken"_s;
    else if (!key.expiresAt.isValid())
        missing = u"credential.expires_at"_s;
    if (!missing.isEmpty()) {
        if (why)
            *why = u"the answer has no valid %1"_s.arg(missing);
        return std::nullopt;
    }
    return key;
}

IamTemporaryCredentials::IamTemporaryCredentials(
    RestClient *client, AuthProvider *keystone, const QUrl &authUrl, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keystone(keystone)
    , m_url(securityTokensUrl(authUrl))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setDuration(DefaultDurationSeconds);
}

IamTemporaryCredentials::~IamTemporaryCredentials()
{
    keep({}); // forgets the held key's secrets in the scrubber
}

void IamTemporaryCredentials::setDuration(int seconds, int renewBeforeSeconds)
{
    m_duration = std::clamp(seconds, 900, 86400);
    m_renewBefore = renewBeforeSeconds >= 0 ? renewBeforeSeconds : std::min(m_duration / 5, 600);
}

QUrl IamTemporaryCredentials::securityTokensUrl(const QUrl &authUrl)
{
    QUrl url =
        authUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = url.path();
    if (path.endsWith(u"/v3"_s))
        path.chop(3);
    url.setPath(path + u"/v3.0/OS-CREDENTIAL/securitytokens"_s);
    return url;
}

void IamTemporaryCredentials::withCredentials(QObject *context, Callback callback)
{
    m_waiters.append({context, std::move(callback)});
    const bool fresh = m_key && m_clock().secsTo(m_key->expiresAt) > m_renewBefore;
    if (fresh) {
        // Always answered later, as the contract says.
        QTimer::singleShot(0, this, [this] {
            if (m_key && !m_fetching)
                deliver({});
        });
        return;
    }
    if (!m_fetching)
        fetch();
}

void IamTemporaryCredentials::fetch()
{
    m_fetching = true;
    ++m_fetches;
    if (!m_client) {
        deliver(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    const QJsonObject body{{u"auth"_s,
        QJsonObject{{u"identity"_s,
            QJsonObject{{u"methods"_s, QJsonArray{u"token"_s}},
                {u"token"_s, QJsonObject{{u"duration_seconds"_s, m_duration}}}}}}}};
    // RequestKind::Auth: neither the request nor the answer (which holds the secret) is logged.
    RestJob *job =
        m_client->postJson(m_url, QJsonDocument(body), RequestKind::Auth, m_keystone, this);
    connect(job, &RestJob::finished, this, &IamTemporaryCredentials::handleReply);
    job->start();
}

void IamTemporaryCredentials::handleReply(RestJob *job)
{
    if (ApiError error = job->error()) {
        qCInfo(lcIamKeys).noquote()
            << "temporary access key refused: HTTP" << error.httpStatus << error.serviceCode;
        deliver(error);
        return;
    }
    QString why;
    const auto key = IamTemporaryKey::fromJson(QJsonDocument::fromJson(job->body()).object(), &why);
    if (!key) {
        qCWarning(lcIamKeys).noquote() << "temporary access key answer not understood:" << why;
        ApiError error = ApiError::make(ApiError::Kind::InvalidResponse, why);
        error.httpStatus = job->httpStatus();
        deliver(error);
        return;
    }
    keep(*key);
    qCInfo(lcIamKeys).noquote() << "temporary access key" << key->access << "valid until"
                                << key->expiresAt.toString(Qt::ISODate);
    deliver({});
}

void IamTemporaryCredentials::keep(const IamTemporaryKey &key)
{
    if (m_key) {
        Logging::forgetSecret(m_key->secret);
        Logging::forgetSecret(m_key->securityToken);
    }
    if (key.access.isEmpty()) {
        m_key.reset();
        return;
    }
    Logging::registerSecret(key.secret);
    Logging::registerSecret(key.securityToken);
    m_key = key;
}

void IamTemporaryCredentials::deliver(const ApiError &error)
{
    m_fetching = false;
    const SigV4Signer::Credentials credentials = m_key && !error
        ? SigV4Signer::Credentials{m_key->access, m_key->secret, m_key->securityToken}
        : SigV4Signer::Credentials{};
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(credentials, error);
    }
}
