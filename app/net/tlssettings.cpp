#include "net/tlssettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslSocket>

using namespace Qt::StringLiterals;

std::shared_ptr<const TlsSettings> TlsSettings::forProfile(const CloudProfile &profile)
{
    return make(profile.tlsMode, profile.caBundlePath);
}

std::shared_ptr<const TlsSettings> TlsSettings::make(TlsMode mode, const QString &caBundlePath)
{
    auto s = std::make_shared<TlsSettings>();
    s->m_mode = mode;
    switch (mode) {
    case TlsMode::Verify:
        break;
    case TlsMode::Insecure:
        // Only for a profile that opted in: no peer verification at all, which makes every
        // certificate error moot (never the blanket ignoreSslErrors()).
        s->m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        s->m_key = "insecure";
        break;
    case TlsMode::CaBundle: {
        s->m_caBundlePath = caBundlePath;
        s->m_problem = checkCaBundle(caBundlePath, &s->m_bundle);
        // addCaCertificates() would turn off Qt's on-demand loading of the system's CAs: list
        // them explicitly, then the bundle's.
        QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
        cas += s->m_bundle;
        s->m_configuration.setCaCertificates(cas);
        s->m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(caBundlePath.toUtf8());
        for (const QSslCertificate &c : std::as_const(s->m_bundle))
            hash.addData(c.digest(QCryptographicHash::Sha256));
        s->m_key = "ca:" + hash.result().toHex();
        break;
    }
    }
    return s;
}

QString TlsSettings::CaBundleCheck::problem(const QString &path)
{
    const QFileInfo info(path);
    const QString key = path + u'\n' + QString::number(info.exists() ? info.size() : -1) + u'\n'
        + QString::number(info.exists() ? info.lastModified().toMSecsSinceEpoch() : -1);
    if (m_reads == 0 || key != m_key) {
        m_key = key;
        m_problem = checkCaBundle(path);
        ++m_reads;
    }
    return m_problem;
}

QString TlsSettings::checkCaBundle(const QString &path, QList<QSslCertificate> *certificates)
{
    if (certificates)
        certificates->clear();
    const QString shown = QDir::toNativeSeparators(path);
    if (path.trimmed().isEmpty())
        return tr("Choose the CA bundle file (PEM) that signed the cloud's certificate.");
    const QFileInfo info(path);
    if (!info.exists())
        //: %1 = file path
        return tr("The CA bundle file %1 does not exist.").arg(shown);
    if (!info.isFile())
        //: %1 = path
        return tr("%1 is not a file: choose a CA bundle file (PEM).").arg(shown);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 = file path, %2 = the system's reason
        return tr("The CA bundle file %1 cannot be read: %2").arg(shown, file.errorString());
    if (file.size() > 16 * 1024 * 1024)
        //: %1 = file path
        return tr("The CA bundle file %1 is too large to be a certificate bundle.").arg(shown);
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        //: %1 = file path
        return tr("The CA bundle file %1 is empty.").arg(shown);
    const QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    QList<QSslCertificate> usable;
    for (const QSslCertificate &c : found) {
        if (!c.isNull())
            usable.append(c);
    }
    if (usable.isEmpty())
        //: %1 = file path. PEM = the text format with "-----BEGIN CERTIFICATE-----"
        return tr("The CA bundle file %1 holds no PEM certificate.").arg(shown);
    if (certificates)
        *certificates = usable;
    return {};
}

QString TlsSettings::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            out += u':';
        out += QLatin1String(hex.mid(i, 2));
    }
    return out;
}

QString TlsSettings::describeErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    QStringList reasons;
    QSslCertificate certificate = peer;
    for (const QSslError &e : errors) {
        const QString text = e.errorString();
        if (!reasons.contains(text))
            reasons.append(text);
        if (certificate.isNull() && !e.certificate().isNull())
            certificate = e.certificate();
    }
    QString why = reasons.join(u"; "_s);
    if (!certificate.isNull()) {
        const QString subject = certificate.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        //: %1 = why the certificate was refused (Qt's text), %2 = the certificate's name,
        //: %3 = its SHA-256 fingerprint "AB:CD:…"
        why = tr("%1 (certificate “%2”, SHA-256 fingerprint %3)")
                  .arg(why, subject, fingerprint(certificate));
    }
    return why;
}
