#pragma once

#include <functional>

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include "net/authprovider.h"
#include "obs/sigv4signer.h"

class ObsCredentialSource;

/// Signs every request to one S3 endpoint (OBS, Swift's s3api, AWS) with AWS Signature V4
/// (SigV4Signer) at send time, as RestJob asks its AuthProvider: `UNSIGNED-PAYLOAD`, and the
/// headers Host, Content-MD5 and every x-amz-* header signed. Bodies are never read for
/// signing (maxSignedBodyBytes() is 0), so a part streams from its file. The secret key and the
/// security token are held in memory only and registered with the log scrubber. GUI thread.
class S3Auth final : public QObject, public AuthProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Auth)
public:
    /// `endpoint`: scheme://host[:port] of the service (virtual-hosted buckets are subdomains of
    /// its host); `region`: the signing region (the scope's, e.g. "eu-de" or "us-east-1").
    S3Auth(const QUrl &endpoint,
        const QString &region,
        const SigV4Signer::Credentials &credentials,
        QObject *parent = nullptr);
    ~S3Auth() override;

    const QUrl &endpoint() const { return m_endpoint; }
    const QString &region() const { return m_region; }
    const QString &accessKey() const { return m_credentials.accessKey; }
    /// Keys that change (IAM temporary keys, a profile's keys from the keychain): asked for
    /// before every attempt of every request, instead of the fixed ones. Not owned; must
    /// outlive this object's requests.
    void setCredentialSource(ObsCredentialSource *source) { m_source = source; }
    /// The clock x-amz-date is taken from (tests); the system's UTC clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// Answers later with an empty token; with a credential source, once it gave keys.
    void withToken(QObject *context, TokenCallback callback) override;
    void invalidate(const QByteArray &token) override { Q_UNUSED(token) }
    /// The endpoint's origin and its subdomains (virtual-hosted buckets), same scheme and port.
    bool isTrustedOrigin(const QUrl &url) const override;
    bool signsRequests() const override { return true; }
    ApiError signRequest(const QByteArray &method,
        QNetworkRequest &request,
        const QByteArray &body,
        qint64 bodySize) override;
    qint64 maxSignedBodyBytes() const override { return 0; }

    /// The Host header value for `url` as Qt and StreamUpload send it.
    static QByteArray hostHeader(const QUrl &url);

private:
    QUrl m_endpoint;
    QString m_region;
    SigV4Signer::Credentials m_credentials;
    ObsCredentialSource *m_source = nullptr;
    std::function<QDateTime()> m_clock;
};
