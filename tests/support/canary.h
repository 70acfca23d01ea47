#pragma once

#include <QString>

/// Canary secrets (issue 5): tests that need a password, an application-credential secret, a
/// secret key or a security token other than the demo cloud's published ones use these. After
/// the suite, tests/canary/check.sh greps every file the tests' processes wrote (homes, settings,
/// job stores, temp files, the suite's log with debug logging on) for them and for anything
/// shaped like a Keystone token: any hit fails the suite. Keep the shape
/// "canary-<kind>-<6 hex>": the check looks for that pattern, not for these exact values.
namespace Canary {
inline const QString password = QStringLiteral("canary-pw-7f3a91");
inline const QString otherPassword = QStringLiteral("canary-pw-0c55e2");
inline const QString applicationCredentialSecret = QStringLiteral("canary-acs-2c8e40");
inline const QString secretKey = QStringLiteral("canary-sk-b91d07");
inline const QString securityToken = QStringLiteral("canary-st-64aa1f");
} // namespace Canary
