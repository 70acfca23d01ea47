#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include "cli/obsenv.h"

class CloudSession;
class ObsCredentialSource;
class QObject;
class ServiceCatalog;
struct CloudProfile;

/// `imagewright obs ... --profile NAME` (docs/obs.md): the object storage of a saved cloud
/// profile. The endpoint: the catalog's `obs` service (endpoint overrides applied), else the
/// family's well-known one (Huawei Cloud `https://obs.REGION.myhuaweicloud.com`, Open Telekom
/// Cloud `https://obs.REGION.otc.t-systems.com`, reference/s3-peer.md §1); path style for an IP
/// address or localhost (the demo cloud) or with --path-style. The keys: an AK/SK profile signs
/// with its own (from the keychain, as its API calls do); a password or application-credential
/// profile with IAM temporary keys (IamTemporaryCredentials), renewed before they expire.
class ObsProfile
{
    Q_DECLARE_TR_FUNCTIONS(ObsCommand)
public:
    /// nullopt with a translated `error` when the profile's cloud has no object storage known.
    static std::optional<QUrl> endpointFor(
        const CloudProfile &profile, const ServiceCatalog &catalog, QString *error);
    /// The ObsEnv of a connected session (endpoint, signing region, addressing, key source);
    /// the key source is made here, a child of `owner`.
    static std::optional<ObsEnv> envFor(CloudSession *session,
        const QString &regionOption,
        bool pathStyleOption,
        QObject *owner,
        QString *error);
    /// The key source for `session`: its AK/SK, or IAM temporary keys; a child of `owner`.
    static ObsCredentialSource *credentialSourceFor(CloudSession *session, QObject *owner);
};
