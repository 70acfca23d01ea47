#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Certificates made at run time by the `openssl` command, for TLS on loopback (the demo cloud
/// served over HTTPS): private CAs, and a server certificate for 127.0.0.1 and localhost signed
/// by the first of them. EC P-256 keys, valid two days.
namespace TestCertificates {

/// Runs `openssl arguments` in `dir`; its standard output goes to `out` when given. False, with a
/// warning carrying openssl's own message, when it fails.
bool openssl(const QStringList &arguments, const QString &dir, QByteArray *out = nullptr);

/// Makes NAME.pem and NAME.key for each of `caNames` (subject "Imagewright test NAME"), then
/// server.pem and server.key signed by the first CA, in `dir`.
bool make(const QString &dir, const QStringList &caNames = {QStringLiteral("ca")});

} // namespace TestCertificates
