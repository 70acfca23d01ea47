// The profile editor and keychain-backed passwords against the demo cloud: presets, inline
// validation, "Test connection" (success with the catalog's services, a refused password),
// Save writing the password to the SecretStore only (never the settings file), the keychain
// failing ("use for this session only"), Delete removing the secret, switching profiles, and
// the main window asking for a password that is not stored.
#include <memory>
#include <optional>

#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudpresets.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "cloud/servicecatalog.h"
#include "dialogs/passwordprompt.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "mainwindow.h"
#include "profiles/profilesecretwriter.h"
#include "secrets/secretstore.h"
#include "support/canary.h"
#include "support/democloudprocess.h"
#include "support/secretread.h"
#include "support/testdir.h"
#include "support/unavailablestore.h"
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "widgets/noticebar.h"

using namespace Qt::StringLiterals;

class tst_ProfileDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void presetsFillUrlRegionAndProject();
    void invalidAuthUrlShownInlineAndSaveDisabled();
    void testConnectionListsServices();
    void wrongPasswordShownInline();
    void saveWritesPasswordToSecretStoreOnly();
    void testConnectionUsesStoredPassword();
    void keychainUnavailableOffersSessionOnly();
    void keychainUnavailableOffersSessionOnlyForEveryMethod_data();
    void keychainUnavailableOffersSessionOnlyForEveryMethod();
    void deleteRemovesProfileAndSecret();
    void switchingProfiles();
    void refusedWriteAfterCloseIsSaidInTheMainWindow();
    void akskSecretsGoToTheirKeysOnly();
    void applicationCredentialSecretAndSwitchingClears();
    void akskOfferedForHuaweiFamiliesOnly();
    void endpointOverrideUrlCheckedAtTheField();

private:
    void makeCore(SecretStore *secrets);
    std::unique_ptr<ProfilesDialog> openDialog();
    /// Fills a new profile for the demo cloud (OpenStack family) with `password`.
    void fillDemoProfile(ProfilesDialog *dialog, const QString &name, const QString &password);
    /// Saves a profile for the demo cloud straight into the store (no password).
    CloudProfile storeDemoProfile(const QString &name);
    QString storedSecret(const QString &key);
    /// Whether `session` signs in (connectToCloud) without an error; the error is logged.
    bool signsIn(CloudSession *session);
    template <typename T> static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<MemoryStore> m_memory;
    std::unique_ptr<SecretStore> m_otherStore;
    std::unique_ptr<AppCore> m_core;
};

void tst_ProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<ConnectionTest::Result>();
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ProfileDialog::cleanupTestCase()
{
    m_demo.stop();
}

void tst_ProfileDialog::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true); // an unexpected question takes its default, never blocks
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_memory = std::make_unique<MemoryStore>();
    makeCore(m_memory.get());
}

void tst_ProfileDialog::cleanup()
{
    m_core.reset();
    m_otherStore.reset();
    m_memory.reset();
    m_dir.reset();
    Prompter::clearAnswers();
}

void tst_ProfileDialog::makeCore(SecretStore *secrets)
{
    m_core.reset();
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    options.secrets = secrets;
    m_core = std::make_unique<AppCore>(options);
}

std::unique_ptr<ProfilesDialog> tst_ProfileDialog::openDialog()
{
    auto dialog = std::make_unique<ProfilesDialog>(m_core.get());
    dialog->show();
    return dialog;
}

void tst_ProfileDialog::fillDemoProfile(
    ProfilesDialog *dialog, const QString &name, const QString &password)
{
    dialog->addProfile();
    QVERIFY(dialog->isNewProfile());
    auto *family = child<QComboBox>(dialog, u"family"_s);
    family->setCurrentIndex(family->findData(u"openstack"_s));
    child<QLineEdit>(dialog, u"name"_s)->setText(name);
    child<QLineEdit>(dialog, u"authUrl"_s)->setText(m_demo.authUrl().toString());
    child<QComboBox>(dialog, u"region"_s)->setCurrentText(u"demo-1"_s);
    child<QLineEdit>(dialog, u"userName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog, u"password"_s)->setText(password);
    child<QLineEdit>(dialog, u"userDomain"_s)->setText(u"Default"_s);
    child<QLineEdit>(dialog, u"projectName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog, u"projectDomain"_s)->setText(u"Default"_s);
}

CloudProfile tst_ProfileDialog::storeDemoProfile(const QString &name)
{
    return ::storeDemoProfile(*m_core->profiles(), m_demo.authUrl(), name);
}

QString tst_ProfileDialog::storedSecret(const QString &key)
{
    return ::storedSecret(*m_memory, key);
}

bool tst_ProfileDialog::signsIn(CloudSession *session)
{
    if (!session)
        return false;
    std::optional<ApiError> answer;
    session->connectToCloud(this, [&answer](const ApiError &e) { answer = e; });
    QDeadlineTimer deadline(15000);
    while (!answer && !deadline.hasExpired())
        QTest::qWait(20);
    if (answer && *answer)
        qWarning().noquote() << "sign-in failed:" << answer->userMessage();
    return answer && !*answer;
}

void tst_ProfileDialog::presetsFillUrlRegionAndProject()
{
    auto dialog = openDialog();
    dialog->addProfile();
    auto *family = child<QComboBox>(dialog.get(), u"family"_s);
    auto *region = child<QComboBox>(dialog.get(), u"region"_s);
    auto *url = child<QLineEdit>(dialog.get(), u"authUrl"_s);
    auto *project = child<QLineEdit>(dialog.get(), u"projectName"_s);

    family->setCurrentIndex(family->findData(u"otc"_s));
    QCOMPARE(region->currentText(), u"eu-de"_s);
    QCOMPARE(url->text(), u"https://iam.eu-de.otc.t-systems.com/v3"_s);
    QVERIFY(region->findText(u"eu-nl"_s) >= 0);
    region->setCurrentText(u"eu-ch2"_s);
    QCOMPARE(url->text(), u"https://iam-pub.eu-ch2.sc.otc.t-systems.com/v3"_s);

    family->setCurrentIndex(family->findData(u"huawei"_s));
    QVERIFY(region->findText(u"cn-north-4"_s) >= 0);
    region->setCurrentText(u"cn-north-4"_s);
    QCOMPARE(url->text(), u"https://iam.cn-north-4.myhuaweicloud.com/v3"_s);
    QCOMPARE(project->text(), u"cn-north-4"_s); // Huawei project names are region IDs
    region->setCurrentText(u"ap-southeast-3"_s);
    QCOMPARE(project->text(), u"ap-southeast-3"_s);

    family->setCurrentIndex(family->findData(u"fjcloud"_s));
    QCOMPARE(region->currentText(), u"jp-east-3"_s);
    QCOMPARE(url->text(), u"https://identity.jp-east-3.cloud.global.fujitsu.com/v3"_s);

    // A typed address is the operator's: changing the region leaves it alone.
    url->setText(u"https://identity.example.net/v3"_s);
    region->setCurrentText(u"jp-west-3"_s);
    QCOMPARE(url->text(), u"https://identity.example.net/v3"_s);

    // OpenStack: free region, a preset URL from another family goes.
    url->setText(CloudPresets::authUrl(CloudFamily::FjcloudO, u"jp-west-3"_s).toString());
    family->setCurrentIndex(family->findData(u"openstack"_s));
    QCOMPARE(region->count(), 0);
    QVERIFY(region->currentText().isEmpty());
    QVERIFY(url->text().isEmpty());
}

void tst_ProfileDialog::invalidAuthUrlShownInlineAndSaveDisabled()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Lab"_s, u"demo"_s);
    auto *url = child<QLineEdit>(dialog.get(), u"authUrl"_s);
    auto *message = child<InlineMessage>(dialog.get(), u"authUrlMessage"_s);
    auto *save = child<QPushButton>(dialog.get(), u"saveProfile"_s);
    auto *test = child<QPushButton>(dialog.get(), u"testConnection"_s);
    QVERIFY(!message->hasMessage()); // loopback http: no warning
    QVERIFY(save->isEnabled());

    for (const QString &bad : {u"ftp://keystone.example.com/v3"_s,
             u"https://keystone.example.com/v2.0"_s,
             u"keystone.example.com"_s,
             u""_s}) {
        url->setText(bad);
        QVERIFY2(message->hasMessage(), qPrintable(bad));
        QCOMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY(!save->isEnabled());
        QVERIFY(!test->isEnabled());
    }
    QVERIFY(!dialog->saveProfile());
    QCOMPARE(m_core->profiles()->profiles().size(), 0);

    url->setText(u"http://keystone.example.com:5000/v3"_s);
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), InlineMessage::Kind::Warning); // unencrypted password
    QVERIFY(message->text().contains(u"unencrypted"_s));
    QVERIFY(save->isEnabled());

    url->setText(u"https://keystone.example.com:5000/v3/"_s);
    QVERIFY(!message->hasMessage());

    // Other fields: a missing user name is shown under its field.
    child<QLineEdit>(dialog.get(), u"userName"_s)->clear();
    QVERIFY(child<InlineMessage>(dialog.get(), u"userNameMessage"_s)->hasMessage());
    QVERIFY(!save->isEnabled());
}

void tst_ProfileDialog::testConnectionListsServices()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Lab"_s, u"demo"_s);
    QSignalSpy tested(dialog.get(), &ProfilesDialog::connectionTested);
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(dialog->isTesting());
    QVERIFY(!child<QPushButton>(dialog.get(), u"testConnection"_s)->isEnabled()); // busy
    QVERIFY(tested.wait(15000));
    const auto result = tested.constFirst().at(0).value<ConnectionTest::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QVERIFY(result.serviceTypes.contains(u"image"_s));
    QVERIFY(result.serviceTypes.contains(u"compute"_s));
    QVERIFY(result.serviceTypes.contains(u"volumev3"_s));
    QVERIFY(result.methods.contains(CreationMethod::NovaCreateImage));
    QVERIFY(result.methods.contains(CreationMethod::CinderUploadToImage));
    QVERIFY(!result.methods.contains(CreationMethod::ImsEcs)); // OpenStack family: no IMS

    auto *message = child<InlineMessage>(dialog.get(), u"testMessage"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Info);
    for (const QString &type : {u"image"_s, u"compute"_s, u"volumev3"_s})
        QVERIFY2(message->text().contains(type), qPrintable(message->text()));
    QVERIFY(message->text().contains(CreationMethods::title(CreationMethod::NovaCreateImage)));
    QVERIFY(child<QPushButton>(dialog.get(), u"testConnection"_s)->isEnabled());

    // Nothing was saved by the test.
    QVERIFY(m_core->profiles()->isEmpty());
    QVERIFY(
        !m_memory->contains(SecretStore::keyFor(dialog->editedProfileId(), SecretKind::Password)));
    QVERIFY(dialog->hasUnsavedChanges());
}

void tst_ProfileDialog::wrongPasswordShownInline()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Lab"_s, Canary::password);
    QSignalSpy tested(dialog.get(), &ProfilesDialog::connectionTested);
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(15000));
    const auto result = tested.constFirst().at(0).value<ConnectionTest::Result>();
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    auto *message = child<InlineMessage>(dialog.get(), u"testMessage"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"User, password or project not accepted."_s),
        qPrintable(message->text()));

    // Unreachable host: the connection message, not the password one.
    child<QLineEdit>(dialog.get(), u"authUrl"_s)->setText(u"http://127.0.0.1:1/v3"_s);
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.constLast().at(0).value<ConnectionTest::Result>().error.kind,
        ApiError::Kind::ConnectionFailed);
    QVERIFY(message->text().contains(u"Could not connect"_s));
}

void tst_ProfileDialog::saveWritesPasswordToSecretStoreOnly()
{
    const QString password = Canary::otherPassword;
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Frankfurt lab"_s, password);
    const QString id = dialog->editedProfileId();
    QSignalSpy stored(dialog.get(), &ProfilesDialog::passwordStored);
    child<QPushButton>(dialog.get(), u"saveProfile"_s)->click();
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.constFirst().at(0).toString(), id);

    const auto saved = m_core->profiles()->profile(id);
    QVERIFY(saved);
    QCOMPARE(saved->name, u"Frankfurt lab"_s);
    QCOMPARE(saved->authUrl, m_demo.authUrl());
    QVERIFY(!dialog->isNewProfile());
    QVERIFY(!dialog->hasUnsavedChanges());

    const QString key = SecretStore::keyFor(id, SecretKind::Password);
    QCOMPARE(key, u"profile/%1/password"_s.arg(id));
    QVERIFY(m_memory->contains(key));
    QCOMPARE(storedSecret(key), password);

    // The field is cleared, never refilled; the settings file has the profile but no password.
    auto *field = child<QLineEdit>(dialog.get(), u"password"_s);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("Frankfurt lab"));
    QVERIFY(!settings.contains(password.toUtf8()));
    QVERIFY(!settings.contains("password\\\":"));

    // Editing without typing a password keeps the stored one.
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"Frankfurt"_s);
    QVERIFY(dialog->saveProfile());
    QCOMPARE(storedSecret(key), password);
}

void tst_ProfileDialog::testConnectionUsesStoredPassword()
{
    const CloudProfile profile = storeDemoProfile(u"Stored"_s);
    auto dialog = openDialog();
    QVERIFY(dialog->selectProfile(profile.id));
    QSignalSpy tested(dialog.get(), &ProfilesDialog::connectionTested);

    // Nothing stored yet and nothing typed.
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(5000));
    QVERIFY(!tested.constLast().at(0).value<ConnectionTest::Result>().ok());
    QVERIFY(child<InlineMessage>(dialog.get(), u"testMessage"_s)->hasMessage());

    const QString key = SecretStore::keyFor(profile.id, SecretKind::Password);
    QSignalSpy written(m_memory.get(), &SecretStore::writeDone);
    m_memory->write(key, u"demo"_s);
    QVERIFY(written.wait(5000));
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(15000));
    const auto result = tested.constLast().at(0).value<ConnectionTest::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QVERIFY(child<QLineEdit>(dialog.get(), u"password"_s)->text().isEmpty()); // never pre-filled
}

void tst_ProfileDialog::keychainUnavailableOffersSessionOnly()
{
    m_otherStore = std::make_unique<UnavailableStore>();
    makeCore(m_otherStore.get());
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"No keychain"_s, u"demo"_s);
    const QString id = dialog->editedProfileId();
    QSignalSpy failed(dialog.get(), &ProfilesDialog::passwordStoreFailed);
    QVERIFY(dialog->saveProfile());
    QVERIFY(failed.wait(5000));
    QVERIFY(m_core->profiles()->profile(id)); // the profile itself is saved

    auto *message = child<InlineMessage>(dialog.get(), u"passwordMessage"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(message->text().contains(u"no Secret Service"_s));
    auto *sessionOnly = child<QPushButton>(dialog.get(), u"sessionOnly"_s);
    QVERIFY(sessionOnly->isVisible());
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("\"demo\",\"password"));

    sessionOnly->click();
    QVERIFY(!sessionOnly->isVisible());
    QVERIFY(m_core->usesSessionOnlySecret(id, SecretKind::Password));
    QVERIFY(child<QLineEdit>(dialog.get(), u"password"_s)->text().isEmpty());
    QVERIFY(signsIn(m_core->session(id)));
    // Edited (a new session is made for the changed profile): still signs in with it.
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"No keychain, renamed"_s);
    QVERIFY(dialog->saveProfile());
    QVERIFY(signsIn(m_core->session(id)));
}

void tst_ProfileDialog::keychainUnavailableOffersSessionOnlyForEveryMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("application credential")
        << u"application_credential"_s << u"appCredentialSessionOnly"_s
        << QStringList{u"appCredentialSecretMessage"_s};
    QTest::newRow("temporary AK/SK") << u"aksk"_s << u"secretKeySessionOnly"_s
                                     << QStringList{u"secretKeyMessage"_s,
                                            u"securityTokenMessage"_s};
}

void tst_ProfileDialog::keychainUnavailableOffersSessionOnlyForEveryMethod()
{
    QFETCH(QString, method);
    QFETCH(QString, button);
    QFETCH(QStringList, messages);
    m_otherStore = std::make_unique<UnavailableStore>();
    makeCore(m_otherStore.get());
    auto dialog = openDialog();
    dialog->addProfile();
    const QString id = dialog->editedProfileId();
    auto *family = child<QComboBox>(dialog.get(), u"family"_s);
    family->setCurrentIndex(family->findData(method == u"aksk" ? u"huawei"_s : u"openstack"_s));
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"No keychain"_s);
    child<QComboBox>(dialog.get(), u"region"_s)->setCurrentText(u"demo-1"_s);
    child<QLineEdit>(dialog.get(), u"authUrl"_s)->setText(m_demo.authUrl().toString());
    auto *methods = child<QComboBox>(dialog.get(), u"authMethod"_s);
    methods->setCurrentIndex(methods->findData(method));
    if (method == u"aksk") {
        // The demo cloud's temporary key: the secret key and its security token.
        child<QLineEdit>(dialog.get(), u"accessKey"_s)->setText(u"DEMOTEMPACCESSKEY"_s);
        child<QLineEdit>(dialog.get(), u"secretKey"_s)->setText(u"demo-temporary-secret-key"_s);
        child<QCheckBox>(dialog.get(), u"temporaryKey"_s)->setChecked(true);
        child<QLineEdit>(dialog.get(), u"securityToken"_s)->setText(u"demo-security-token"_s);
        auto *overrides = child<KeyValueEditor>(dialog.get(), u"endpointOverrides"_s);
        overrides->addRow(u"image"_s, m_demo.baseUrl().toString());
    } else {
        child<QLineEdit>(dialog.get(), u"appCredentialId"_s)
            ->setText(u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s);
        child<QLineEdit>(dialog.get(), u"appCredentialSecret"_s)->setText(u"demo-app-secret"_s);
    }
    auto *sessionOnly = child<QPushButton>(dialog.get(), button);
    QVERIFY(!sessionOnly->isVisible());
    QVERIFY(dialog->saveProfile());
    QVERIFY(m_core->profiles()->profile(id)); // the profile itself is saved

    // Each refused secret says so at its field; one button takes them all.
    for (const QString &name : std::as_const(messages)) {
        auto *message = child<InlineMessage>(dialog.get(), name);
        QTRY_COMPARE(message->kind(), InlineMessage::Kind::Error);
        QVERIFY2(message->text().contains(u"no Secret Service"_s), qPrintable(message->text()));
    }
    QVERIFY(sessionOnly->isVisible());
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(!settings.contains("demo-app-secret") && !settings.contains("demo-temporary"));
    QVERIFY(!settings.contains("demo-security-token"));

    sessionOnly->click();
    QVERIFY(!sessionOnly->isVisible());
    for (const QString &name : std::as_const(messages))
        QCOMPARE(child<InlineMessage>(dialog.get(), name)->kind(), InlineMessage::Kind::Info);
    QVERIFY(signsIn(m_core->session(id)));
    // Edited (a new session is made for the changed profile): still signs in with them.
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"No keychain, renamed"_s);
    QVERIFY(dialog->saveProfile());
    QVERIFY(!sessionOnly->isVisible()); // nothing typed, nothing refused
    QVERIFY(signsIn(m_core->session(id)));
}

void tst_ProfileDialog::deleteRemovesProfileAndSecret()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Doomed"_s, u"demo"_s);
    const QString id = dialog->editedProfileId();
    const QString key = SecretStore::keyFor(id, SecretKind::Password);
    QSignalSpy stored(dialog.get(), &ProfilesDialog::passwordStored);
    QVERIFY(dialog->saveProfile());
    QVERIFY(stored.wait(5000));
    QVERIFY(m_memory->contains(key));
    const CloudProfile keep = storeDemoProfile(u"Keeper"_s);

    // "No" keeps it.
    QVERIFY(dialog->selectProfile(id));
    Prompter::setNextAnswer(QMessageBox::No);
    child<QPushButton>(dialog.get(), u"deleteProfile"_s)->click();
    QVERIFY(m_core->profiles()->profile(id));

    QSignalSpy removed(m_memory.get(), &SecretStore::removeDone);
    Prompter::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog.get(), u"deleteProfile"_s)->click();
    QVERIFY(!m_core->profiles()->profile(id));
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.constFirst().at(0).toString(), key);
    QVERIFY(!m_memory->contains(key));
    QCOMPARE(dialog->editedProfileId(), keep.id); // the form moves to a remaining profile

    // An unsaved new profile is dropped without a question.
    dialog->addProfile();
    child<QPushButton>(dialog.get(), u"deleteProfile"_s)->click();
    QCOMPARE(dialog->editedProfileId(), keep.id);
    QCOMPARE(m_core->profiles()->profiles().size(), 1);
}

void tst_ProfileDialog::switchingProfiles()
{
    const CloudProfile a = storeDemoProfile(u"Alpha"_s);
    const CloudProfile b = storeDemoProfile(u"Beta"_s);
    m_core->profiles()->setCurrent(a.id);
    MainWindow window(m_core.get(), nullptr);
    window.show();
    QComboBox *switcher = window.profileSwitcher();
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentData().toString(), a.id);

    // From the toolbar.
    QSignalSpy changed(m_core.get(), &AppCore::currentProfileChanged);
    const int index = switcher->findData(b.id);
    switcher->setCurrentIndex(index);
    Q_EMIT switcher->activated(index);
    QCOMPARE(m_core->profiles()->current()->id, b.id);
    QVERIFY(changed.count() >= 1);

    // From the editor's "Use this profile".
    ProfilesDialog *dialog = window.showProfiles();
    QCOMPARE(window.showProfiles(), dialog); // one editor at a time
    QVERIFY(dialog->selectProfile(a.id));
    auto *use = child<QPushButton>(dialog, u"useProfile"_s);
    QVERIFY(use->isEnabled());
    use->click();
    QCOMPARE(m_core->profiles()->current()->id, a.id);
    QCOMPARE(switcher->currentData().toString(), a.id);
    QVERIFY(!use->isEnabled()); // already in use

    // Unsaved changes block switching until saved.
    child<QLineEdit>(dialog, u"name"_s)->setText(u"Alpha 2"_s);
    QVERIFY(!use->isEnabled());
    dialog->close();
    QVERIFY(dialog->isVisible()); // the non-interactive answer is Cancel
    Prompter::setNextAnswer(QMessageBox::Discard);
    dialog->close();
    QTRY_VERIFY(!window.findChild<ProfilesDialog *>());
}

void tst_ProfileDialog::refusedWriteAfterCloseIsSaidInTheMainWindow()
{
    // Issue 16: a keychain write that the keychain refuses after the editor closed was said
    // nowhere. The main window says it, naming the profile and the keychain's reason.
    m_otherStore = std::make_unique<UnavailableStore>();
    makeCore(m_otherStore.get());
    const CloudProfile p = storeDemoProfile(u"Gamma"_s);
    MainWindow window(m_core.get(), nullptr);
    window.show();
    auto *notice = window.findChild<NoticeBar *>();
    QVERIFY(notice);
    QVERIFY(notice->text().isEmpty());
    ProfileSecretWriter *writer = m_core->secretWriter();
    QSignalSpy settled(writer, &ProfileSecretWriter::settled);

    // While the editor is open it says it itself, at the field: the window stays quiet.
    ProfilesDialog *dialog = window.showProfiles();
    writer->save(p.id, {{SecretKind::Password, u"pw-1"_s}}, {});
    QVERIFY(settled.wait(5000));
    QVERIFY(notice->text().isEmpty());

    dialog->close();
    QTRY_VERIFY(!window.findChild<ProfilesDialog *>());
    writer->save(p.id, {{SecretKind::Password, u"pw-2"_s}}, {});
    QVERIFY(settled.wait(5000));
    QVERIFY2(notice->text().contains(u"Gamma"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"no Secret Service"_s), qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(u"pw-2"_s));
}

void tst_ProfileDialog::akskSecretsGoToTheirKeysOnly()
{
    const QString sk = u"demo-secret-key"_s;
    auto dialog = openDialog();
    dialog->addProfile();
    const QString id = dialog->editedProfileId();
    auto *family = child<QComboBox>(dialog.get(), u"family"_s);
    family->setCurrentIndex(family->findData(u"huawei"_s));
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"Signed"_s);
    child<QComboBox>(dialog.get(), u"region"_s)->setCurrentText(u"demo-1"_s);
    child<QLineEdit>(dialog.get(), u"authUrl"_s)->setText(m_demo.authUrl().toString());
    auto *method = child<QComboBox>(dialog.get(), u"authMethod"_s);
    method->setCurrentIndex(method->findData(u"aksk"_s));
    // The password row goes, the AK/SK rows come.
    QVERIFY(!child<QLineEdit>(dialog.get(), u"password"_s)->isVisible());
    QVERIFY(child<QLineEdit>(dialog.get(), u"accessKey"_s)->isVisible());
    auto *save = child<QPushButton>(dialog.get(), u"saveProfile"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(child<InlineMessage>(dialog.get(), u"accessKeyMessage"_s)->hasMessage());
    QVERIFY(child<InlineMessage>(dialog.get(), u"secretKeyMessage"_s)->hasMessage());

    child<QLineEdit>(dialog.get(), u"accessKey"_s)->setText(u"DEMOACCESSKEYID"_s);
    auto *secret = child<QLineEdit>(dialog.get(), u"secretKey"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(sk);
    auto *overrides = child<KeyValueEditor>(dialog.get(), u"endpointOverrides"_s);
    const QString base = m_demo.baseUrl().toString();
    overrides->addRow(u"image"_s, base);
    overrides->addRow(u"compute"_s, base + u"/v2.1/{project_id}"_s);
    overrides->addRow(u"volumev3"_s, base + u"/v3/{project_id}"_s);
    QVERIFY(save->isEnabled());

    // Test connection signs with the typed keys.
    QSignalSpy tested(dialog.get(), &ProfilesDialog::connectionTested);
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(15000));
    const auto result = tested.constFirst().at(0).value<ConnectionTest::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    QVERIFY(result.serviceTypes.contains(u"compute"_s));
    QCOMPARE(result.projectId, m_demo.projectId());

    save->click();
    QTRY_VERIFY(m_memory->contains(SecretStore::keyFor(id, SecretKind::SecretKey)));
    QCOMPARE(storedSecret(SecretStore::keyFor(id, SecretKind::SecretKey)), sk);
    QVERIFY(!m_memory->contains(SecretStore::keyFor(id, SecretKind::Password)));
    QVERIFY(!m_memory->contains(SecretStore::keyFor(id, SecretKind::SecurityToken)));
    const auto saved = m_core->profiles()->profile(id);
    QVERIFY(saved);
    QCOMPARE(saved->authMethod, AuthMethod::AkSk);
    QCOMPARE(saved->accessKey, u"DEMOACCESSKEYID"_s);
    QCOMPARE(saved->endpointOverrides.size(), 3);
    // Cleared, never refilled from the keychain; the placeholder says one is stored.
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!secret->placeholderText().isEmpty());
    QVERIFY(!secret->placeholderText().contains(sk));

    // A temporary key needs its token, said at its field.
    auto *temporary = child<QCheckBox>(dialog.get(), u"temporaryKey"_s);
    temporary->setChecked(true);
    QVERIFY(child<QLineEdit>(dialog.get(), u"securityToken"_s)->isVisible());
    QVERIFY(child<InlineMessage>(dialog.get(), u"securityTokenMessage"_s)->hasMessage());
    QVERIFY(!save->isEnabled());
    const QString token = u"Tk-canary-0815"_s;
    child<QLineEdit>(dialog.get(), u"securityToken"_s)->setText(token);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(m_memory->contains(SecretStore::keyFor(id, SecretKind::SecurityToken)));
    QCOMPARE(storedSecret(SecretStore::keyFor(id, SecretKind::SecurityToken)), token);
    QCOMPARE(storedSecret(SecretStore::keyFor(id, SecretKind::SecretKey)), sk); // kept

    // Nothing secret in the settings file.
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("DEMOACCESSKEYID"));
    QVERIFY(!settings.contains(sk.toUtf8()));
    QVERIFY(!settings.contains(token.toUtf8()));

    // Switching to a password removes the AK/SK secrets.
    method->setCurrentIndex(method->findData(u"password"_s));
    child<QLineEdit>(dialog.get(), u"userName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog.get(), u"userDomain"_s)->setText(u"Default"_s);
    child<QLineEdit>(dialog.get(), u"projectName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog.get(), u"projectDomain"_s)->setText(u"Default"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(!m_memory->contains(SecretStore::keyFor(id, SecretKind::SecretKey)));
    QTRY_VERIFY(!m_memory->contains(SecretStore::keyFor(id, SecretKind::SecurityToken)));
    QCOMPARE(m_core->profiles()->profile(id)->authMethod, AuthMethod::Password);
    QVERIFY(m_core->profiles()->profile(id)->accessKey.isEmpty());
}

void tst_ProfileDialog::applicationCredentialSecretAndSwitchingClears()
{
    auto dialog = openDialog();
    dialog->addProfile();
    const QString id = dialog->editedProfileId();
    auto *family = child<QComboBox>(dialog.get(), u"family"_s);
    family->setCurrentIndex(family->findData(u"openstack"_s));
    child<QLineEdit>(dialog.get(), u"name"_s)->setText(u"App credential"_s);
    child<QLineEdit>(dialog.get(), u"authUrl"_s)->setText(m_demo.authUrl().toString());
    child<QComboBox>(dialog.get(), u"region"_s)->setCurrentText(u"demo-1"_s);
    auto *method = child<QComboBox>(dialog.get(), u"authMethod"_s);
    method->setCurrentIndex(method->findData(u"application_credential"_s));
    auto *save = child<QPushButton>(dialog.get(), u"saveProfile"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(child<InlineMessage>(dialog.get(), u"appCredentialIdMessage"_s)->hasMessage());
    QVERIFY(child<InlineMessage>(dialog.get(), u"appCredentialSecretMessage"_s)->hasMessage());
    QVERIFY(!child<InlineMessage>(dialog.get(), u"projectMessage"_s)->hasMessage());
    child<QLineEdit>(dialog.get(), u"appCredentialId"_s)
        ->setText(u"b7c5a1e0d2f34a6c8e9b1d3f5a7c9e02"_s);
    auto *secret = child<QLineEdit>(dialog.get(), u"appCredentialSecret"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    secret->setText(u"demo-app-secret"_s);
    QVERIFY(save->isEnabled());

    QSignalSpy tested(dialog.get(), &ProfilesDialog::connectionTested);
    child<QPushButton>(dialog.get(), u"testConnection"_s)->click();
    QVERIFY(tested.wait(15000));
    const auto result = tested.constFirst().at(0).value<ConnectionTest::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));

    save->click();
    const QString key = SecretStore::keyFor(id, SecretKind::ApplicationCredentialSecret);
    QTRY_VERIFY(m_memory->contains(key));
    QCOMPARE(storedSecret(key), u"demo-app-secret"_s);
    QVERIFY(!m_memory->contains(SecretStore::keyFor(id, SecretKind::Password)));
    QVERIFY(secret->text().isEmpty());

    // The saved profile's session signs in with the stored secret.
    CloudSession *session = m_core->session(id);
    bool done = false;
    ApiError error;
    session->connectToCloud(this, [&](const ApiError &e) {
        done = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(!error, qPrintable(error.userMessage()));

    // Switching to a password removes the application credential's secret.
    method->setCurrentIndex(method->findData(u"password"_s));
    child<QLineEdit>(dialog.get(), u"userName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog.get(), u"userDomain"_s)->setText(u"Default"_s);
    child<QLineEdit>(dialog.get(), u"projectName"_s)->setText(u"demo"_s);
    child<QLineEdit>(dialog.get(), u"projectDomain"_s)->setText(u"Default"_s);
    child<QLineEdit>(dialog.get(), u"password"_s)->setText(u"demo"_s);
    save->click();
    QTRY_VERIFY(!m_memory->contains(key));
    QTRY_VERIFY(m_memory->contains(SecretStore::keyFor(id, SecretKind::Password)));
}

void tst_ProfileDialog::akskOfferedForHuaweiFamiliesOnly()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Generic"_s, u"demo"_s); // OpenStack family
    auto *method = child<QComboBox>(dialog.get(), u"authMethod"_s);
    method->setCurrentIndex(method->findData(u"aksk"_s));
    child<QLineEdit>(dialog.get(), u"accessKey"_s)->setText(u"DEMOACCESSKEYID"_s);
    child<QLineEdit>(dialog.get(), u"secretKey"_s)->setText(u"demo-secret-key"_s);
    auto *message = child<InlineMessage>(dialog.get(), u"authMethodMessage"_s);
    QVERIFY(message->hasMessage());
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(!child<QPushButton>(dialog.get(), u"saveProfile"_s)->isEnabled());

    auto *family = child<QComboBox>(dialog.get(), u"family"_s);
    family->setCurrentIndex(family->findData(u"otc"_s));
    QVERIFY(!message->hasMessage());
    QVERIFY(child<QPushButton>(dialog.get(), u"saveProfile"_s)->isEnabled());
}

void tst_ProfileDialog::endpointOverrideUrlCheckedAtTheField()
{
    auto dialog = openDialog();
    fillDemoProfile(dialog.get(), u"Overrides"_s, u"demo"_s);
    auto *save = child<QPushButton>(dialog.get(), u"saveProfile"_s);
    QVERIFY(save->isEnabled());
    auto *overrides = child<KeyValueEditor>(dialog.get(), u"endpointOverrides"_s);
    overrides->addRow(u"compute"_s, u"ftp://example.com/v2.1"_s);
    QVERIFY(overrides->hasErrors());
    QVERIFY(overrides->message()->hasMessage());
    QVERIFY(!save->isEnabled());
    overrides->setItems({{u"compute"_s, u"https://ecs.example.com/v2.1/$(tenant_id)s"_s}});
    QVERIFY(!overrides->hasErrors());
    QVERIFY(save->isEnabled());
    QVERIFY(dialog->saveProfile());
    const auto saved = m_core->profiles()->profile(dialog->editedProfileId());
    QVERIFY(saved);
    QCOMPARE(ServiceCatalog::expandProjectId(saved->endpointOverrides.value(u"compute"_s), u"p1"_s),
        QUrl(u"https://ecs.example.com/v2.1/p1"_s));
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
