#include "support/testcertificates.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace TestCertificates {

bool openssl(const QStringList &arguments, const QString &dir, QByteArray *out)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"openssl"_s, arguments);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ')
                             << "failed:" << p.readAllStandardError();
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool make(const QString &dir, const QStringList &caNames)
{
    if (caNames.isEmpty())
        return false;
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s};
    for (const QString &name : caNames) {
        if (!openssl(QStringList{u"req"_s, u"-x509"_s} + ec
                    + QStringList{u"-nodes"_s,
                        u"-keyout"_s,
                        name + u".key"_s,
                        u"-out"_s,
                        name + u".pem"_s,
                        u"-days"_s,
                        u"2"_s,
                        u"-subj"_s,
                        u"/CN=Imagewright test "_s + name,
                        u"-addext"_s,
                        u"basicConstraints=critical,CA:TRUE"_s,
                        u"-addext"_s,
                        u"keyUsage=critical,keyCertSign,cRLSign"_s},
                dir))
            return false;
    }
    // The server's certificate for 127.0.0.1 and localhost, signed by the first CA.
    if (!openssl(QStringList{u"req"_s} + ec
                + QStringList{u"-nodes"_s,
                    u"-keyout"_s,
                    u"server.key"_s,
                    u"-out"_s,
                    u"server.csr"_s,
                    u"-subj"_s,
                    u"/CN=127.0.0.1"_s},
            dir))
        return false;
    QFile ext(dir + u"/server.ext"_s);
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString ca = caNames.constFirst();
    return openssl({u"x509"_s,
                       u"-req"_s,
                       u"-in"_s,
                       u"server.csr"_s,
                       u"-CA"_s,
                       ca + u".pem"_s,
                       u"-CAkey"_s,
                       ca + u".key"_s,
                       u"-CAcreateserial"_s,
                       u"-out"_s,
                       u"server.pem"_s,
                       u"-days"_s,
                       u"2"_s,
                       u"-extfile"_s,
                       u"server.ext"_s},
        dir);
}

} // namespace TestCertificates
