#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include "cloud/cloudprofile.h"

/// How one profile's connections check the cloud's TLS certificate (CloudProfile::tlsMode),
/// made once per session: the CA bundle file is read here, once, never again per request.
/// Carried with every request of that profile (RestRequest::tls, AuthProvider::tlsSettings()),
/// so profiles with different rules never share a setting or a connection (RestClient keeps a
/// connection pool per key()). An unusable CA bundle is never a silent fallback to the system's
/// CAs: problem() is set and every request fails with ApiError::Kind::Tls. A value; thread-safe
/// to read (StreamUpload uses it on its worker thread).
class TlsSettings
{
    Q_DECLARE_TR_FUNCTIONS(TlsSettings)
public:
    TlsSettings() = default; // Verify: the system's CAs

    /// The settings of `profile`; reads its CA bundle file (CaBundle) now.
    static std::shared_ptr<const TlsSettings> forProfile(const CloudProfile &profile);
    static std::shared_ptr<const TlsSettings> make(TlsMode mode, const QString &caBundlePath = {});

    TlsMode mode() const { return m_mode; }
    QString caBundlePath() const { return m_caBundlePath; }
    bool isInsecure() const { return m_mode == TlsMode::Insecure; }
    /// Why these settings cannot be used (translated; the CA bundle file), or empty.
    const QString &problem() const { return m_problem; }
    bool isUsable() const { return m_problem.isEmpty(); }
    /// The certificates of the CA bundle (CaBundle).
    const QList<QSslCertificate> &bundle() const { return m_bundle; }

    /// For a request or a socket: Verify = Qt's default (system CAs, peer verified); CaBundle =
    /// the system's CAs plus the bundle, peer verified; Insecure = no peer verification.
    const QSslConfiguration &configuration() const { return m_configuration; }
    /// Equal for settings that may share connections: "verify", "insecure", or the bundle's
    /// path and certificate digests.
    const QByteArray &key() const { return m_key; }

    /// Reads a PEM CA bundle: its certificates in `certificates`, and a translated message for
    /// the profile editor's CA field when the file cannot be used (missing, unreadable, empty,
    /// no PEM certificate in it); empty when it is fine.
    static QString checkCaBundle(const QString &path, QList<QSslCertificate> *certificates = {});

    /// Why a certificate was refused, for a TLS error message: Qt's texts of `errors` and the
    /// SHA-256 fingerprint of the certificate concerned (the peer's when none is named).
    static QString describeErrors(
        const QList<QSslError> &errors, const QSslCertificate &peer = QSslCertificate());
    /// "AB:CD:…" (SHA-256 of the DER certificate), as `openssl x509 -fingerprint -sha256` shows it.
    static QString fingerprint(const QSslCertificate &certificate);

    /// checkCaBundle() for a form that asks on every keystroke: the file is read again only
    /// when its path, size or modification time changed.
    class CaBundleCheck
    {
    public:
        QString problem(const QString &path);
        int reads() const { return m_reads; } // how many times a file was read
    private:
        QString m_key;
        QString m_problem;
        int m_reads = 0;
    };

private:
    TlsMode m_mode = TlsMode::Verify;
    QString m_caBundlePath;
    QList<QSslCertificate> m_bundle;
    QString m_problem;
    QSslConfiguration m_configuration = QSslConfiguration::defaultConfiguration();
    QByteArray m_key = "verify";
};
