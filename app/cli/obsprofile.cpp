#include "cli/obsprofile.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "auth/akskauth.h"
#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "cloud/cloudsession.h"
#include "cloud/servicecatalog.h"
#include "obs/iamtemporarycredentials.h"

using namespace Qt::StringLiterals;

namespace {

/// An AK/SK profile's own keys, loaded by its AkSkAuth (the keychain) when first needed.
class AkSkObsCredentials final : public QObject, public ObsCredentialSource
{
public:
    AkSkObsCredentials(AkSkAuth *auth, QObject *parent)
        : QObject(parent)
        , m_auth(auth)
    { }

    void withCredentials(QObject *context, Callback callback) override
    {
        if (!m_auth) {
            QTimer::singleShot(0, context, [callback = std::move(callback)] {
                callback({}, ApiError::make(ApiError::Kind::Aborted));
            });
            return;
        }
        m_auth->withToken(context,
            [auth = m_auth, callback = std::move(callback)](
                const QByteArray &, const ApiError &error) {
                if (error || !auth) {
                    callback({}, error ? error : ApiError::make(ApiError::Kind::Aborted));
                    return;
                }
                callback({auth->profile().accessKey, auth->secretKey(), auth->securityToken()}, {});
            });
    }

private:
    QPointer<AkSkAuth> m_auth;
};

} // namespace

std::optional<QUrl> ObsProfile::endpointFor(
    const CloudProfile &profile, const ServiceCatalog &catalog, QString *error)
{
    if (const auto url = catalog.endpoint(u"obs"_s, profile.region, profile.interface))
        return url->adjusted(QUrl::StripTrailingSlash);
    if (profile.family == CloudFamily::HuaweiCloud && !profile.region.isEmpty())
        return QUrl(u"https://obs.%1.myhuaweicloud.com"_s.arg(profile.region));
    if (profile.family == CloudFamily::OpenTelekomCloud && !profile.region.isEmpty())
        return QUrl(u"https://obs.%1.otc.t-systems.com"_s.arg(profile.region));
    //: %1 = the profile name
    *error = tr("The profile \"%1\" has no object storage: its service catalog lists no \"obs\" "
                "service, and its cloud family has no well-known OBS endpoint. Add an endpoint "
                "override for \"obs\" to the profile.")
                 .arg(profile.name);
    return std::nullopt;
}

std::optional<ObsEnv> ObsProfile::envFor(CloudSession *session,
    const QString &regionOption,
    bool pathStyleOption,
    QObject *owner,
    QString *error)
{
    const CloudProfile &profile = session->profile();
    const auto endpoint = endpointFor(profile, session->catalog(), error);
    if (!endpoint)
        return std::nullopt;
    ObsEnv env;
    env.endpoint = *endpoint;
    env.region = regionOption.isEmpty() ? profile.region : regionOption;
    if (env.region.isEmpty())
        env.region = ObsEnv::regionFromHost(endpoint->host());
    const bool loopback =
        endpoint->host() == u"localhost" || !QHostAddress(endpoint->host()).isNull();
    env.pathStyle = pathStyleOption || loopback;
    env.source = profile.name;
    env.credentialSource = credentialSourceFor(session, owner);
    return env;
}

ObsCredentialSource *ObsProfile::credentialSourceFor(CloudSession *session, QObject *owner)
{
    if (session->akSk())
        return new AkSkObsCredentials(session->akSk(), owner);
    return new IamTemporaryCredentials(
        session->client(), session->auth(), session->profile().authUrl, owner);
}
