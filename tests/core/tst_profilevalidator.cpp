// The profile's rules in the core (issue 16: validation out of the profile dialog, reusable by
// import and the OS_* path): ProfileValidator field by field, and ProfileSecretWriter, the
// application-owned keychain writes of the profile editor (outcomes per profile, a refused
// group held for "this session only", removals).
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "appcore.h"
#include "cloud/profilestore.h"
#include "profiles/profilesecretwriter.h"
#include "profiles/profilevalidator.h"
#include "secrets/secretstore.h"
#include "support/unavailablestore.h"

using namespace Qt::StringLiterals;

namespace {

/// A complete password profile for a generic OpenStack cloud.
ProfileDraft passwordDraft()
{
    ProfileDraft d;
    d.profile.id = u"p1"_s;
    d.profile.name = u"Lab"_s;
    d.profile.family = CloudFamily::OpenStack;
    d.profile.authUrl = QUrl(u"https://keystone.example.com:5000/v3"_s);
    d.profile.userName = u"alice"_s;
    d.profile.userDomain = u"Default"_s;
    d.profile.projectName = u"images"_s;
    d.profile.projectDomain = u"Default"_s;
    d.typedSecrets = {SecretKind::Password};
    return d;
}

CloudProfile saved(const QString &id, const QString &name)
{
    CloudProfile p;
    p.id = id;
    p.name = name;
    return p;
}

} // namespace

class tst_ProfileValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void completeProfileIsValid();
    void nameIsNeededAndUnique();
    void demoProfileChecksOnlyItsName();
    void regionWhereTheFamilyHasRegions();
    void identityUrl();
    void userAndProjectFollowTheMethod();
    void applicationCredential();
    void akskForHuaweiFamiliesOnly();
    void endpointOverrides();
    void caBundleReadOncePerPath();
    void insecureNeedsTheOptIn();
    void storedSecretsAndPasswordToSignIn();

    void writerStoresAndSettles();
    void writerHoldsARefusedGroupForTheSession();
    void writerKeepsEachProfilesOutcome();
    void writerRemovesUnusedAndAll();

private:
    std::unique_ptr<AppCore> makeCore(SecretStore *secrets);
    QTemporaryDir m_dir;
};

void tst_ProfileValidator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ProfileValidator::completeProfileIsValid()
{
    ProfileValidator validator;
    const ProfileCheck check = validator.check(passwordDraft(), {});
    QVERIFY(check.isValid());
    QVERIFY(check.issues.isEmpty());
}

void tst_ProfileValidator::nameIsNeededAndUnique()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.name.clear();
    ProfileCheck check = validator.check(d, {});
    QVERIFY(!check.isValid());
    QVERIFY(check.isError(ProfileField::Name));
    QVERIFY(check.message(ProfileField::Name).contains(u"Enter a name"_s));

    d.profile.name = u"LAB"_s; // another profile's name, in another case
    check = validator.check(d, {saved(u"other"_s, u"lab"_s)});
    QVERIFY(check.isError(ProfileField::Name));
    QVERIFY(check.message(ProfileField::Name).contains(u"already has this name"_s));
    // Its own saved name is no clash.
    check = validator.check(d, {saved(u"p1"_s, u"lab"_s)});
    QVERIFY(check.isValid());
}

void tst_ProfileValidator::demoProfileChecksOnlyItsName()
{
    ProfileValidator validator;
    ProfileDraft d;
    d.profile.id = u"demo"_s;
    d.profile.family = CloudFamily::Demo;
    d.profile.name = u"Demo cloud"_s;
    d.profile.tlsMode = TlsMode::Insecure; // no user, no URL, no secrets, no opt-in: all the app's
    QVERIFY(validator.check(d, {}).isValid());
    d.profile.name.clear();
    const ProfileCheck check = validator.check(d, {});
    QCOMPARE(check.issues.keys(), QList<ProfileField>{ProfileField::Name});
}

void tst_ProfileValidator::regionWhereTheFamilyHasRegions()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    QVERIFY(!validator.check(d, {}).issues.contains(ProfileField::Region)); // OpenStack: none
    d.profile.family = CloudFamily::HuaweiCloud;
    QVERIFY(validator.check(d, {}).isError(ProfileField::Region));
    d.profile.region = u"cn-north-4"_s;
    QVERIFY(!validator.check(d, {}).issues.contains(ProfileField::Region));
}

void tst_ProfileValidator::identityUrl()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.authUrlText = u"https://keystone.example.com:5000/v2.0"_s;
    QVERIFY(validator.check(d, {}).isError(ProfileField::AuthUrl));
    d.authUrlText = u"not a url"_s;
    QVERIFY(validator.check(d, {}).isError(ProfileField::AuthUrl));
    // Plain http to another host: usable, with a warning.
    d.authUrlText = u"http://keystone.example.com:5000/v3"_s;
    ProfileCheck check = validator.check(d, {});
    QVERIFY(check.isValid());
    QCOMPARE(check.issues.value(ProfileField::AuthUrl).level, ProfileIssue::Level::Warning);
    // Without the typed text, the profile's URL is checked.
    d.authUrlText.clear();
    d.profile.authUrl = QUrl(u"https://keystone.example.com/identity"_s);
    QVERIFY(validator.check(d, {}).isError(ProfileField::AuthUrl));
}

void tst_ProfileValidator::userAndProjectFollowTheMethod()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.userName.clear();
    d.profile.userDomain.clear();
    d.profile.projectName.clear();
    d.profile.projectDomain.clear();
    ProfileCheck check = validator.check(d, {});
    for (ProfileField f : {ProfileField::User,
             ProfileField::UserDomain,
             ProfileField::Project,
             ProfileField::ProjectDomain})
        QVERIFY2(check.isError(f), qPrintable(QString::number(int(f))));

    // A project ID needs no domain; a name beside it is only kept (a note, not an error).
    d = passwordDraft();
    d.profile.projectId = u"9c61004714024f9586705d090530f9fa"_s;
    d.profile.projectDomain.clear();
    check = validator.check(d, {});
    QVERIFY(check.isValid());
    QCOMPARE(check.issues.value(ProfileField::Project).level, ProfileIssue::Level::Info);

    // AK/SK needs neither user nor project.
    d = passwordDraft();
    d.profile.family = CloudFamily::HuaweiCloud;
    d.profile.region = u"cn-north-4"_s;
    d.profile.authMethod = AuthMethod::AkSk;
    d.profile.accessKey = u"AKEXAMPLE"_s;
    d.profile.userName.clear();
    d.profile.userDomain.clear();
    d.profile.projectName.clear();
    d.profile.projectDomain.clear();
    d.typedSecrets = {SecretKind::SecretKey};
    check = validator.check(d, {});
    QVERIFY(check.isValid());
}

void tst_ProfileValidator::applicationCredential()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.authMethod = AuthMethod::ApplicationCredential;
    d.profile.userName.clear();
    d.profile.userDomain.clear();
    d.profile.projectName.clear();
    d.profile.projectDomain.clear();
    d.typedSecrets.clear();
    ProfileCheck check = validator.check(d, {});
    QVERIFY(check.isError(ProfileField::ApplicationCredentialId));
    QVERIFY(check.isError(ProfileField::ApplicationCredentialSecret));
    QVERIFY(check.isError(ProfileField::User)); // by name: its user is needed
    QVERIFY(!check.issues.contains(ProfileField::Project));

    d.profile.applicationCredentialId = u"b7c5a1e0"_s;           // by ID: no user
    d.storedSecrets = {SecretKind::ApplicationCredentialSecret}; // kept from the saved profile
    check = validator.check(d, {});
    QVERIFY(check.isValid());
}

void tst_ProfileValidator::akskForHuaweiFamiliesOnly()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.authMethod = AuthMethod::AkSk;
    d.typedSecrets.clear();
    ProfileCheck check = validator.check(d, {});
    QVERIFY(check.isError(ProfileField::AuthMethod)); // OpenStack
    QVERIFY(check.isError(ProfileField::AccessKey));
    QVERIFY(check.isError(ProfileField::SecretKey));
    QVERIFY(!check.issues.contains(ProfileField::SecurityToken));

    d.profile.family = CloudFamily::OpenTelekomCloud;
    d.profile.region = u"eu-de"_s;
    d.profile.accessKey = u"AKEXAMPLE"_s;
    d.profile.temporaryAccessKey = true;
    d.typedSecrets = {SecretKind::SecretKey};
    check = validator.check(d, {});
    QVERIFY(!check.issues.contains(ProfileField::AuthMethod));
    QVERIFY(check.isError(ProfileField::SecurityToken)); // a temporary key needs its token
    d.typedSecrets.insert(SecretKind::SecurityToken);
    QVERIFY(validator.check(d, {}).isValid());
}

void tst_ProfileValidator::endpointOverrides()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.endpointOverrideRows = {{u"image"_s, u"https://glance.example.com"_s}};
    QVERIFY(validator.check(d, {}).isValid());
    d.endpointOverrideRows.append({u"image"_s, u"ftp://x"_s});
    const ProfileCheck check = validator.check(d, {});
    QVERIFY(!check.isValid());
    QVERIFY(!check.overrides.isEmpty());
    QVERIFY(check.overrides.constFirst().field.startsWith(u"overrides[1]"_s));
}

void tst_ProfileValidator::caBundleReadOncePerPath()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.tlsMode = TlsMode::CaBundle;
    d.profile.caBundlePath = m_dir.filePath(u"missing.pem"_s);
    QVERIFY(validator.check(d, {}).isError(ProfileField::CaBundle));
    QVERIFY(validator.check(d, {}).message(ProfileField::CaBundle).contains(u"does not exist"_s));
    const int reads = validator.caBundleReads();
    for (int i = 0; i < 5; ++i) // a keystroke elsewhere in the form: the file is not read again
        validator.check(d, {});
    QCOMPARE(validator.caBundleReads(), reads);
    d.profile.caBundlePath.clear();
    QVERIFY(validator.check(d, {}).isError(ProfileField::CaBundle));
}

void tst_ProfileValidator::insecureNeedsTheOptIn()
{
    ProfileValidator validator;
    ProfileDraft d = passwordDraft();
    d.profile.tlsMode = TlsMode::Insecure;
    QVERIFY(validator.check(d, {}).isError(ProfileField::InsecureConfirm));
    d.insecureConfirmed = true;
    QVERIFY(validator.check(d, {}).isValid());
}

void tst_ProfileValidator::storedSecretsAndPasswordToSignIn()
{
    CloudProfile p;
    QCOMPARE(ProfileValidator::storedSecretsOf(p), QSet<SecretKind>{SecretKind::Password});
    p.authMethod = AuthMethod::AkSk;
    QCOMPARE(ProfileValidator::storedSecretsOf(p), QSet<SecretKind>{SecretKind::SecretKey});
    p.temporaryAccessKey = true;
    QCOMPARE(ProfileValidator::storedSecretsOf(p),
        (QSet<SecretKind>{SecretKind::SecretKey, SecretKind::SecurityToken}));

    ProfileDraft d = passwordDraft();
    QVERIFY(ProfileValidator::hasPasswordToSignIn(d));
    d.typedSecrets.clear();
    QVERIFY(!ProfileValidator::hasPasswordToSignIn(d));
    d.storedSecrets = {SecretKind::Password};
    QVERIFY(ProfileValidator::hasPasswordToSignIn(d));
    d.storedSecrets.clear();
    d.profile.family = CloudFamily::Demo; // its password is built in
    QVERIFY(ProfileValidator::hasPasswordToSignIn(d));
}

std::unique_ptr<AppCore> tst_ProfileValidator::makeCore(SecretStore *secrets)
{
    static int n = 0;
    ++n;
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data%1"_s.arg(n));
    options.settingsPath = m_dir.filePath(u"settings%1.ini"_s.arg(n));
    options.secrets = secrets;
    auto core = std::make_unique<AppCore>(options);
    CloudProfile a = passwordDraft().profile;
    a.id = u"a"_s;
    a.name = u"A"_s;
    core->profiles()->upsert(a);
    CloudProfile b = a;
    b.id = u"b"_s;
    b.name = u"B"_s;
    core->profiles()->upsert(b);
    return core;
}

void tst_ProfileValidator::writerStoresAndSettles()
{
    MemoryStore store;
    auto core = makeCore(&store);
    ProfileSecretWriter *writer = core->secretWriter();
    QSignalSpy saved(writer, &ProfileSecretWriter::saved);
    QSignalSpy settled(writer, &ProfileSecretWriter::settled);
    writer->save(u"a"_s, {{SecretKind::Password, u"s3cret"_s}}, {});
    QVERIFY(writer->isWriting(u"a"_s, SecretKind::Password));
    QVERIFY(settled.wait(5000));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.constFirst().at(0).toString(), u"a"_s);
    QCOMPARE(settled.constFirst().at(1).toBool(), true);
    QVERIFY(store.contains(SecretStore::keyFor(u"a"_s, SecretKind::Password)));
    QVERIFY(writer->held(u"a"_s).isEmpty()); // nothing is kept once the keychain has it
    QVERIFY(!writer->useForSessionOnly(u"a"_s));
}

void tst_ProfileValidator::writerHoldsARefusedGroupForTheSession()
{
    UnavailableStore store;
    auto core = makeCore(&store);
    ProfileSecretWriter *writer = core->secretWriter();
    QSignalSpy refused(writer, &ProfileSecretWriter::refusedWrite);
    QSignalSpy settled(writer, &ProfileSecretWriter::settled);
    writer->save(
        u"a"_s, {{SecretKind::SecretKey, u"sk"_s}, {SecretKind::SecurityToken, u"token"_s}}, {});
    QVERIFY(settled.wait(5000));
    QCOMPARE(settled.constFirst().at(1).toBool(), false);
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.constFirst().at(2).toString().contains(u"no Secret Service"_s));
    QCOMPARE(writer->refused(u"a"_s).size(), 2);
    QVERIFY(!core->usesSessionOnlySecret(u"a"_s, SecretKind::SecretKey));
    QVERIFY(writer->useForSessionOnly(u"a"_s));
    QVERIFY(core->usesSessionOnlySecret(u"a"_s, SecretKind::SecretKey));
    QVERIFY(core->usesSessionOnlySecret(u"a"_s, SecretKind::SecurityToken));
    QVERIFY(writer->held(u"a"_s).isEmpty());
}

void tst_ProfileValidator::writerKeepsEachProfilesOutcome()
{
    // Saving a second profile before the first write ends orphaned the first (issue 16).
    UnavailableStore store;
    auto core = makeCore(&store);
    ProfileSecretWriter *writer = core->secretWriter();
    QSignalSpy settled(writer, &ProfileSecretWriter::settled);
    writer->save(u"a"_s, {{SecretKind::Password, u"pa"_s}}, {});
    writer->save(u"b"_s, {{SecretKind::Password, u"pb"_s}}, {});
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 2, 5000);
    QCOMPARE(writer->refused(u"a"_s), QList<SecretKind>{SecretKind::Password});
    QCOMPARE(writer->refused(u"b"_s), QList<SecretKind>{SecretKind::Password});
    QVERIFY(writer->useForSessionOnly(u"a"_s));
    QVERIFY(core->usesSessionOnlySecret(u"a"_s, SecretKind::Password));
    QVERIFY(!core->usesSessionOnlySecret(u"b"_s, SecretKind::Password));
    QCOMPARE(writer->refused(u"b"_s).size(), 1); // still offered for b
}

void tst_ProfileValidator::writerRemovesUnusedAndAll()
{
    MemoryStore store;
    auto core = makeCore(&store);
    const QString password = SecretStore::keyFor(u"a"_s, SecretKind::Password);
    const QString sk = SecretStore::keyFor(u"a"_s, SecretKind::SecretKey);
    store.insert(password, u"old"_s);
    ProfileSecretWriter *writer = core->secretWriter();
    QSignalSpy settled(writer, &ProfileSecretWriter::settled);
    // The method became AK/SK: its key is written, the password removed.
    writer->save(u"a"_s, {{SecretKind::SecretKey, u"sk"_s}}, {SecretKind::Password});
    QVERIFY(settled.wait(5000));
    QTRY_VERIFY(!store.contains(password));
    QVERIFY(store.contains(sk));
    writer->removeAll(u"a"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!store.contains(sk), 5000);
}

QTEST_GUILESS_MAIN(tst_ProfileValidator)
#include "tst_profilevalidator.moc"
