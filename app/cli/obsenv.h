#pragma once

#include <optional>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "obs/sigv4signer.h"

class ObsCredentialSource;

/// Where `imagewright obs` connects and with which keys, from the environment as S3 tools read
/// it: OBS_ACCESS_KEY_ID / OBS_SECRET_ACCESS_KEY / OBS_SECURITY_TOKEN / OBS_ENDPOINT, else
/// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN / AWS_ENDPOINT_URL (one family
/// as a whole: keys are never mixed). The region: --region, else OBS_REGION, AWS_REGION,
/// AWS_DEFAULT_REGION, else read from an OBS endpoint's host (obs.REGION.myhuaweicloud.com,
/// obs.REGION.otc.t-systems.com), else us-east-1. Addressing: virtual-hosted style (real OBS),
/// path style with --path-style, or when the endpoint is an IP address or localhost (loopback
/// test servers; no DNS name can carry a bucket there). A value type.
struct ObsEnv
{
    Q_DECLARE_TR_FUNCTIONS(ObsEnv)
public:
    QUrl endpoint; // scheme://host[:port], no path
    QString region;
    SigV4Signer::Credentials credentials;
    bool pathStyle = false;
    QString source; // "OBS_*" or "AWS_*", for messages
    /// Keys that change (a --profile's: ObsProfile); null: `credentials`, fixed. Not owned.
    ObsCredentialSource *credentialSource = nullptr;

    /// nullopt with a translated `error` when the keys or the endpoint are missing or unusable.
    static std::optional<ObsEnv> read(const QProcessEnvironment &env,
        const QString &regionOption,
        bool pathStyleOption,
        QString *error);

    /// The region in an OBS endpoint's host name; empty when it has none.
    static QString regionFromHost(const QString &host);
};
