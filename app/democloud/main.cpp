// imagewright-democloud: the local fake cloud the app's demo profile and the tests run against.
// Usage: imagewright-democloud [--port N] [--job-seconds S] [--token-seconds S] [--state-dir DIR]
//                              [--tls-cert FILE --tls-key FILE]
// The first stdout line is the auth URL (http://127.0.0.1:PORT/v3, https with --tls-cert);
// everything else goes to stderr. See docs/democloud.md.

#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#ifdef Q_OS_LINUX
#include <csignal>

#include <sys/prctl.h>
#endif

#include "cloudserver.h"
#include "imagecatalog.h"
#include "iwversion.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int UsageError = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "imagewright-democloud: %s\n", qPrintable(message));
    return UsageError;
}

bool parseSeconds(const QString &text, double *seconds)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return false;
    *seconds = value;
    return true;
}

/// The server side of --tls-cert/--tls-key: the PEM certificate (chain: the server's first)
/// and its PEM private key (RSA or EC, unencrypted).
bool loadTls(const QString &certPath,
    const QString &keyPath,
    QSslConfiguration *configuration,
    QString *error)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read --tls-cert %1: %2"_s.arg(certPath, certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"--tls-cert %1 holds no PEM certificate"_s.arg(certPath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read --tls-key %1: %2"_s.arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = u"--tls-key %1 holds no unencrypted PEM RSA or EC key"_s.arg(keyPath);
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = u"no TLS backend is available"_s;
        return false;
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificateChain(chain);
    c.setPrivateKey(key);
    c.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    *configuration = c;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_LINUX
    // Die with whoever started us (the app or a test), so a crash there leaves no stray server.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"imagewright-democloud"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IW_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Imagewright demo cloud: a local stand-in for Keystone, IMS, Nova, Cinder and Glance "
        "(user demo, password demo, project demo, region demo-1)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        u"port"_s, u"Port on 127.0.0.1 (default 0: a free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption jobOption(u"job-seconds"_s,
        u"How long an IMS job runs; fractions allowed (default 60)."_s,
        u"S"_s,
        u"60"_s);
    const QCommandLineOption tokenOption(
        u"token-seconds"_s, u"Keystone token lifetime (default 3600)."_s, u"S"_s, u"3600"_s);
    const QCommandLineOption stateOption(
        u"state-dir"_s, u"Keep jobs and images in DIR across restarts."_s, u"DIR"_s);
    const QCommandLineOption tlsCertOption(u"tls-cert"_s,
        u"Serve HTTPS with this PEM certificate (chain); needs --tls-key."_s,
        u"FILE"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"The PEM private key of --tls-cert (unencrypted)."_s, u"FILE"_s);
    const QCommandLineOption samplesOption(u"sample-images"_s,
        u"Serve N more private sample images (generated, a minute apart), e.g. for a bench "
        "(default 0)."_s,
        u"N"_s,
        u"0"_s);
    parser.addOptions({portOption,
        jobOption,
        tokenOption,
        stateOption,
        tlsCertOption,
        tlsKeyOption,
        samplesOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(u"unexpected argument %1"_s.arg(parser.positionalArguments().first()));
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return usageError(u"--port needs a number from 0 to 65535"_s);
    DemoCloud::CloudConfig config;
    if (!parseSeconds(parser.value(jobOption), &config.jobSeconds))
        return usageError(u"--job-seconds needs a non-negative number"_s);
    if (!parseSeconds(parser.value(tokenOption), &config.tokenSeconds)
        || config.tokenSeconds <= 0) {
        return usageError(u"--token-seconds needs a positive number"_s);
    }
    if (parser.isSet(stateOption)) {
        config.stateDir = parser.value(stateOption);
        if (config.stateDir.isEmpty())
            return usageError(u"--state-dir needs a directory"_s);
    }

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return usageError(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(tlsCertOption)) {
        QSslConfiguration tls;
        QString tlsError;
        if (!loadTls(parser.value(tlsCertOption), parser.value(tlsKeyOption), &tls, &tlsError))
            return usageError(tlsError);
        config.tls = tls;
    }

    bool samplesOk = false;
    const int samples = parser.value(samplesOption).toInt(&samplesOk);
    if (!samplesOk || samples < 0 || samples > 100000)
        return usageError(u"--sample-images needs a number from 0 to 100000"_s);
    DemoCloud::ImageCatalog::setExtraSamples(samples);
    // Made before the port opens, as a real cloud's catalog exists before it is asked: with
    // thousands of sample images the first list page would otherwise wait for them.
    DemoCloud::ImageCatalog::samples();

    DemoCloud::CloudServer server(config);
    QString error;
    if (!server.start(quint16(port), &error)) {
        std::fprintf(stderr, "imagewright-democloud: %s\n", qPrintable(error));
        return 1;
    }
    // The first stdout line is the contract with whoever started us (interfaces.md §5).
    std::fputs(qPrintable(server.authUrl() + u'\n'), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
