#include "cli/obsenv.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ObsEnv::regionFromHost(const QString &host)
{
    // obs.cn-north-4.myhuaweicloud.com, obs.eu-west-101.myhuaweicloud.eu,
    // obs.eu-de.otc.t-systems.com, bucket.obs.ap-southeast-1.myhuaweicloud.com
    static const QRegularExpression Re(
        u"(?:^|\\.)obs\\.([a-z0-9-]+)\\.(?:myhuaweicloud|otc\\.t-systems|myhwclouds)\\."_s);
    const QRegularExpressionMatch m = Re.match(host.toLower());
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<ObsEnv> ObsEnv::read(const QProcessEnvironment &env,
    const QString &regionOption,
    bool pathStyleOption,
    QString *error)
{
    const auto fail = [error](const QString &text) -> std::optional<ObsEnv> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    ObsEnv e;
    QString endpointText;
    if (env.contains(u"OBS_ACCESS_KEY_ID"_s) || env.contains(u"OBS_SECRET_ACCESS_KEY"_s)) {
        e.source = u"OBS_*"_s;
        e.credentials.accessKey = env.value(u"OBS_ACCESS_KEY_ID"_s);
        e.credentials.secretKey = env.value(u"OBS_SECRET_ACCESS_KEY"_s);
        e.credentials.sessionToken = env.value(u"OBS_SECURITY_TOKEN"_s);
        endpointText = env.value(u"OBS_ENDPOINT"_s, env.value(u"AWS_ENDPOINT_URL"_s));
    } else {
        e.source = u"AWS_*"_s;
        e.credentials.accessKey = env.value(u"AWS_ACCESS_KEY_ID"_s);
        e.credentials.secretKey = env.value(u"AWS_SECRET_ACCESS_KEY"_s);
        e.credentials.sessionToken = env.value(u"AWS_SESSION_TOKEN"_s);
        endpointText = env.value(u"AWS_ENDPOINT_URL"_s, env.value(u"OBS_ENDPOINT"_s));
    }
    if (e.credentials.accessKey.isEmpty() || e.credentials.secretKey.isEmpty())
        return fail(tr("No access key: set OBS_ACCESS_KEY_ID and OBS_SECRET_ACCESS_KEY (or "
                       "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)."));
    endpointText = endpointText.trimmed();
    if (endpointText.isEmpty())
        return fail(tr("No endpoint: set OBS_ENDPOINT (or AWS_ENDPOINT_URL), for example "
                       "https://obs.eu-de.otc.t-systems.com."));
    if (!endpointText.contains(u"://"_s))
        endpointText.prepend(u"https://"_s);
    const QUrl url(endpointText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")
        || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery()
        || !url.userInfo().isEmpty())
        //: %1 = the endpoint as given
        return fail(
            tr("The endpoint \"%1\" is not an http or https address of a host.").arg(endpointText));
    e.endpoint = url.adjusted(QUrl::RemovePath);
    e.region = regionOption;
    for (const char *name : {"OBS_REGION", "AWS_REGION", "AWS_DEFAULT_REGION"}) {
        if (e.region.isEmpty())
            e.region = env.value(QString::fromLatin1(name)).trimmed();
    }
    if (e.region.isEmpty())
        e.region = regionFromHost(url.host());
    if (e.region.isEmpty())
        e.region = u"us-east-1"_s;
    const bool loopback = url.host() == u"localhost" || !QHostAddress(url.host()).isNull();
    e.pathStyle = pathStyleOption || loopback;
    return e;
}
