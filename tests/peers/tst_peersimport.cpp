// The clouds.yaml and openrc the peers harness writes (what an operator gets from a real cloud)
// imported as profiles, their passwords into a SecretStore, and each profile signing in to the
// real Keystone with the password read back from the store under the profile's key.
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "auth/keystonesession.h"
#include "cloud/cloudsyamlimport.h"
#include "cloud/openrcimport.h"
#include "cloud/profileimport.h"
#include "cloud/profilestore.h"
#include "net/restclient.h"
#include "peerssupport.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

class tst_PeersImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cloudsYamlSignsIn();
    void openrcSignsIn();

private:
    /// Imports the candidates, then signs in with the first imported profile and the password
    /// the store holds for it. An empty string when it worked, else why not.
    QString importAndSignIn(const ImportScan &scan, const QString &source);

    std::optional<PeersEnv> m_env;
    QString m_runDir;
    RestClient m_client;
};

void tst_PeersImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    QString envFile = qEnvironmentVariable("IW_PEERS_ENV_FILE");
    if (envFile.isEmpty())
        envFile = QStringLiteral(IW_PEERS_ENV_FILE);
    m_runDir = QFileInfo(envFile).absolutePath();
}

QString tst_PeersImport::importAndSignIn(const ImportScan &scan, const QString &source)
{
    if (!scan.ok())
        return scan.error;
    QList<ImportCandidate> chosen;
    for (const ImportCandidate &c : scan.candidates) {
        if (c.source == source)
            chosen << c;
    }
    if (chosen.size() != 1 || !chosen.constFirst().isImportable())
        return u"no importable candidate "_s + source;
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(u"settings.ini"_s));
    MemoryStore secrets;
    ProfileImporter importer(&profiles, &secrets);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    importer.start(chosen);
    if (!finished.wait(5000))
        return u"the import did not finish"_s;
    const CloudProfile profile = importer.outcomes().constFirst().profile;
    KeystoneSession session(&m_client, profile);
    session.setPasswordLoader(KeystoneSession::loaderFromStore(
        &secrets, SecretStore::keyFor(profile.id, SecretKind::Password)));
    bool done = false;
    ApiError error;
    session.withToken(this, [&](const QByteArray &, const ApiError &e) {
        done = true;
        error = e;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 30000))
        return u"no answer from Keystone"_s;
    if (error)
        return error.userMessage();
    if (session.projectId() != m_env->value("IW_PEERS_DEMO_PROJECT_ID"))
        return u"signed in to another project: "_s + session.projectId();
    return {};
}

void tst_PeersImport::cloudsYamlSignsIn()
{
    CloudsYamlImport::SearchPaths paths;
    paths.configFile = m_runDir + u"/clouds.yaml"_s; // as OS_CLIENT_CONFIG_FILE would
    const ImportScan scan = CloudsYamlImport::scan(paths);
    const QString why = importAndSignIn(scan, u"peers"_s);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_PeersImport::openrcSignsIn()
{
    const ImportScan scan = OpenrcImport::read(m_runDir + u"/openrc"_s, QProcessEnvironment());
    QVERIFY(scan.ok());
    const QString source =
        scan.candidates.isEmpty() ? QString() : scan.candidates.constFirst().source;
    const QString why = importAndSignIn(scan, source);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

IW_PEERS_TEST_MAIN(tst_PeersImport)
#include "tst_peersimport.moc"
