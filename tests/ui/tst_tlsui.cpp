// The TLS choice in the UI: the profile editor's TLS section (a CA bundle file with its field
// message, chosen through the file chooser; Insecure only with the explicit opt-in tick, its
// warning next to the choice), the main window's warning bar that stays while the current
// profile is insecure, and the review page's note and "Copy as curl" options (--cacert FILE,
// --insecure) matching the profile. Also the editor's proxy row next to it (docs/connection.md,
// "Proxies"): a URL with a password refused at the field, a plain one saved with the profile.
#include <memory>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUuid>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "create/requestfile.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "support/testcertificates.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"
#include "widgets/insecurebanner.h"
#include "wizard/reviewpage.h"

using namespace Qt::StringLiterals;

namespace {

// A CA certificate in PEM (any valid certificate does for the file check).
QByteArray pemCertificate(const QString &dir)
{
    QByteArray pem;
    if (!TestCertificates::openssl({u"req"_s,
                                       u"-x509"_s,
                                       u"-newkey"_s,
                                       u"ec"_s,
                                       u"-pkeyopt"_s,
                                       u"ec_paramgen_curve:prime256v1"_s,
                                       u"-nodes"_s,
                                       u"-keyout"_s,
                                       u"ca.key"_s,
                                       u"-days"_s,
                                       u"1"_s,
                                       u"-subj"_s,
                                       u"/CN=tst_tlsui"_s},
            dir,
            &pem))
        return {};
    return pem;
}

/// What the review page shows for a small IMS create (method 1).
ReviewPage::Sources imsReviewSources()
{
    ReviewPage::Sources sources;
    sources.method = [] { return CreationMethod::ImsEcs; };
    sources.ims = [] {
        RequestFile file;
        file.method = CreationMethod::ImsEcs;
        file.body = QJsonObject{{u"name"_s, u"img"_s}, {u"instance_id"_s, u"i-1"_s}};
        return file;
    };
    return sources;
}

} // namespace

class tst_TlsUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void caBundleFieldMessageAndChooser();
    void insecureNeedsTheOptIn();
    void proxyRowRefusesAPasswordAndSaves();
    void mainWindowBarFollowsTheCurrentProfile();
    void reviewPageNoteAndCurl();
    void reviewPageCurlForAkSk();
    void mainWindowSaysTheCloudIsUnreachable();

private:
    void fillProfile(ProfilesDialog *dialog, const QString &name);
    CloudProfile storeProfile(const QString &name, TlsMode mode, const QString &ca = {});
    template <typename T> static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<TestDir> m_dir;
    std::unique_ptr<MemoryStore> m_memory;
    std::unique_ptr<AppCore> m_core;
    QString m_caPath;
};

void tst_TlsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TlsUi::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true);
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    m_memory = std::make_unique<MemoryStore>();
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    options.secrets = m_memory.get();
    m_core = std::make_unique<AppCore>(options);
    const QByteArray pem = pemCertificate(m_dir->path());
    QVERIFY(pem.contains("BEGIN CERTIFICATE"));
    m_caPath = m_dir->filePath(u"private-ca.pem"_s);
    QFile f(m_caPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pem);
}

void tst_TlsUi::cleanup()
{
    m_core.reset();
    m_memory.reset();
    m_dir.reset();
}

void tst_TlsUi::fillProfile(ProfilesDialog *dialog, const QString &name)
{
    dialog->addProfile();
    auto *family = child<QComboBox>(dialog, u"family"_s);
    family->setCurrentIndex(family->findData(u"openstack"_s));
    child<QLineEdit>(dialog, u"name"_s)->setText(name);
    child<QLineEdit>(dialog, u"authUrl"_s)->setText(u"https://keystone.example.com:5000/v3"_s);
    child<QLineEdit>(dialog, u"userName"_s)->setText(u"operator"_s);
    child<QLineEdit>(dialog, u"userDomain"_s)->setText(u"Default"_s);
    child<QLineEdit>(dialog, u"projectName"_s)->setText(u"images"_s);
    child<QLineEdit>(dialog, u"projectDomain"_s)->setText(u"Default"_s);
}

CloudProfile tst_TlsUi::storeProfile(const QString &name, TlsMode mode, const QString &ca)
{
    // The demo family: the main window does not sign in by itself (no password prompt).
    CloudProfile p = CloudProfile::demo(QUrl(u"https://127.0.0.1:9/v3"_s));
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    p.tlsMode = mode;
    p.caBundlePath = ca;
    m_core->profiles()->upsert(p);
    return p;
}

void tst_TlsUi::caBundleFieldMessageAndChooser()
{
    ProfilesDialog dialog(m_core.get());
    dialog.show();
    fillProfile(&dialog, u"Private CA"_s);
    auto *save = child<QPushButton>(&dialog, u"saveProfile"_s);
    QVERIFY(save->isEnabled()); // Verify: the default
    auto *mode = child<QComboBox>(&dialog, u"tlsMode"_s);
    auto *path = child<QLineEdit>(&dialog, u"caBundle"_s);
    auto *message = child<InlineMessage>(&dialog, u"caBundleMessage"_s);
    QCOMPARE(mode->currentData().toString(), u"verify"_s);
    QVERIFY(!path->isVisible());

    mode->setCurrentIndex(mode->findData(u"ca_bundle"_s));
    QVERIFY(path->isVisible());
    QVERIFY(message->hasMessage()); // no file chosen yet
    QVERIFY(!save->isEnabled());

    const QString missing = m_dir->filePath(u"missing.pem"_s);
    path->setText(missing);
    QVERIFY(message->text().contains(QDir::toNativeSeparators(missing)));
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY(!save->isEnabled());

    const QString empty = m_dir->filePath(u"empty.pem"_s);
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    path->setText(empty);
    QVERIFY(message->hasMessage());
    QVERIFY(!save->isEnabled());

    QString askedCaption;
    dialog.setCaFileChooser([&](QWidget *, const QString &caption, const QString &) {
        askedCaption = caption;
        return m_caPath;
    });
    child<QPushButton>(&dialog, u"caBundleBrowse"_s)->click();
    QVERIFY(!askedCaption.isEmpty());
    QCOMPARE(path->text(), QDir::toNativeSeparators(m_caPath));
    QVERIFY(!message->hasMessage());
    QVERIFY(save->isEnabled());
    // Issue 16: the file was read and parsed again on every keystroke anywhere in the form.
    const int reads = dialog.caBundleReads();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"name"_s), u" (lab)"_s);
    QCOMPARE(dialog.caBundleReads(), reads);
    path->setText(path->text() + u".old"_s); // another path: read again
    QCOMPARE(dialog.caBundleReads(), reads + 1);
    path->setText(QDir::toNativeSeparators(m_caPath));
    QVERIFY(!message->hasMessage());
    QVERIFY(dialog.saveProfile());

    const auto saved = m_core->profiles()->profile(dialog.editedProfileId());
    QVERIFY(saved);
    QCOMPARE(saved->tlsMode, TlsMode::CaBundle);
    QCOMPARE(saved->caBundlePath, QDir::toNativeSeparators(m_caPath));
}

void tst_TlsUi::proxyRowRefusesAPasswordAndSaves()
{
    ProfilesDialog dialog(m_core.get());
    dialog.show();
    fillProfile(&dialog, u"Behind a proxy"_s);
    auto *save = child<QPushButton>(&dialog, u"saveProfile"_s);
    auto *mode = child<QComboBox>(&dialog, u"proxyMode"_s);
    auto *url = child<QLineEdit>(&dialog, u"proxyUrl"_s);
    auto *message = child<InlineMessage>(&dialog, u"proxyMessage"_s);
    QCOMPARE(mode->currentData().toString(), u"environment"_s); // the default
    QVERIFY(!url->isVisible());
    QVERIFY(save->isEnabled());

    mode->setCurrentIndex(mode->findData(u"url"_s));
    QVERIFY(url->isVisible());
    QVERIFY(message->hasMessage()); // no URL yet
    QVERIFY(!save->isEnabled());
    url->setText(u"http://alice:canary-proxy-ui-pw@proxy.example.com:3128"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Error);
    QVERIFY2(message->text().contains(u"https_proxy"_s), qPrintable(message->text()));
    QVERIFY(!message->text().contains(u"canary-proxy-ui-pw"_s));
    QVERIFY(!save->isEnabled());
    url->setText(u"http://alice@proxy.example.com:3128"_s);
    QVERIFY(!message->hasMessage());
    QVERIFY(save->isEnabled());
    QVERIFY(dialog.saveProfile());
    auto saved = m_core->profiles()->profile(dialog.editedProfileId());
    QVERIFY(saved);
    QCOMPARE(saved->proxyMode, ProxyMode::Url);
    QCOMPARE(saved->proxyUrl, u"http://alice@proxy.example.com:3128"_s);

    mode->setCurrentIndex(mode->findData(u"none"_s));
    QVERIFY(!url->isVisible());
    QVERIFY(save->isEnabled());
    QVERIFY(dialog.saveProfile());
    saved = m_core->profiles()->profile(dialog.editedProfileId());
    QCOMPARE(saved->proxyMode, ProxyMode::None);
    QVERIFY(saved->proxyUrl.isEmpty());
}

void tst_TlsUi::insecureNeedsTheOptIn()
{
    ProfilesDialog dialog(m_core.get());
    dialog.show();
    fillProfile(&dialog, u"Lab"_s);
    auto *save = child<QPushButton>(&dialog, u"saveProfile"_s);
    auto *mode = child<QComboBox>(&dialog, u"tlsMode"_s);
    auto *confirm = child<QCheckBox>(&dialog, u"insecureConfirm"_s);
    auto *warning = child<InlineMessage>(&dialog, u"tlsWarning"_s);
    QVERIFY(!confirm->isVisible());
    QVERIFY(!warning->hasMessage());

    mode->setCurrentIndex(mode->findData(u"insecure"_s));
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QVERIFY(warning->hasMessage());
    QCOMPARE(warning->kind(), InlineMessage::Kind::Error); // not confirmed yet
    QVERIFY(!save->isEnabled());

    confirm->setChecked(true);
    QVERIFY(save->isEnabled());
    QCOMPARE(warning->kind(), InlineMessage::Kind::Warning); // stays next to the choice
    QCOMPARE(warning->text(), InsecureBanner::warningText(u"Lab"_s));
    QVERIFY(dialog.saveProfile());
    auto saved = m_core->profiles()->profile(dialog.editedProfileId());
    QVERIFY(saved);
    QCOMPARE(saved->tlsMode, TlsMode::Insecure);
    QVERIFY(saved->caBundlePath.isEmpty());
    QVERIFY(warning->hasMessage()); // still shown once saved

    // Back to Verify: the warning goes.
    mode->setCurrentIndex(mode->findData(u"verify"_s));
    QVERIFY(!warning->hasMessage());
    QVERIFY(dialog.saveProfile());
    saved = m_core->profiles()->profile(dialog.editedProfileId());
    QCOMPARE(saved->tlsMode, TlsMode::Verify);
}

void tst_TlsUi::mainWindowBarFollowsTheCurrentProfile()
{
    const CloudProfile insecure = storeProfile(u"Insecure lab"_s, TlsMode::Insecure);
    const CloudProfile verified = storeProfile(u"Production"_s, TlsMode::Verify);
    m_core->profiles()->setCurrent(verified.id);
    MainWindow window(m_core.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = child<InsecureBanner>(&window, u"insecureBanner"_s);
    QVERIFY(!bar->isVisible());

    m_core->profiles()->setCurrent(insecure.id);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(u"Insecure lab"_s));
    QVERIFY(bar->findChildren<QAbstractButton *>().isEmpty()); // nothing closes it
    // Palette-derived: not the window's own background.
    QVERIFY(bar->palette().color(QPalette::Window) != window.palette().color(QPalette::Window));

    // Editing the current profile to verify certificates removes the bar.
    CloudProfile fixed = insecure;
    fixed.tlsMode = TlsMode::CaBundle;
    fixed.caBundlePath = m_caPath;
    m_core->profiles()->upsert(fixed);
    QTRY_VERIFY(!bar->isVisible());
}

void tst_TlsUi::reviewPageNoteAndCurl()
{
    struct Case
    {
        TlsMode mode;
        QString ca;
        QString option; // expected in every curl line
    };
    const QString caWithSpace = m_dir->filePath(u"my ca.pem"_s);
    QVERIFY(QFile::copy(m_caPath, caWithSpace));
    const QList<Case> cases{{TlsMode::Verify, {}, {}},
        {TlsMode::CaBundle, caWithSpace, u"curl --cacert '"_s + caWithSpace + u"' -X POST"_s},
        {TlsMode::Insecure, {}, u"curl --insecure -X POST"_s}};
    for (const Case &c : cases) {
        const CloudProfile profile = storeProfile(u"Review %1"_s.arg(int(c.mode)), c.mode, c.ca);
        CloudSession session(m_core->client(), profile);
        ReviewPage page(&session, m_core->monitor(), imsReviewSources());
        page.initializePage();
        const QString curl = page.curlCommand();
        auto *note = child<InlineMessage>(&page, u"reviewInsecure"_s);
        if (c.option.isEmpty()) {
            QVERIFY2(
                !curl.contains(u"--insecure"_s) && !curl.contains(u"--cacert"_s), qPrintable(curl));
        } else {
            QVERIFY2(curl.startsWith(c.option), qPrintable(curl));
        }
        QCOMPARE(note->hasMessage(), c.mode == TlsMode::Insecure);
        QVERIFY(curl.contains(u"$OS_TOKEN"_s)); // a placeholder, never a token
    }
}

void tst_TlsUi::reviewPageCurlForAkSk()
{
    // Not TLS, but the same page: an AK/SK profile's curl line cannot carry a signature (curl
    // cannot compute SDK-HMAC-SHA256, and a copied one could be replayed); it says so and uses
    // a token placeholder instead.
    CloudProfile profile = storeProfile(u"Signed review"_s, TlsMode::Verify);
    profile.family = CloudFamily::HuaweiCloud;
    profile.region = u"ap-southeast-1"_s;
    profile.authMethod = AuthMethod::AkSk;
    profile.accessKey = u"DEMOACCESSKEYID"_s;
    m_core->profiles()->upsert(profile);
    CloudSession session(m_core->client(), profile);
    QVERIFY(session.signsRequests());
    ReviewPage page(&session, m_core->monitor(), imsReviewSources());
    page.initializePage();
    const QString curl = page.curlCommand();
    QVERIFY2(curl.contains(u"$OS_TOKEN"_s), qPrintable(curl));
    QVERIFY2(!curl.contains(u"SDK-HMAC-SHA256"_s) && !curl.contains(u"DEMOACCESSKEYID"_s),
        qPrintable(curl));
    QVERIFY(child<QPushButton>(&page, u"reviewCopyCurl"_s)->toolTip().contains(u"AK/SK"_s));
    page.copyAsCurl();
    auto *message = child<InlineMessage>(&page, u"reviewError"_s);
    QCOMPARE(message->kind(), InlineMessage::Kind::Info);
    QVERIFY2(message->text().contains(u"AK/SK"_s), qPrintable(message->text()));
}

void tst_TlsUi::mainWindowSaysTheCloudIsUnreachable()
{
    // Not TLS, but the same window and profiles: a running job of the current profile whose
    // cloud does not answer (nothing listens on port 9) makes the monitor wait for it, and the
    // status bar says so instead of "Not connected".
    const CloudProfile gone = storeProfile(u"Far away"_s, TlsMode::Verify);
    m_core->profiles()->setCurrent(gone.id);
    MainWindow window(m_core.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *connection = child<QLabel>(&window, u"connectionStatus"_s);
    QVERIFY(!connection->text().contains(u"reachable"_s));

    JobRecord r;
    r.localId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.method = CreationMethod::ImsEcs;
    r.profileId = gone.id;
    r.name = u"waiting-image"_s;
    r.jobId = u"ff8080814dbd65d7014dc3d5b0b3001f"_s;
    r.state = JobState::Running;
    r.created = QDateTime::currentDateTimeUtc();
    r.addEvent(u"made by tst_tlsui"_s, r.created);
    QVERIFY(JobStore(m_dir->filePath(u"data/jobs.sqlite"_s)).save({r}));
    m_core->monitor()->reloadStore(); // as a job submitted headless arrives
    QTRY_VERIFY_WITH_TIMEOUT(m_core->monitor()->isCloudUnreachable(gone.id), 15000);
    QTRY_COMPARE(connection->text(), u"Cloud not reachable"_s);
    QVERIFY(!connection->toolTip().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(u"Far away"_s));
    const int row = m_core->monitor()->rowOf(r.localId);
    QCOMPARE(m_core->monitor()->at(row).state, JobState::Running); // nothing failed
}

QTEST_MAIN(tst_TlsUi)
#include "tst_tlsui.moc"
