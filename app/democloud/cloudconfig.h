#pragma once

#include <optional>

#include <QSslConfiguration>
#include <QString>
#include <QStringView>

namespace DemoCloud {

/// The demo account (interfaces.md §5). The password is a public demo credential, not a
/// secret, but it is still never logged or recorded.
namespace Account {
inline constexpr QStringView UserName = u"demo";
inline constexpr QStringView UserId = u"da70ba2135d250229f63688082741020";
inline constexpr QStringView Password = u"demo";
inline constexpr QStringView ProjectName = u"demo";
inline constexpr QStringView ProjectId = u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21";
inline constexpr QStringView DomainName = u"Default";
inline constexpr QStringView DomainId = u"default";
inline constexpr QStringView Region = u"demo-1";
/// An application credential of the demo user (api-facts §1.9), scoped to the demo project.
inline constexpr QStringView AppCredentialId = u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02";
inline constexpr QStringView AppCredentialName = u"demo-app";
inline constexpr QStringView AppCredentialSecret = u"demo-app-secret";
/// A second user in its own project, for image sharing (docs/democloud.md): the project the
/// demo project shares images with, which accepts or rejects them. Password sign-in only.
inline constexpr QStringView ConsumerUserName = u"consumer";
inline constexpr QStringView ConsumerUserId = u"c0a51e3f7b9d4e2a8c6f1b3d5e7a9c24";
inline constexpr QStringView ConsumerPassword = u"consumer";
inline constexpr QStringView ConsumerProjectName = u"consumer";
inline constexpr QStringView ConsumerProjectId = u"7a3c9e5b1d2f4a6c8e0b2d4f6a8c0e13";
} // namespace Account

/// Run-time settings from the command line, plus the URL we listen on.
struct CloudConfig
{
    QString baseUrl; // "http://127.0.0.1:PORT", known once listening
    double jobSeconds = 60.0;
    double tokenSeconds = 3600.0;
    QString stateDir;                     // empty: state in memory only
    std::optional<QSslConfiguration> tls; // --tls-cert/--tls-key: serve HTTPS
};

} // namespace DemoCloud
