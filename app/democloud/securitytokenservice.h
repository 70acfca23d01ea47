#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>

#include "router.h"
#include "s3sigv4check.h"

namespace DemoCloud {

/// Huawei IAM's temporary access keys (api "Obtaining a Temporary Access Key and Security Token
/// Through a Token"): POST /v3.0/OS-CREDENTIAL/securitytokens with X-Auth-Token and
/// {"auth": {"identity": {"methods": ["token"], "token": {"duration_seconds": 900..86400}}}}
/// answers 201 {"credential": {"access", "secret", "securitytoken", "expires_at"}}. The keys are
/// kept in memory (never persisted, never logged) for the object storage's signature check. The
/// secret and the token are shaped like the test suite's canaries (canary-sk-..., canary-st-...)
/// so a leak into any file a test writes fails the canary check (tests/canary/check.sh).
class SecurityTokenService
{
public:
    static constexpr int MinDurationSeconds = 900;
    static constexpr int MaxDurationSeconds = 86400;
    static constexpr int DefaultDurationSeconds = 900;

    void registerRoutes(Router &router);
    /// The issued key `accessKey` (also after its expiry: the check tells ExpiredToken apart).
    std::optional<S3Credential> lookup(const QByteArray &accessKey) const;
    int issuedCount() const { return int(m_keys.size()); }
    void clear() { m_keys.clear(); }

private:
    HttpResponse issue(const ApiRequest &request);

    QHash<QByteArray, S3Credential> m_keys;
};

} // namespace DemoCloud
