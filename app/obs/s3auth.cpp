#include "obs/s3auth.h"

#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include "logging.h"
#include "obs/obscredentialsource.h"

using namespace Qt::StringLiterals;

S3Auth::S3Auth(const QUrl &endpoint,
    const QString &region,
    const SigV4Signer::Credentials &credentials,
    QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_region(region)
    , m_credentials(credentials)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    Logging::registerSecret(m_credentials.secretKey);
    Logging::registerSecret(m_credentials.sessionToken);
}

S3Auth::~S3Auth()
{
    Logging::forgetSecret(m_credentials.secretKey);
    Logging::forgetSecret(m_credentials.sessionToken);
}

void S3Auth::withToken(QObject *context, TokenCallback callback)
{
    if (!m_source) {
        // Nothing to fetch: every request is signed. Always answered later, as the contract says.
        QTimer::singleShot(0, context, [callback = std::move(callback)] { callback({}, {}); });
        return;
    }
    m_source->withCredentials(context,
        [this, callback = std::move(callback)](
            const SigV4Signer::Credentials &credentials, const ApiError &error) {
            if (!error
                && (credentials.accessKey != m_credentials.accessKey
                    || credentials.secretKey != m_credentials.secretKey
                    || credentials.sessionToken != m_credentials.sessionToken)) {
                // The source keeps them registered with the scrubber too; this holds its own.
                Logging::forgetSecret(m_credentials.secretKey);
                Logging::forgetSecret(m_credentials.sessionToken);
                m_credentials = credentials;
                Logging::registerSecret(m_credentials.secretKey);
                Logging::registerSecret(m_credentials.sessionToken);
            }
            callback({}, error);
        });
}

bool S3Auth::isTrustedOrigin(const QUrl &url) const
{
    if (url.scheme().compare(m_endpoint.scheme(), Qt::CaseInsensitive) != 0)
        return false;
    const int defaultPort = m_endpoint.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != m_endpoint.port(defaultPort))
        return false;
    const QString host = url.host().toLower();
    const QString base = m_endpoint.host().toLower();
    return host == base || host.endsWith(u'.' + base);
}

QByteArray S3Auth::hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

ApiError S3Auth::signRequest(
    const QByteArray &method, QNetworkRequest &request, const QByteArray &body, qint64 bodySize)
{
    Q_UNUSED(body)
    Q_UNUSED(bodySize)
    const QUrl url = request.url();
    SigV4Signer::Request r;
    r.method = method;
    r.path = url.path(QUrl::FullyDecoded).toUtf8();
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        r.query.append({name.toUtf8(), value.toUtf8()});
    r.headers.append({"host", hostHeader(url)});
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower == "content-md5" || lower.startsWith("x-amz-"))
            r.headers.append({lower, request.rawHeader(name)});
    }
    const SigV4Signer::Signed s = SigV4Signer::sign(
        r, m_credentials, m_region, u"s3"_s, m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
    for (const auto &[name, value] : s.headers)
        request.setRawHeader(name, value);
    return {};
}
