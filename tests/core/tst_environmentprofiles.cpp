// Issue 12, defect 14: what `imagewright submit` keeps of a cloud it reached through OS_*
// variables or OS_CLOUD when no saved profile matched (EnvironmentProfiles): connection data
// only, never a secret; and a profile made from it matches the jobs' environment id
// (OpenStackEnv::environmentIdsOf), so once saved it follows them.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "cli/openstackenv.h"
#include "jobs/environmentprofiles.h"
#include "jobs/jobstore.h"
#include "support/canary.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

using Variables = QMap<QString, QString>;
Q_DECLARE_METATYPE(Variables)

class tst_EnvironmentProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void keptDataHoldsNoSecret();
    void profileFromKeptDataMatchesTheJobs_data();
    void profileFromKeptDataMatchesTheJobs();
    void nothingKeptIsNone();
    void rememberedAgainReplaces();

private:
    QString storePath() const { return m_dir->filePath(u"data/jobs.sqlite"_s); }
    QString writeCloudsYaml();
    /// The file's bytes with its WAL and shared-memory files.
    QByteArray storeBytes() const;

    std::unique_ptr<TestDir> m_dir;
};

void tst_EnvironmentProfiles::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_EnvironmentProfiles::writeCloudsYaml()
{
    const QString path = m_dir->filePath(u"clouds.yaml"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"(clouds:
  lab:
    auth:
      auth_url: https://keystone.lab.example:5000
      username: alice
      password: s3cret
      project_name: web
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
  multi:
    auth:
      auth_url: https://keystone.multi.example/v3
      application_credential_id: 4f1c9a
      application_credential_secret: s3cret-too
    regions: [r1, r2]
)");
    return path;
}

QByteArray tst_EnvironmentProfiles::storeBytes() const
{
    QByteArray all;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile f(storePath() + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void tst_EnvironmentProfiles::keptDataHoldsNoSecret()
{
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, u"https://keystone.example:5000/v3"_s);
    env.insert(u"OS_USERNAME"_s, u"alice"_s);
    env.insert(u"OS_PASSWORD"_s, Canary::password);
    env.insert(u"OS_PROJECT_NAME"_s, u"web"_s);
    env.insert(u"OS_REGION_NAME"_s, u"RegionOne"_s);
    QString error;
    const auto password = OpenStackEnv::read(env, &error);
    QVERIFY2(password, qPrintable(error));
    QProcessEnvironment credentialEnv;
    credentialEnv.insert(u"OS_AUTH_URL"_s, u"https://keystone.example:5000/v3"_s);
    credentialEnv.insert(u"OS_APPLICATION_CREDENTIAL_ID"_s, u"4f1c9a"_s);
    credentialEnv.insert(
        u"OS_APPLICATION_CREDENTIAL_SECRET"_s, Canary::applicationCredentialSecret);
    const auto credential = OpenStackEnv::read(credentialEnv, &error);
    QVERIFY2(credential, qPrintable(error));

    const EnvironmentProfiles kept(storePath());
    QVERIFY(kept.remember(password->profile, &error));
    QVERIFY2(kept.remember(credential->profile, &error), qPrintable(error));
    const QByteArray bytes = storeBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(Canary::password.toUtf8()));
    QVERIFY(!bytes.contains(Canary::applicationCredentialSecret.toUtf8()));

    // Only the listed connection keys are written.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(storePath());
        QVERIFY(db.open());
        QSqlQuery q(u"SELECT profile FROM environment_profiles"_s, db);
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            for (const QString &key : o.keys())
                QVERIFY2(EnvironmentProfiles::connectionKeys().contains(key), qPrintable(key));
        }
        QCOMPARE(rows, 2);
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    const auto found = kept.find(credential->profile.id);
    QVERIFY(found);
    QCOMPARE(found->authMethod, AuthMethod::ApplicationCredential);
    QCOMPARE(found->applicationCredentialId, u"4f1c9a"_s);
    QCOMPARE(found->authUrl, credential->profile.authUrl);
}

void tst_EnvironmentProfiles::profileFromKeptDataMatchesTheJobs_data()
{
    QTest::addColumn<Variables>("variables");
    const Variables base{{u"OS_AUTH_URL"_s, u"https://keystone.example:5000"_s},
        {u"OS_USERNAME"_s, u"alice"_s},
        {u"OS_PASSWORD"_s, Canary::password},
        {u"OS_USER_DOMAIN_NAME"_s, u"Default"_s},
        {u"OS_PROJECT_DOMAIN_ID"_s, u"default"_s},
        {u"OS_REGION_NAME"_s, u"RegionOne"_s}};
    Variables byName = base;
    byName.insert(u"OS_PROJECT_NAME"_s, u"web"_s);
    QTest::newRow("project by name") << byName;
    Variables byId = base;
    byId.insert(u"OS_PROJECT_ID"_s, u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21"_s);
    QTest::newRow("project by id") << byId;
    Variables both = byName;
    both.insert(u"OS_PROJECT_ID"_s, u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21"_s);
    both.insert(u"OS_CACERT"_s, u"/etc/ssl/lab-ca.pem"_s);
    QTest::newRow("project by name and id, CA bundle") << both;
    Variables credentialById{{u"OS_AUTH_URL"_s, u"https://keystone.example/v3"_s},
        {u"OS_APPLICATION_CREDENTIAL_ID"_s, u"4f1c9a"_s},
        {u"OS_APPLICATION_CREDENTIAL_SECRET"_s, Canary::applicationCredentialSecret},
        {u"OS_REGION_NAME"_s, u"RegionOne"_s}};
    QTest::newRow("application credential by id") << credentialById;
    // An openrc file may leave OS_PROJECT_NAME set beside a credential: it is in the job's id.
    Variables credentialByName = credentialById;
    credentialByName.remove(u"OS_APPLICATION_CREDENTIAL_ID"_s);
    credentialByName.insert(u"OS_APPLICATION_CREDENTIAL_NAME"_s, u"ci"_s);
    credentialByName.insert(u"OS_USERNAME"_s, u"alice"_s);
    credentialByName.insert(u"OS_PROJECT_NAME"_s, u"web"_s);
    QTest::newRow("application credential by name, project set") << credentialByName;
    QTest::newRow("OS_CLOUD") << Variables{{u"OS_CLOUD"_s, u"lab"_s}};
    QTest::newRow("OS_CLOUD, one of its regions")
        << Variables{{u"OS_CLOUD"_s, u"multi"_s}, {u"OS_REGION_NAME"_s, u"r2"_s}};
}

void tst_EnvironmentProfiles::profileFromKeptDataMatchesTheJobs()
{
    QFETCH(Variables, variables);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"OS_CLIENT_CONFIG_FILE"_s, writeCloudsYaml());
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    QString error;
    const auto fromEnv = OpenStackEnv::read(env, &error);
    QVERIFY2(fromEnv, qPrintable(error));
    const QString jobsId = fromEnv->profile.id; // what `submit` files the jobs under
    QVERIFY(jobsId.startsWith(u"env-"_s));

    // What `submit` keeps (CommandLineCloud: the profile, named as offered).
    CloudProfile keptProfile = fromEnv->profile;
    keptProfile.name = fromEnv->savedName;
    QVERIFY(EnvironmentProfiles(storePath()).remember(keptProfile, &error));
    const std::optional<CloudProfile> kept = EnvironmentProfiles(storePath()).find(jobsId);
    QVERIFY(kept);

    // A saved profile made from it (a fresh id, the auth URL through its text field as the
    // profile editor does) follows the jobs; the environment's own profile is no saved one.
    CloudProfile saved = *kept;
    saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    saved.authUrl = QUrl(kept->authUrl.toString());
    const QStringList ids = OpenStackEnv::environmentIdsOf(saved);
    QVERIFY2(ids.contains(jobsId), qPrintable(jobsId + u" not in "_s + ids.join(u", "_s)));

    // Renamed, an OS_CLOUD profile no longer names the cloud (docs/request-files.md).
    if (variables.contains(u"OS_CLOUD"_s)) {
        saved.name = u"Renamed"_s;
        QVERIFY(!OpenStackEnv::environmentIdsOf(saved).contains(jobsId));
    }
}

void tst_EnvironmentProfiles::nothingKeptIsNone()
{
    // No file: none, and no file is made by asking.
    QVERIFY(!EnvironmentProfiles(storePath()).find(u"env-0123456789abcdef"_s));
    QVERIFY(!QFile::exists(storePath()));
    // A job store without the table (an earlier version's): none.
    QVERIFY(JobStore(storePath()).save({}));
    QVERIFY(QFile::exists(storePath()));
    QVERIFY(!EnvironmentProfiles(storePath()).find(u"env-0123456789abcdef"_s));
    QVERIFY(!EnvironmentProfiles(storePath()).find(QString()));
}

void tst_EnvironmentProfiles::rememberedAgainReplaces()
{
    CloudProfile p;
    p.id = u"env-00000000000000aa"_s;
    p.name = u"Environment (alice@web)"_s;
    p.authUrl = QUrl(u"https://keystone.example/v3"_s);
    p.userName = u"alice"_s;
    p.projectName = u"web"_s;
    p.region = u"RegionOne"_s;
    const EnvironmentProfiles kept(storePath());
    QVERIFY(kept.remember(p));
    p.caBundlePath = u"/etc/ssl/new-ca.pem"_s;
    p.tlsMode = TlsMode::CaBundle;
    QVERIFY(kept.remember(p));
    const auto found = kept.find(p.id);
    QVERIFY(found);
    QCOMPARE(found->toJson(), p.toJson());
    // The jobs in the same file are untouched by it.
    QCOMPARE(JobStore(storePath()).load().size(), 0);
}

QTEST_GUILESS_MAIN(tst_EnvironmentProfiles)
#include "tst_environmentprofiles.moc"
