#include "auth/akskauth.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

#include "auth/aksksigner.h"
#include "cloud/cloudpresets.h"
#include "logging.h"
#include "net/restclient.h"
#include "net/restjob.h"

using namespace Qt::StringLiterals;

namespace {

/// Signs `request` in place: every header it holds (as prepared by RestClient) is signed, and
/// the signer's X-Sdk-Date, Authorization (and X-Security-Token, X-Project-Id) are added.
ApiError signInto(const AkSkSigner::Credentials &credentials,
    const QByteArray &method,
    QNetworkRequest &request,
    const QByteArray &body,
    qint64 bodySize,
    const QDateTime &now)
{
    if (bodySize > AkSkSigner::MaxSignedBodyBytes)
        return ApiError::make(ApiError::Kind::Configuration, AkSkAuth::bodyTooLargeMessage());
    AkSkSigner::Headers headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        // Never a token next to a signature; the signer adds its own headers.
        if (lower == "x-auth-token" || lower == "authorization" || lower == "x-sdk-date"
            || lower == "x-security-token" || lower == "x-project-id") {
            request.setRawHeader(name, QByteArray());
            continue;
        }
        headers.append({name, request.rawHeader(name)});
    }
    const auto signature = AkSkSigner::sign(method, request.url(), headers, body, credentials, now);
    if (!signature)
        return ApiError::make(ApiError::Kind::Configuration, AkSkAuth::bodyTooLargeMessage());
    for (const auto &[name, value] : signature->headers)
        request.setRawHeader(name, value);
    return {};
}

/// Signs the IAM project query: the AK/SK without a project (it is what we look for).
class IdentitySigner final : public QObject, public AuthProvider
{
public:
    IdentitySigner(AkSkAuth *owner,
        std::function<AkSkSigner::Credentials()> credentials,
        std::function<QDateTime()> clock)
        : QObject(owner)
        , m_owner(owner)
        , m_credentials(std::move(credentials))
        , m_clock(std::move(clock))
    { }

    void withToken(QObject *context, TokenCallback callback) override
    {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}, {}); }, Qt::QueuedConnection);
    }
    void invalidate(const QByteArray &) override { }
    bool isTrustedOrigin(const QUrl &url) const override
    {
        return ServiceCatalog::sameOrigin(url, m_owner->profile().authUrl);
    }
    bool signsRequests() const override { return true; }
    ApiError signRequest(const QByteArray &method,
        QNetworkRequest &request,
        const QByteArray &body,
        qint64 bodySize) override
    {
        return signInto(m_credentials(), method, request, body, bodySize, m_clock());
    }
    qint64 maxSignedBodyBytes() const override { return AkSkSigner::MaxSignedBodyBytes; }
    std::shared_ptr<const TlsSettings> tlsSettings() const override
    {
        return m_owner->tlsSettings();
    }
    std::shared_ptr<const ProxyResolver> proxyResolver() const override
    {
        return m_owner->proxyResolver();
    }

private:
    AkSkAuth *m_owner;
    std::function<AkSkSigner::Credentials()> m_credentials;
    std::function<QDateTime()> m_clock;
};

} // namespace

AkSkAuth::AkSkAuth(RestClient *client, CloudProfile profile, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profile(std::move(profile))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tls = TlsSettings::forProfile(m_profile);
    m_proxy = ProxyResolver::forProfile(m_profile);
    m_identity = new IdentitySigner(
        this,
        [this] {
            return AkSkSigner::Credentials{
                m_profile.accessKey, m_secretKey, m_securityToken, QString()};
        },
        [this] { return m_clock(); });
}

AkSkAuth::~AkSkAuth()
{
    m_waiters.abortAll();
}

QString AkSkAuth::bodyTooLargeMessage()
{
    return tr("AK/SK signing is limited to 12 MB per request; use a password or "
              "application-credential profile, or the IMS OBS method.");
}

void AkSkAuth::setSecretKey(const QString &secretKey)
{
    m_secretKey = secretKey;
    Logging::registerSecret(secretKey);
}

void AkSkAuth::setSecurityToken(const QString &token)
{
    m_securityToken = token;
    Logging::registerSecret(token);
}

void AkSkAuth::setSecretKeyLoader(SecretLoader loader)
{
    m_skLoader = std::move(loader);
    m_secretKey.clear();
    m_ready = false;
}

void AkSkAuth::setSecurityTokenLoader(SecretLoader loader)
{
    m_tokenLoader = std::move(loader);
    m_securityToken.clear();
    m_ready = false;
}

qint64 AkSkAuth::maxSignedBodyBytes() const
{
    return AkSkSigner::MaxSignedBodyBytes;
}

bool AkSkAuth::isTrustedOrigin(const QUrl &url) const
{
    return ServiceCatalog::sameOrigin(url, m_profile.authUrl) || m_catalog.containsOrigin(url);
}

void AkSkAuth::signOut()
{
    m_ready = false;
    m_catalog = {};
    m_projectId.clear();
}

ApiError AkSkAuth::signRequest(
    const QByteArray &method, QNetworkRequest &request, const QByteArray &body, qint64 bodySize)
{
    if (m_secretKey.isEmpty())
        return ApiError::make(
            ApiError::Kind::Unauthorized, tr("no secret key is stored for this profile"));
    const AkSkSigner::Credentials credentials{
        m_profile.accessKey, m_secretKey, m_securityToken, m_projectId};
    return signInto(credentials, method, request, body, bodySize, m_clock());
}

void AkSkAuth::withToken(QObject *context, TokenCallback callback)
{
    if (m_ready) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback)] { callback({}, {}); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.add(context, std::move(callback));
    if (!m_loading && !m_pending)
        QMetaObject::invokeMethod(this, &AkSkAuth::prepare, Qt::QueuedConnection);
}

void AkSkAuth::prepare()
{
    if (m_ready) {
        deliver({});
        return;
    }
    if (m_loading || m_pending || m_waiters.isEmpty())
        return;
    if (m_profile.accessKey.isEmpty()) {
        fail(ApiError::make(
            ApiError::Kind::Configuration, tr("the profile has no access key (AK)")));
        return;
    }
    if (m_secretKey.isEmpty()) {
        loadSecret(
            m_skLoader, &AkSkAuth::setSecretKey, tr("no secret key is stored for this profile"));
        return;
    }
    if (m_profile.temporaryAccessKey && m_securityToken.isEmpty()) {
        loadSecret(m_tokenLoader,
            &AkSkAuth::setSecurityToken,
            tr("no security token is stored for this temporary access key"));
        return;
    }
    if (m_projectId.isEmpty() && !m_profile.projectId.isEmpty())
        m_projectId = m_profile.projectId;
    if (m_projectId.isEmpty()) {
        queryProject();
        return;
    }
    buildCatalog();
    m_ready = true;
    qCInfo(lcAuth) << "AK/SK signing ready for" << m_profile.name << "endpoints"
                   << m_catalog.endpoints().size();
    Q_EMIT authenticated();
    deliver({});
}

void AkSkAuth::queryProject()
{
    if (!m_client) {
        fail(ApiError::make(ApiError::Kind::Aborted));
        return;
    }
    // Huawei IAM "query project list": project names are region ids (api-facts §1.5).
    const QString name = m_profile.projectName.isEmpty() ? m_profile.region : m_profile.projectName;
    QUrl url = m_profile.authUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/projects"_s);
    QUrlQuery query;
    query.addQueryItem(u"name"_s, name);
    url.setQuery(query);
    ++m_projectQueries;
    RestJob *job = m_client->get(url, dynamic_cast<AuthProvider *>(m_identity), this);
    m_pending = job;
    connect(job, &RestJob::finished, this, [this, name](RestJob *j) {
        m_pending = nullptr;
        if (const auto skew = AkSkSigner::clockSkewSeconds(j->header("Date"), m_clock()))
            m_clockSkew = skew;
        if (j->error()) {
            ApiError e = j->error();
            if (e.kind == ApiError::Kind::Http && e.httpStatus == 401)
                e.kind = ApiError::Kind::Unauthorized;
            fail(e);
            return;
        }
        const QJsonArray projects = j->json().object().value(u"projects"_s).toArray();
        QString id;
        for (const QJsonValue &v : projects) {
            const QJsonObject p = v.toObject();
            if (p.value(u"name"_s).toString() == name || id.isEmpty())
                id = p.value(u"id"_s).toString();
            if (p.value(u"name"_s).toString() == name)
                break;
        }
        if (id.isEmpty()) {
            //: %1 = a project name such as "cn-north-4"
            fail(ApiError::make(ApiError::Kind::Configuration,
                tr("the identity service knows no project named \"%1\"").arg(name)));
            return;
        }
        m_projectId = id;
        prepare();
    });
    job->start();
}

void AkSkAuth::buildCatalog()
{
    m_catalog =
        CloudPresets::serviceEndpoints(
            m_profile.family, m_profile.region, m_projectId, m_profile.interface)
            .withOverrides(
                m_profile.endpointOverrides, m_profile.region, m_profile.interface, m_projectId);
}

void AkSkAuth::loadSecret(
    const SecretLoader &loader, void (AkSkAuth::*keep)(const QString &), const QString &missing)
{
    if (!loader) {
        fail(ApiError::make(ApiError::Kind::Unauthorized, missing));
        return;
    }
    m_loading = true;
    loader(this, [this, keep, missing](const QString &secret, const ApiError &error) {
        m_loading = false;
        if (error || secret.isEmpty()) {
            fail(error ? error : ApiError::make(ApiError::Kind::Unauthorized, missing));
            return;
        }
        (this->*keep)(secret);
        prepare();
    });
}

void AkSkAuth::fail(const ApiError &error)
{
    qCWarning(lcAuth) << "AK/SK preparation failed for" << m_profile.name << "kind"
                      << int(error.kind) << "status" << error.httpStatus;
    Q_EMIT authenticationFailed(error);
    deliver(error);
}

void AkSkAuth::deliver(const ApiError &error)
{
    m_waiters.deliver({}, error);
}
