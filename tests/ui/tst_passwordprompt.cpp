// The main window asks for a profile's password where the keychain gave none, and again, once,
// where the identity service refused the saved one (issue 12, defect 1: no endless token
// requests that could lock the account; the operator is asked instead).
#include <memory>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/passwordprompt.h"
#include "dialogs/prompter.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "support/canary.h"
#include "support/democloudprocess.h"
#include "support/secretread.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_PasswordPrompt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowAsksForMissingPassword();
    void refusedSavedPasswordIsAskedForOnce();

private:
    /// Saves a profile for the demo cloud straight into the store (no password).
    CloudProfile storeDemoProfile(const QString &name);
    QString storedSecret(const QString &key);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<MemoryStore> m_memory;
    std::unique_ptr<AppCore> m_core;
};

void tst_PasswordPrompt::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_PasswordPrompt::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true); // an unexpected question takes its default, never blocks
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_memory = std::make_unique<MemoryStore>();
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    options.secrets = m_memory.get();
    m_core = std::make_unique<AppCore>(options);
}

void tst_PasswordPrompt::cleanup()
{
    m_core.reset();
    m_memory.reset();
    m_dir.reset();
    Prompter::clearAnswers();
}

CloudProfile tst_PasswordPrompt::storeDemoProfile(const QString &name)
{
    return ::storeDemoProfile(*m_core->profiles(), m_demo.authUrl(), name);
}

QString tst_PasswordPrompt::storedSecret(const QString &key)
{
    return ::storedSecret(*m_memory, key);
}

void tst_PasswordPrompt::mainWindowAsksForMissingPassword()
{
    const CloudProfile profile = storeDemoProfile(u"Prompted"_s);
    const CloudProfile other = storeDemoProfile(u"Other"_s);
    m_core->profiles()->setCurrent(other.id);
    MainWindow window(m_core.get(), nullptr);
    window.show();
    // "Other" has no password either: its prompt appears; cancelling it is remembered.
    QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 15000);
    window.passwordPrompt()->reject();
    QTRY_VERIFY(!window.passwordPrompt());

    m_core->profiles()->setCurrent(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 15000);
    PasswordPrompt *prompt = window.passwordPrompt();
    QVERIFY(prompt->saveInKeychain()); // the default
    auto *ok = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed

    // A wrong password is not stored, and the prompt comes back.
    prompt->setPassword(Canary::password);
    prompt->accept();
    QTRY_VERIFY(!window.passwordPrompt() || window.passwordPrompt() != prompt);
    QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 15000);
    const QString key = SecretStore::keyFor(profile.id, SecretKind::Password);
    QVERIFY(!m_memory->contains(key));

    window.passwordPrompt()->setPassword(u"demo"_s);
    window.passwordPrompt()->accept();
    CloudSession *session = m_core->session(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_memory->contains(key), 5000);
    QCOMPARE(storedSecret(key), u"demo"_s);
    auto *connection = window.findChild<QLabel *>(u"connectionStatus"_s);
    QTRY_COMPARE(connection->text(), u"Connected"_s);
}

void tst_PasswordPrompt::refusedSavedPasswordIsAskedForOnce()
{
    const CloudProfile profile = storeDemoProfile(u"Changed password"_s);
    const QString key = SecretStore::keyFor(profile.id, SecretKind::Password);
    m_memory->write(key, Canary::password); // the password was changed in the cloud since
    m_demo.clearRequests();
    m_core->profiles()->setCurrent(profile.id);
    MainWindow window(m_core.get(), nullptr);
    window.show();

    // Refused once: the operator is asked, with the cloud's refusal as the reason; no further
    // token request goes out with the refused password meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 15000);
    CloudSession *session = m_core->session(profile.id);
    QVERIFY(session->auth()->credentialsRejected());
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);
    std::optional<ApiError> again;
    session->connectToCloud(this, [&again](const ApiError &e) { again = e; });
    QTRY_VERIFY(again.has_value());
    QVERIFY(*again);
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 1);

    // Cancelled: not asked again for this profile, however often it fails.
    window.passwordPrompt()->reject();
    QTRY_VERIFY(!window.passwordPrompt());
    session->connectToCloud(this, [](const ApiError &) {});
    QTest::qWait(200);
    QVERIFY(!window.passwordPrompt());

    // The operator comes back to the profile: asked once more (nothing is sent meanwhile); the
    // right password signs in and replaces the stored one.
    const CloudProfile other = storeDemoProfile(u"Other"_s);
    m_memory->write(SecretStore::keyFor(other.id, SecretKind::Password), u"demo"_s);
    m_core->profiles()->setCurrent(other.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_core->session(other.id)->isConnected(), 15000);
    m_core->profiles()->setCurrent(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 15000);
    QCOMPARE(m_demo.countRequests("POST", u"/v3/auth/tokens"_s), 2); // the other profile's
    window.passwordPrompt()->setPassword(u"demo"_s);
    window.passwordPrompt()->accept();
    QTRY_VERIFY_WITH_TIMEOUT(m_core->session(profile.id)->isConnected(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(storedSecret(key), u"demo"_s, 5000);
}

QTEST_MAIN(tst_PasswordPrompt)
#include "tst_passwordprompt.moc"
