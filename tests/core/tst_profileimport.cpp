// Importing profiles from clouds.yaml / secure.yaml and openrc files (issue 5, Import): the
// openstacksdk search order, the secure.yaml merge, every auth method and vendor profile, TLS
// settings, region lists, broken YAML, what cannot be imported and why, Horizon's openrc
// template, and the importer writing secrets to the SecretStore only.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cli/openstackenv.h"
#include "cloud/cloudsyamlimport.h"
#include "cloud/openrcimport.h"
#include "cloud/profileimport.h"
#include "cloud/profilestore.h"
#include "logging.h"
#include "secrets/secretstore.h"
#include "support/canary.h"
#include "support/fixtures.h"
#include "support/testdir.h"
#include "support/unavailablestore.h"

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

ImportCandidate only(const ImportScan &scan)
{
    if (!scan.ok() || scan.candidates.size() != 1)
        qFatal("expected one candidate, got %d (%s)",
            int(scan.candidates.size()),
            qPrintable(scan.error));
    return scan.candidates.constFirst();
}

QString secret(const ImportCandidate &c, SecretKind kind)
{
    return c.secrets.value(kind).value();
}

} // namespace

class tst_ProfileImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainPasswordCloud();
    void secureYamlMergesTheSecret();
    void applicationCredential();
    void otcVendorProfiles();
    void huaweiAkSk();
    void akSkBesidePasswordIsKeptToo();
    void cacertAndVerifyFalse();
    void regionLists();
    void endpointOverridesAndIgnoredKeys();
    void brokenYamlSaysWhere();
    void notImportableListedWithReason_data();
    void notImportableListedWithReason();
    void searchOrder();
    void openrcFromHorizon();
    void openrcPlain();
    void openrcApplicationCredential();
    void openrcRefusals();
    void importerWritesSecretsToTheStoreOnly();
    void importerKeychainUnavailable();
    void heldSecretsAreScrubbedFromLogs();
    void uniqueNames();
    void submitEnvironmentStillMaps();
    void familyGuessedFromTheAuthUrl_data();
    void familyGuessedFromTheAuthUrl();
};

void tst_ProfileImport::plainPasswordCloud()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  lab:
    auth:
      auth_url: https://keystone.example.org:5000/v3
      username: alice
      password: "Pa55: w0rd #1"
      project_name: web
      user_domain_name: Users
      project_domain_name: Projects
    region_name: RegionOne
    interface: internal
    identity_api_version: 3
    split_loggers: true
)",
        u"clouds.yaml"_s);
    const ImportCandidate c = only(scan);
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.source, u"lab"_s);
    const CloudProfile &p = c.profile;
    QVERIFY(p.id.isEmpty());
    QCOMPARE(p.name, u"lab"_s);
    QCOMPARE(p.family, CloudFamily::OpenStack);
    QCOMPARE(p.authUrl, QUrl(u"https://keystone.example.org:5000/v3"_s));
    QCOMPARE(p.region, u"RegionOne"_s);
    QCOMPARE(p.userName, u"alice"_s);
    QCOMPARE(p.userDomain, u"Users"_s);
    QCOMPARE(p.projectName, u"web"_s);
    QCOMPARE(p.projectDomain, u"Projects"_s);
    QCOMPARE(p.interface, u"internal"_s);
    QCOMPARE(p.authMethod, AuthMethod::Password);
    QCOMPARE(p.tlsMode, TlsMode::Verify);
    QCOMPARE(secret(c, SecretKind::Password), u"Pa55: w0rd #1"_s);
    QCOMPARE(c.secrets.size(), 1);
    QVERIFY(!c.secretMissing);
    QVERIFY2(c.notes.isEmpty(), qPrintable(c.notes.join(u'\n'))); // split_loggers: harmless
    // The profile as it would be saved has no trace of the password.
    QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("Pa55"));

    // No version in the URL: /v3 is added, and the note says so. No domains: Default.
    const ImportCandidate bare = only(CloudsYamlImport::parse(R"(
clouds:
  bare:
    auth: {auth_url: "https://keystone.example.org:5000/", username: bob, project_id: 42}
)",
        u"clouds.yaml"_s));
    QVERIFY(bare.isImportable());
    QCOMPARE(bare.profile.authUrl, QUrl(u"https://keystone.example.org:5000/v3"_s));
    QVERIFY2(bare.notes.join(u'\n').contains(u"/v3"_s), qPrintable(bare.notes.join(u'\n')));
    QCOMPARE(bare.profile.userDomain, u"Default"_s);
    QCOMPARE(bare.profile.projectDomain, u"Default"_s);
    QCOMPARE(bare.profile.projectId, u"42"_s);
    QVERIFY(bare.secretMissing); // asked for at the first sign-in
    QVERIFY(bare.secrets.isEmpty());

    // domain_name is the default of both domains.
    const ImportCandidate both = only(CloudsYamlImport::parse(R"(
clouds:
  both:
    auth: {auth_url: "https://k.example.org/v3", username: bob, project_name: p, domain_name: Corp}
)",
        u"clouds.yaml"_s));
    QCOMPARE(both.profile.userDomain, u"Corp"_s);
    QCOMPARE(both.profile.projectDomain, u"Corp"_s);
}

void tst_ProfileImport::secureYamlMergesTheSecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"clouds.yaml"_s), R"(
clouds:
  prod:
    auth:
      auth_url: https://keystone.example.org/v3
      username: alice
      project_name: web
    region_name: RegionOne
  other:
    auth:
      auth_url: https://keystone.example.org/v3
      username: carol
      project_name: ops
)"));
    QVERIFY(writeFile(dir.filePath(u"secure.yaml"_s), R"(
clouds:
  prod:
    auth:
      password: only-in-secure-yaml
)"));
    const ImportScan scan = CloudsYamlImport::read(dir.filePath(u"clouds.yaml"_s));
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    QCOMPARE(
        scan.files, (QStringList{dir.filePath(u"clouds.yaml"_s), dir.filePath(u"secure.yaml"_s)}));
    QCOMPARE(scan.candidates.size(), 2);
    const ImportCandidate &other = scan.candidates.at(0); // sorted by name
    const ImportCandidate &prod = scan.candidates.at(1);
    QCOMPARE(prod.source, u"prod"_s);
    // The deep merge keeps clouds.yaml's auth keys beside secure.yaml's password.
    QCOMPARE(prod.profile.userName, u"alice"_s);
    QCOMPARE(prod.profile.authUrl, QUrl(u"https://keystone.example.org/v3"_s));
    QCOMPARE(secret(prod, SecretKind::Password), u"only-in-secure-yaml"_s);
    QVERIFY(!prod.secretMissing);
    QCOMPARE(other.source, u"other"_s);
    QVERIFY(other.secrets.isEmpty());
    QVERIFY(other.secretMissing);
}

void tst_ProfileImport::applicationCredential()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  byid:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://keystone.example.org/v3
      application_credential_id: 21dced0fd20347869b93710d2b98aae0
      application_credential_secret: app-cred-secret-value
    region_name: RegionOne
  byname:
    auth_type: "v3applicationcredential"
    auth:
      auth_url: https://keystone.example.org/v3
      application_credential_name: ci
      username: robot
      user_domain_name: Service
  implicit:
    auth:
      auth_url: https://keystone.example.org/v3
      application_credential_id: abc
)",
        u"clouds.yaml"_s);
    QVERIFY(scan.ok());
    QCOMPARE(scan.candidates.size(), 3);
    const ImportCandidate &byid = scan.candidates.at(0);
    QVERIFY2(byid.isImportable(), qPrintable(byid.problems.join(u'\n')));
    QCOMPARE(byid.profile.authMethod, AuthMethod::ApplicationCredential);
    QCOMPARE(byid.profile.applicationCredentialId, u"21dced0fd20347869b93710d2b98aae0"_s);
    QVERIFY(byid.profile.applicationCredentialName.isEmpty());
    QCOMPARE(secret(byid, SecretKind::ApplicationCredentialSecret), u"app-cred-secret-value"_s);
    QVERIFY(!QJsonDocument(byid.profile.toJson()).toJson().contains("app-cred-secret"));

    const ImportCandidate &byname = scan.candidates.at(1);
    QVERIFY2(byname.isImportable(), qPrintable(byname.problems.join(u'\n')));
    QCOMPARE(byname.profile.applicationCredentialName, u"ci"_s);
    QCOMPARE(byname.profile.userName, u"robot"_s);
    QCOMPARE(byname.profile.userDomain, u"Service"_s);
    QVERIFY(byname.secretMissing);

    const ImportCandidate &implicit = scan.candidates.at(2);
    QCOMPARE(implicit.profile.authMethod, AuthMethod::ApplicationCredential);
    QVERIFY(implicit.isImportable());
}

void tst_ProfileImport::otcVendorProfiles()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  otc:
    profile: otc
    auth:
      username: 'alice'
      password: 'otc-password-1'
      project_name: 'eu-de_web'
      user_domain_name: 'OTC00000000001000000123'
    interface: 'public'
    identity_api_version: 3
  otc-nl:
    profile: otc
    region_name: eu-nl
    auth: {username: bob, project_name: eu-nl, user_domain_name: OTC00000000001000000123}
  swiss:
    profile: otc-swiss
    auth: {username: carol, project_name: eu-ch2, user_domain_name: OTC-CH}
)",
        u"clouds.yaml"_s);
    QVERIFY(scan.ok());
    QCOMPARE(scan.candidates.size(), 3);
    const ImportCandidate &de = scan.candidates.at(0);
    QCOMPARE(de.source, u"otc"_s);
    QVERIFY2(de.isImportable(), qPrintable(de.problems.join(u'\n')));
    QCOMPARE(de.profile.family, CloudFamily::OpenTelekomCloud);
    QCOMPARE(de.profile.region, u"eu-de"_s); // the vendor's first region
    QCOMPARE(de.profile.authUrl, QUrl(u"https://iam.eu-de.otc.t-systems.com/v3"_s));
    QCOMPARE(de.profile.userDomain, u"OTC00000000001000000123"_s);
    QCOMPARE(de.profile.projectName, u"eu-de_web"_s);
    QVERIFY(de.profile.projectDomain.isEmpty()); // OTC IAM scopes a project by name alone
    QVERIFY(de.notes.join(u'\n').contains(u"vendor profile"_s));
    QCOMPARE(secret(de, SecretKind::Password), u"otc-password-1"_s);

    const ImportCandidate &nl = scan.candidates.at(1);
    QCOMPARE(nl.profile.region, u"eu-nl"_s);
    QCOMPARE(nl.profile.authUrl, QUrl(u"https://iam.eu-nl.otc.t-systems.com/v3"_s));

    const ImportCandidate &swiss = scan.candidates.at(2);
    QCOMPARE(swiss.profile.family, CloudFamily::OpenTelekomCloud);
    QCOMPARE(swiss.profile.region, u"eu-ch2"_s);
    QCOMPARE(swiss.profile.authUrl, QUrl(u"https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3"_s));

    // An OTC cloud by its auth URL alone (no vendor profile): the family and region still.
    const ImportCandidate byHost = only(CloudsYamlImport::parse(R"(
clouds:
  t:
    auth:
      auth_url: 'https://iam.eu-de.otc.t-systems.com:443/v3'
      username: a
      project_name: eu-de
      user_domain_name: OTC0001
)",
        u"clouds.yaml"_s));
    QCOMPARE(byHost.profile.family, CloudFamily::OpenTelekomCloud);
    QCOMPARE(byHost.profile.region, u"eu-de"_s);
    QVERIFY(byHost.isImportable());
}

void tst_ProfileImport::huaweiAkSk()
{
    const ImportCandidate c = only(CloudsYamlImport::parse(R"(
clouds:
  hwc:
    auth:
      auth_url: https://iam.cn-north-4.myhuaweicloud.com/v3
      project_id: 0a1b2c3d4e5f
    ak: AKIDEXAMPLE0001
    sk: sk-secret-value-0001
    security_token: temporary-security-token-01
)",
        u"clouds.yaml"_s));
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.profile.family, CloudFamily::HuaweiCloud);
    QCOMPARE(c.profile.authMethod, AuthMethod::AkSk);
    QCOMPARE(c.profile.accessKey, u"AKIDEXAMPLE0001"_s);
    QVERIFY(c.profile.temporaryAccessKey);
    QCOMPARE(c.profile.region, u"cn-north-4"_s); // from the IAM host
    QCOMPARE(c.profile.projectId, u"0a1b2c3d4e5f"_s);
    QCOMPARE(secret(c, SecretKind::SecretKey), u"sk-secret-value-0001"_s);
    QCOMPARE(secret(c, SecretKind::SecurityToken), u"temporary-security-token-01"_s);
    const QByteArray json = QJsonDocument(c.profile.toJson()).toJson();
    QVERIFY(json.contains("AKIDEXAMPLE0001")); // the AK is an identifier
    QVERIFY(!json.contains("sk-secret-value"));
    QVERIFY(!json.contains("temporary-security-token"));

    // AK/SK with no way to find the cloud: listed, not imported.
    const ImportCandidate lost = only(
        CloudsYamlImport::parse("clouds:\n  x:\n    ak: AK1\n    sk: SK1\n", u"clouds.yaml"_s));
    QVERIFY(!lost.isImportable());
    QVERIFY(lost.problems.join(u'\n').contains(u"auth_url"_s));
}

void tst_ProfileImport::akSkBesidePasswordIsKeptToo()
{
    // otcextensions' sample: a password for the APIs, ak/sk for OBS.
    const ImportCandidate c = only(CloudsYamlImport::parse(R"(
clouds:
  otc:
    profile: otc
    auth: {username: u, password: pw-123456, project_name: eu-de, user_domain_name: OTC1}
    ak: AK2
    sk: SK2-secret-key
)",
        u"clouds.yaml"_s));
    QCOMPARE(c.profile.authMethod, AuthMethod::Password);
    QCOMPARE(c.profile.accessKey, u"AK2"_s);
    QCOMPARE(secret(c, SecretKind::Password), u"pw-123456"_s);
    QCOMPARE(secret(c, SecretKind::SecretKey), u"SK2-secret-key"_s);
    QVERIFY(c.notes.join(u'\n').contains(u"ak/sk"_s));
}

void tst_ProfileImport::cacertAndVerifyFalse()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  a-bundle:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    cacert: /etc/ssl/private-ca.pem
  b-insecure:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    verify: false
  c-both:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    cacert: ~/ca.pem
    verify: False
  d-clientcert:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    cert: /etc/ssl/me.pem
    key: /etc/ssl/me.key
)",
        u"clouds.yaml"_s);
    QCOMPARE(scan.candidates.size(), 4);
    QCOMPARE(scan.candidates.at(0).profile.tlsMode, TlsMode::CaBundle);
    QCOMPARE(scan.candidates.at(0).profile.caBundlePath, u"/etc/ssl/private-ca.pem"_s);
    QCOMPARE(scan.candidates.at(1).profile.tlsMode, TlsMode::Insecure);
    QVERIFY(scan.candidates.at(1).notes.join(u'\n').contains(u"insecure"_s));
    QCOMPARE(scan.candidates.at(2).profile.tlsMode, TlsMode::Insecure); // verify: false wins
    QCOMPARE(scan.candidates.at(3).profile.tlsMode, TlsMode::Verify);
    QVERIFY(scan.candidates.at(3).isImportable());
    QVERIFY(scan.candidates.at(3).notes.join(u'\n').contains(u"client certificate"_s));
}

void tst_ProfileImport::regionLists()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  multi:
    auth: {auth_url: "https://k.example.org/v3", username: u, password: pw-multi-1, project_name: p}
    regions:
      - RegionOne
      - name: RegionTwo
        values:
          interface: internal
  listed:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    region_name: [east, west]
  commas:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    region_name: "north,south"
)",
        u"clouds.yaml"_s);
    QVERIFY(scan.ok());
    QStringList names;
    for (const ImportCandidate &c : scan.candidates)
        names << c.profile.name + u'=' + c.profile.region;
    QCOMPARE(names,
        (QStringList{u"commas north=north"_s,
            u"commas south=south"_s,
            u"listed east=east"_s,
            u"listed west=west"_s,
            u"multi RegionOne=RegionOne"_s,
            u"multi RegionTwo=RegionTwo"_s}));
    const ImportCandidate &one = scan.candidates.at(4);
    const ImportCandidate &two = scan.candidates.at(5);
    QVERIFY(one.checkedByDefault); // openstacksdk's default region is the first
    QVERIFY(!two.checkedByDefault);
    QCOMPARE(one.profile.interface, u"public"_s);
    QCOMPARE(two.profile.interface, u"internal"_s);               // the region's own values
    QCOMPARE(secret(two, SecretKind::Password), u"pw-multi-1"_s); // each profile stores its own
    QVERIFY(one.notes.join(u'\n').contains(u"2 regions"_s));
}

void tst_ProfileImport::endpointOverridesAndIgnoredKeys()
{
    const ImportCandidate c = only(CloudsYamlImport::parse(R"(
clouds:
  gw:
    auth: {auth_url: "https://k.example.org/v3", username: u, project_name: p}
    image_endpoint_override: https://glance.gw.example.org
    block-storage-endpoint-override: https://cinder.gw.example.org/v3/abc
    compute_endpoint_override: https://nova.gw.example.org/v2.1/%(project_id)s
    image_api_version: 1
    compute_service_name: nova-legacy
)",
        u"clouds.yaml"_s));
    QVERIFY(c.isImportable());
    QCOMPARE(
        c.profile.endpointOverrides.value(u"image"_s), QUrl(u"https://glance.gw.example.org"_s));
    QCOMPARE(c.profile.endpointOverrides.value(u"volumev3"_s),
        QUrl(u"https://cinder.gw.example.org/v3/abc"_s));
    QVERIFY(!c.profile.endpointOverrides.contains(u"compute"_s));
    const QString notes = c.notes.join(u'\n');
    QVERIFY2(notes.contains(u"compute_endpoint_override"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"image_api_version"_s), qPrintable(notes));
    QVERIFY2(notes.contains(u"compute_service_name"_s), qPrintable(notes));
}

void tst_ProfileImport::brokenYamlSaysWhere()
{
    const ImportScan scan = CloudsYamlImport::parse(R"(clouds:
  lab:
    auth: {auth_url: "https://k.example.org/v3", username: u
    region_name: RegionOne
)",
        u"/home/op/.config/openstack/clouds.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY(scan.candidates.isEmpty());
    QVERIFY2(
        scan.error.contains(u"/home/op/.config/openstack/clouds.yaml"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"line 4"_s) || scan.error.contains(u"line 3"_s),
        qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"column"_s), qPrintable(scan.error));

    // A broken secure.yaml names itself.
    const ImportScan secure = CloudsYamlImport::parse(
        "clouds:\n  a: {}\n", u"clouds.yaml"_s, "clouds:\n  a:\n\tauth: x\n", u"secure.yaml"_s);
    QVERIFY(!secure.ok());
    QVERIFY2(secure.error.startsWith(u"secure.yaml"_s), qPrintable(secure.error));

    // YAML, but not a clouds.yaml.
    const ImportScan list = CloudsYamlImport::parse("- a\n- b\n", u"clouds.yaml"_s);
    QVERIFY(!list.ok());
    QVERIFY2(list.error.contains(u"clouds:"_s), qPrintable(list.error));
}

void tst_ProfileImport::notImportableListedWithReason_data()
{
    QTest::addColumn<QByteArray>("cloud");
    QTest::addColumn<QString>("reason");
    const QByteArray base = "auth_url: https://k.example.org/v3, username: u, project_name: p";
    QTest::newRow("oidc") << QByteArray("auth_type: v3oidcpassword\n    auth: {" + base + "}")
                          << u"v3oidcpassword"_s;
    QTest::newRow("token type") << QByteArray("auth_type: token\n    auth: {" + base + "}")
                                << u"token"_s;
    QTest::newRow("auth.token") << QByteArray(
        "auth: {auth_url: https://k.example.org/v3, token: gAAAAABexample}")
                                << u"auth.token"_s;
    QTest::newRow("no auth_url") << QByteArray("auth: {username: u, project_name: p}")
                                 << u"auth_url"_s;
    QTest::newRow("keystone v2") << QByteArray(
        "auth: {auth_url: https://k.example.org:5000/v2.0, username: u, project_name: p}")
                                 << u"v2.0"_s;
    QTest::newRow("identity v2") << QByteArray("identity_api_version: 2\n    auth: {" + base + "}")
                                 << u"identity_api_version"_s;
    QTest::newRow("unknown vendor")
        << QByteArray("profile: vexxhost\n    auth: {username: u}") << u"vexxhost"_s;
    QTest::newRow("domain id") << QByteArray("auth: {" + base + ", user_domain_id: 5a2b1c}")
                               << u"user_domain_id"_s;
    QTest::newRow("no project") << QByteArray(
        "auth: {auth_url: https://k.example.org/v3, username: u}")
                                << u"project"_s;
    QTest::newRow("user_id only") << QByteArray(
        "auth: {auth_url: https://k.example.org/v3, user_id: 9f8e, project_name: p}")
                                  << u"user_id"_s;
    QTest::newRow("huawei without region") << QByteArray(
        "auth: {auth_url: https://iam.myhuaweicloud.com/v3, username: u, project_name: p}")
                                           << u"region"_s;
    QTest::newRow("bad interface")
        << QByteArray("interface: sideways\n    auth: {" + base + "}") << u"sideways"_s;
}

void tst_ProfileImport::notImportableListedWithReason()
{
    QFETCH(QByteArray, cloud);
    QFETCH(QString, reason);
    const ImportScan scan = CloudsYamlImport::parse(
        "clouds:\n  ok:\n    auth: {auth_url: https://k.example.org/v3, username: u, "
        "project_name: p}\n  refused:\n    "
            + cloud + "\n",
        u"clouds.yaml"_s);
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    QCOMPARE(scan.candidates.size(), 2);
    QVERIFY(scan.candidates.at(0).isImportable()); // one bad cloud never hides the others
    const ImportCandidate &refused = scan.candidates.at(1);
    QVERIFY(!refused.isImportable());
    QVERIFY2(
        refused.problems.join(u'\n').contains(reason), qPrintable(refused.problems.join(u'\n')));
}

void tst_ProfileImport::searchOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cwd = dir.filePath(u"work"_s);
    const QString home = dir.filePath(u"home"_s);
    const QString xdg = dir.filePath(u"xdg"_s);
    QDir().mkpath(cwd);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, xdg);
    CloudsYamlImport::SearchPaths paths = CloudsYamlImport::SearchPaths::fromEnvironment(env, cwd);
    QCOMPARE(paths.folders,
        (QStringList{cwd,
            xdg + u"/openstack"_s,
            home + u"/.config/openstack"_s,
            u"/etc/xdg/openstack"_s,
            u"/etc/openstack"_s}));
    // Only the test's folders from here on: /etc is the machine's.
    paths.folders = paths.folders.mid(0, 3);

    const auto cloudFile = [](const char *name) -> QByteArray {
        return "clouds:\n  " + QByteArray(name)
            + ":\n    auth: {auth_url: https://k.example.org/v3, username: u, project_name: p}\n";
    };
    const auto found = [&paths] {
        const ImportScan scan = CloudsYamlImport::scan(paths);
        return scan.candidates.isEmpty() ? scan.error : scan.candidates.constFirst().source;
    };
    QVERIFY(found().startsWith(u"No clouds.yaml found"_s));
    QVERIFY(writeFile(home + u"/.config/openstack/clouds.yaml"_s, cloudFile("home")));
    QCOMPARE(found(), u"home"_s);
    QVERIFY(writeFile(xdg + u"/openstack/clouds.yml"_s, cloudFile("xdg")));
    QCOMPARE(found(), u"xdg"_s); // .yml counts
    QVERIFY(writeFile(cwd + u"/clouds.yaml"_s, cloudFile("cwd")));
    QCOMPARE(found(), u"cwd"_s); // the current folder first

    // OS_CLIENT_CONFIG_FILE goes before all of them...
    const QString chosen = dir.filePath(u"elsewhere/my-clouds.yaml"_s);
    QVERIFY(writeFile(chosen, cloudFile("override")));
    paths.configFile = chosen;
    QCOMPARE(found(), u"override"_s);
    // ...and when it names no file, the search goes on, and says so.
    paths.configFile = dir.filePath(u"missing.yaml"_s);
    const ImportScan fallback = CloudsYamlImport::scan(paths);
    QCOMPARE(fallback.candidates.constFirst().source, u"cwd"_s);
    QVERIFY(fallback.notes.join(u'\n').contains(u"OS_CLIENT_CONFIG_FILE"_s));

    // secure.yaml is searched on its own (here in the home folder), and OS_CLIENT_SECURE_FILE
    // goes first.
    paths.configFile.clear();
    QVERIFY(writeFile(home + u"/.config/openstack/secure.yaml"_s,
        "clouds:\n  cwd:\n    auth:\n      password: from-home-secure\n"));
    ImportScan scan = CloudsYamlImport::scan(paths);
    QCOMPARE(scan.files,
        (QStringList{cwd + u"/clouds.yaml"_s, home + u"/.config/openstack/secure.yaml"_s}));
    QCOMPARE(secret(scan.candidates.constFirst(), SecretKind::Password), u"from-home-secure"_s);
    const QString secureOverride = dir.filePath(u"s/secure-override.yaml"_s);
    QVERIFY(
        writeFile(secureOverride, "clouds:\n  cwd:\n    auth:\n      password: from-override\n"));
    paths.secureFile = secureOverride;
    scan = CloudsYamlImport::scan(paths);
    QCOMPARE(secret(scan.candidates.constFirst(), SecretKind::Password), u"from-override"_s);

    // From the process environment: the two variables are read.
    QProcessEnvironment withOverride = env;
    withOverride.insert(u"OS_CLIENT_CONFIG_FILE"_s, chosen);
    withOverride.insert(u"OS_CLIENT_SECURE_FILE"_s, secureOverride);
    const auto fromEnv = CloudsYamlImport::SearchPaths::fromEnvironment(withOverride, cwd);
    QCOMPARE(fromEnv.configCandidates().constFirst(), chosen);
    QCOMPARE(fromEnv.secureCandidates().constFirst(), secureOverride);
    // Without XDG_CONFIG_HOME: ~/.config/openstack once.
    env.remove(u"XDG_CONFIG_HOME"_s);
    QCOMPARE(CloudsYamlImport::SearchPaths::fromEnvironment(env, cwd).folders.mid(0, 3),
        (QStringList{cwd, home + u"/.config/openstack"_s, u"/etc/xdg/openstack"_s}));
}

void tst_ProfileImport::openrcFromHorizon()
{
    const ImportScan scan =
        OpenrcImport::parse(Fixtures::bytes(u"horizon_openrc.sh"_s), u"web-team-openrc.sh"_s, {});
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    QVERIFY2(scan.notes.isEmpty(), qPrintable(scan.notes.join(u'\n'))); // every line understood
    const ImportCandidate c = only(scan);
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.profile.name, u"web-team"_s);
    QCOMPARE(c.profile.authUrl, QUrl(u"https://keystone.example.org:5000/v3"_s));
    QCOMPARE(c.profile.projectId, u"0c9f2a6b1e7d4b8f9a3c5d2e1f0a9b8c"_s);
    QCOMPARE(c.profile.projectName, u"web team"_s);
    QCOMPARE(c.profile.userName, u"alice"_s);
    QCOMPARE(c.profile.userDomain, u"Default"_s);
    QCOMPARE(c.profile.projectDomain, u"Default"_s); // OS_PROJECT_DOMAIN_ID=default
    QVERIFY(c.profile.region.isEmpty());             // unset when empty
    QCOMPARE(c.profile.interface, u"public"_s);
    QCOMPARE(c.profile.authMethod, AuthMethod::Password);
    QVERIFY(c.profile.id.isEmpty());
    // The password is typed at `read -sr`: not in the file, asked for later.
    QVERIFY(c.secrets.isEmpty());
    QVERIFY(c.secretMissing);
    QVERIFY2(c.notes.join(u'\n').contains(u"password is not in the file"_s),
        qPrintable(c.notes.join(u'\n')));

    const OpenrcImport::Variables vars =
        OpenrcImport::parseVariables(Fixtures::bytes(u"horizon_openrc.sh"_s), {});
    QVERIFY(vars.prompted.contains(u"OS_PASSWORD_INPUT"_s));
    QVERIFY(vars.prompted.contains(u"OS_PASSWORD"_s));
    QVERIFY(!vars.values.contains(u"OS_REGION_NAME"_s));
    QVERIFY(!vars.values.contains(u"OS_TENANT_ID"_s));
}

void tst_ProfileImport::openrcPlain()
{
    const QByteArray text = Fixtures::bytes(u"lab_openrc.sh"_s);
    QProcessEnvironment outside;
    outside.insert(u"HOME"_s, u"/home/bob"_s);
    outside.insert(u"LAB_REGION"_s, u"lab-1"_s);
    outside.insert(u"OS_PASSWORD"_s, u"never-taken-from-outside"_s);
    const ImportScan scan = OpenrcImport::parse(text, u"lab.sh"_s, outside);
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    const ImportCandidate c = only(scan);
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.profile.name, u"lab"_s);
    QCOMPARE(c.profile.userName, u"bob"_s);
    QCOMPARE(c.profile.projectName, u"ops"_s);
    QCOMPARE(c.profile.projectDomain, u"Default"_s);
    QCOMPARE(c.profile.region, u"lab-1"_s);
    QCOMPARE(c.profile.interface, u"internal"_s);
    QCOMPARE(c.profile.tlsMode, TlsMode::CaBundle);
    QCOMPARE(c.profile.caBundlePath, u"/home/bob/lab-ca.pem"_s);
    QCOMPARE(secret(c, SecretKind::Password), u"pa\"ss $word 42"_s);
    QVERIFY(!c.secretMissing);

    // The two lines a shell would run are listed by number, without their values.
    QCOMPARE(scan.notes.size(), 2);
    QVERIFY2(scan.notes.at(0).startsWith(u"line 9:"_s), qPrintable(scan.notes.at(0)));
    QVERIFY(scan.notes.at(0).contains(u"command substitution"_s));
    QVERIFY2(scan.notes.at(1).startsWith(u"line 10:"_s), qPrintable(scan.notes.at(1)));
    QVERIFY(scan.notes.at(1).contains(u"source"_s));
    for (const QString &note : scan.notes)
        QVERIFY(!note.contains(u"/etc/tenant"_s)); // what the line would run is not repeated
}

void tst_ProfileImport::openrcApplicationCredential()
{
    const ImportCandidate c = only(OpenrcImport::parse(R"(
export OS_AUTH_TYPE=v3applicationcredential
export OS_AUTH_URL=https://keystone.example.org/v3
export OS_APPLICATION_CREDENTIAL_ID=6cb5fa6a13184e6fab65ba2108adf50c
export OS_APPLICATION_CREDENTIAL_SECRET=glance-app-secret-9
export OS_REGION_NAME=RegionOne
)",
        u"app-cred-openrc.sh"_s,
        {}));
    QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.profile.authMethod, AuthMethod::ApplicationCredential);
    QCOMPARE(c.profile.applicationCredentialId, u"6cb5fa6a13184e6fab65ba2108adf50c"_s);
    QCOMPARE(secret(c, SecretKind::ApplicationCredentialSecret), u"glance-app-secret-9"_s);
    QVERIFY(!c.secrets.contains(SecretKind::Password));
    QCOMPARE(c.profile.name, u"app-cred"_s);
}

void tst_ProfileImport::openrcRefusals()
{
    const ImportScan v2 = OpenrcImport::parse(
        "export OS_AUTH_URL=https://k.example.org:5000/v2.0\nexport OS_USERNAME=u\n"
        "export OS_TENANT_NAME=t\nexport OS_PASSWORD=p\n",
        u"openrc"_s,
        {});
    const ImportCandidate c = only(v2);
    QVERIFY(!c.isImportable());
    QVERIFY(c.problems.join(u'\n').contains(u"v2.0"_s));
    QCOMPARE(c.profile.projectName, u"t"_s); // OS_TENANT_NAME is the v2 name of the project
    QCOMPARE(c.profile.name, u"t"_s);        // "openrc" alone names nothing: the project does

    const ImportCandidate noUrl = only(
        OpenrcImport::parse("export OS_USERNAME=u\nexport OS_PROJECT_NAME=p\n", u"x.rc"_s, {}));
    QVERIFY(noUrl.problems.join(u'\n').contains(u"OS_AUTH_URL"_s));

    const ImportCandidate oidc = only(OpenrcImport::parse(
        "export OS_AUTH_TYPE=v3oidcpassword\nexport OS_AUTH_URL=https://k/v3\n", u"o"_s, {}));
    QVERIFY(oidc.problems.join(u'\n').contains(u"v3oidcpassword"_s));

    const ImportScan none = OpenrcImport::parse("echo hello\nPATH=/bin\n", u"notes.txt"_s, {});
    QVERIFY(!none.ok());
    QVERIFY(none.error.contains(u"notes.txt"_s));
}

void tst_ProfileImport::importerWritesSecretsToTheStoreOnly()
{
    TestDir dir; // kept for the suite's canary check: only the importer's output is in it
    QVERIFY(dir.isValid());
    const QString settings = dir.filePath(u"settings.ini"_s);
    ProfileStore profiles(settings);
    MemoryStore secrets;
    const ImportScan scan = CloudsYamlImport::parse(R"(
clouds:
  pw:
    auth: {auth_url: "https://k.example.org/v3", username: u, password: canary-pw-77310a, project_name: p}
  app:
    auth: {auth_url: "https://k.example.org/v3", application_credential_id: id1, application_credential_secret: canary-acs-88420b}
  aksk:
    auth: {auth_url: "https://iam.cn-north-4.myhuaweicloud.com/v3", project_id: p1}
    ak: AK-1
    sk: canary-sk-99530c
    security_token: canary-st-10640f
  refused:
    auth_type: v3oidcpassword
    auth: {auth_url: "https://k.example.org/v3", password: canary-pw-22750d}
)",
        u"clouds.yaml"_s);
    QCOMPARE(scan.candidates.size(), 4);
    ProfileImporter importer(&profiles, &secrets);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    importer.start(scan.candidates);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(importer.outcomes().size(), 3); // the refused cloud is not imported
    QCOMPARE(profiles.profiles().size(), 3);

    QHash<QString, CloudProfile> byName;
    for (const ProfileImporter::Outcome &o : importer.outcomes()) {
        QVERIFY(o.storeFailed.isEmpty());
        QVERIFY(!o.profile.id.isEmpty());
        QVERIFY(profiles.profile(o.profile.id));
        byName.insert(o.profile.name, o.profile);
    }
    const auto stored = [&secrets](const QString &id, SecretKind kind) {
        QSignalSpy read(&secrets, &SecretStore::readDone);
        secrets.read(SecretStore::keyFor(id, kind));
        return read.wait(2000) ? read.constFirst().at(1).toString() : u"<none>"_s;
    };
    QCOMPARE(stored(byName.value(u"pw"_s).id, SecretKind::Password), u"canary-pw-77310a"_s);
    QCOMPARE(stored(byName.value(u"app"_s).id, SecretKind::ApplicationCredentialSecret),
        u"canary-acs-88420b"_s);
    QCOMPARE(stored(byName.value(u"aksk"_s).id, SecretKind::SecretKey), u"canary-sk-99530c"_s);
    QCOMPARE(stored(byName.value(u"aksk"_s).id, SecretKind::SecurityToken), u"canary-st-10640f"_s);
    QVERIFY(
        !secrets.contains(SecretStore::keyFor(byName.value(u"pw"_s).id, SecretKind::SecretKey)));

    // No secret in the saved profiles, the settings file, or any key of the store but its own.
    QFile ini(settings);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(saved.contains("aksk"));
    for (const char *canary : {"canary-pw-77310a",
             "canary-acs-88420b",
             "canary-sk-99530c",
             "canary-st-10640f",
             "canary-pw-22750d"})
        QVERIFY2(!saved.contains(canary), canary);
    for (const CloudProfile &p : profiles.profiles())
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("canary-"));
}

void tst_ProfileImport::importerKeychainUnavailable()
{
    TestDir dir;
    ProfileStore profiles(dir.filePath(u"settings.ini"_s));
    UnavailableStore secrets;
    const ImportScan scan = CloudsYamlImport::parse(
        "clouds:\n  pw:\n    auth: {auth_url: https://k.example.org/v3, username: u, "
        "password: keep-me-in-memory, project_name: p}\n  nopw:\n    auth: {auth_url: "
        "https://k.example.org/v3, username: u, project_name: p}\n",
        u"clouds.yaml"_s);
    ProfileImporter importer(&profiles, &secrets);
    QSignalSpy finished(&importer, &ProfileImporter::finished);
    importer.start(scan.candidates);
    QVERIFY(finished.wait(5000));
    QCOMPARE(importer.outcomes().size(), 2);
    QCOMPARE(profiles.profiles().size(), 2); // the profiles are saved all the same
    const ProfileImporter::Outcome &nopw = importer.outcomes().at(0);
    const ProfileImporter::Outcome &pw = importer.outcomes().at(1);
    QVERIFY(nopw.storeFailed.isEmpty());
    QCOMPARE(pw.storeFailed.value(SecretKind::Password).value(), u"keep-me-in-memory"_s);
    QCOMPARE(pw.storeError, u"no Secret Service"_s);
}

void tst_ProfileImport::heldSecretsAreScrubbedFromLogs()
{
    const QString value = u"canary-pw-55660e"_s;
    {
        const ImportCandidate c = only(CloudsYamlImport::parse(
            "clouds:\n  a:\n    auth: {auth_url: https://k.example.org/v3, username: u, "
            "password: canary-pw-55660e, project_name: p}\n",
            u"clouds.yaml"_s));
        QCOMPARE(Logging::scrub(u"x canary-pw-55660e y"_s), u"x *** y"_s);
        const HeldSecret copy = c.secrets.value(SecretKind::Password);
        QCOMPARE(copy.value(), value);
    }
    // Gone with the last copy; a value another holder registered stays registered.
    QCOMPARE(Logging::scrub(u"x canary-pw-55660e y"_s), u"x canary-pw-55660e y"_s);
    Logging::registerSecret(value);
    {
        const HeldSecret held(value);
    }
    QCOMPARE(Logging::scrub(value), u"***"_s);
    Logging::forgetSecret(value);
    QCOMPARE(Logging::scrub(value), value);
}

void tst_ProfileImport::uniqueNames()
{
    const QStringList taken{u"Lab"_s, u"lab (2)"_s};
    QCOMPARE(ProfileImport::uniqueName(u"prod"_s, taken), u"prod"_s);
    QCOMPARE(ProfileImport::uniqueName(u"LAB"_s, taken), u"LAB (3)"_s);
}

void tst_ProfileImport::submitEnvironmentStillMaps()
{
    // `imagewright submit` reads the same variables through the same mapping.
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, u"https://keystone.example.org:5000"_s);
    env.insert(u"OS_USERNAME"_s, u"alice"_s);
    env.insert(u"OS_PROJECT_NAME"_s, u"web"_s);
    QString error;
    QVERIFY(!OpenStackEnv::read(env, &error));
    QVERIFY2(error.contains(u"OS_PASSWORD"_s), qPrintable(error));
    env.insert(u"OS_PASSWORD"_s, u" spaced "_s);
    const auto ok = OpenStackEnv::read(env, &error);
    QVERIFY(ok);
    QCOMPARE(ok->profile.authUrl, QUrl(u"https://keystone.example.org:5000/v3"_s));
    QCOMPARE(ok->password, u" spaced "_s);
    QVERIFY(ok->profile.id.startsWith(u"env-"_s));
    env.insert(u"OS_USER_DOMAIN_ID"_s, u"abc123"_s);
    QVERIFY(!OpenStackEnv::read(env, &error));
    QVERIFY(error.contains(u"OS_USER_DOMAIN_ID"_s));
}

void tst_ProfileImport::familyGuessedFromTheAuthUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("region");
    QTest::addColumn<CloudFamily>("family");
    QTest::newRow("huawei") << u"https://iam.ap-southeast-1.myhuaweicloud.com/v3"_s
                            << u"ap-southeast-1"_s << CloudFamily::HuaweiCloud;
    QTest::newRow("otc") << u"https://iam.eu-de.otc.t-systems.com/v3"_s << u"eu-de"_s
                         << CloudFamily::OpenTelekomCloud;
    QTest::newRow("fjcloud") << u"https://identity.jp-east-3.cloud.global.fujitsu.com/v3"_s
                             << u"jp-east-3"_s << CloudFamily::FjcloudO;
    QTest::newRow("openstack") << u"https://keystone.example.org:5000/v3"_s << u"RegionOne"_s
                               << CloudFamily::OpenStack;
    QTest::newRow("demo, no region") << u"http://127.0.0.1:40123/v3"_s << QString()
                                     << CloudFamily::Demo;
    QTest::newRow("demo, its region") << u"http://localhost:40123/v3"_s << u"demo-1"_s
                                      << CloudFamily::Demo;
    // A DevStack (or the peers harness) on loopback is a plain OpenStack.
    QTest::newRow("loopback OpenStack") << u"http://127.0.0.1:5000/v3"_s << u"RegionOne"_s
                                        << CloudFamily::OpenStack;
}

void tst_ProfileImport::familyGuessedFromTheAuthUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, region);
    QFETCH(CloudFamily, family);
    QCOMPARE(OpenStackEnv::guessFamily(QUrl(url), region), family);
    // The OS_* mapping guesses the same from OS_AUTH_URL and OS_REGION_NAME.
    QProcessEnvironment env;
    env.insert(u"OS_AUTH_URL"_s, url);
    env.insert(u"OS_USERNAME"_s, u"alice"_s);
    env.insert(u"OS_PASSWORD"_s, Canary::password);
    env.insert(u"OS_PROJECT_NAME"_s, u"web"_s);
    if (!region.isEmpty())
        env.insert(u"OS_REGION_NAME"_s, region);
    QString error;
    const auto read = OpenStackEnv::read(env, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->profile.family, family);
}

QTEST_GUILESS_MAIN(tst_ProfileImport)
#include "tst_profileimport.moc"
