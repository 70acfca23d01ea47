// The import dialog of the profile editor: it lists the clouds of a clouds.yaml (with its
// secure.yaml) or an openrc file with check boxes, family, sign-in method and the reason a row
// cannot be imported; Import writes the checked ones as profiles and their secrets to the
// SecretStore only; a name a saved profile has is offered renamed, unchecked; a keychain that
// refuses offers "use for this session only".
#include <memory>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

#include "appcore.h"
#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/importprofilesdialog.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/prompter.h"
#include "secrets/secretstore.h"
#include "support/unavailablestore.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray CloudsYaml = R"(
clouds:
  lab:
    auth:
      auth_url: https://keystone.lab.example/v3
      username: alice
      project_name: web
    region_name: RegionOne
  otc:
    profile: otc
    auth:
      username: bob
      project_name: eu-de
      user_domain_name: OTC00000000001000000123
  oidc:
    auth_type: v3oidcpassword
    auth:
      auth_url: https://keystone.lab.example/v3
)";

const QByteArray SecureYaml = R"(
clouds:
  lab:
    auth:
      password: Ui-Canary-Lab-4417
  otc:
    auth:
      password: Ui-Canary-Otc-5528
)";

} // namespace

class tst_ImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsCloudsWithFamilyAuthAndReasons();
    void importWritesProfilesAndSecrets();
    void existingNameIsOfferedRenamedOrSkipped();
    void openrcFile();
    void cyclicAliasSaysWhereAndGoesOn();
    void keychainUnavailableOffersSessionOnly();
    void profilesDialogOpensImport();

private:
    void makeCore(SecretStore *secrets);
    CloudsYamlImport::SearchPaths paths() const;
    QTreeWidgetItem *row(ImportProfilesDialog *dialog, const QString &source) const;
    QString storedSecret(const QString &key);
    template <typename T> static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AppCore> m_core;
};

void tst_ImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ImportDialog::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QDir().mkpath(m_dir->filePath(u"openstack"_s));
    for (const auto &[name, data] : {std::pair{"openstack/clouds.yaml", CloudsYaml},
             std::pair{"openstack/secure.yaml", SecureYaml}}) {
        QFile f(m_dir->filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    m_secrets = std::make_unique<MemoryStore>();
    makeCore(m_secrets.get());
}

void tst_ImportDialog::cleanup()
{
    m_core.reset();
    m_secrets.reset();
    m_dir.reset();
}

void tst_ImportDialog::makeCore(SecretStore *secrets)
{
    m_core.reset();
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    options.secrets = secrets;
    m_core = std::make_unique<AppCore>(options);
}

CloudsYamlImport::SearchPaths tst_ImportDialog::paths() const
{
    CloudsYamlImport::SearchPaths p;
    p.folders = QStringList{m_dir->filePath(u"openstack"_s)};
    return p;
}

QTreeWidgetItem *tst_ImportDialog::row(ImportProfilesDialog *dialog, const QString &source) const
{
    QTreeWidget *list = dialog->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(ImportProfilesDialog::NameColumn).startsWith(source))
            return item;
    }
    return nullptr;
}

QString tst_ImportDialog::storedSecret(const QString &key)
{
    QSignalSpy read(m_secrets.get(), &SecretStore::readDone);
    m_secrets->read(key);
    return read.wait(5000) ? read.constFirst().at(1).toString() : u"<no answer>"_s;
}

void tst_ImportDialog::listsCloudsWithFamilyAuthAndReasons()
{
    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.scan(paths());
    QCOMPARE(dialog.candidateCount(), 3);
    QVERIFY(child<QLabel>(&dialog, u"importFiles"_s)->text().contains(u"secure.yaml"_s));

    QTreeWidgetItem *lab = row(&dialog, u"lab"_s);
    QTreeWidgetItem *otc = row(&dialog, u"otc"_s);
    QTreeWidgetItem *oidc = row(&dialog, u"oidc"_s);
    QVERIFY(lab && otc && oidc);
    QCOMPARE(lab->checkState(ImportProfilesDialog::NameColumn), Qt::Checked);
    QCOMPARE(lab->text(ImportProfilesDialog::FamilyColumn), u"OpenStack"_s);
    QCOMPARE(lab->text(ImportProfilesDialog::AuthColumn), u"Password"_s);
    QCOMPARE(lab->text(ImportProfilesDialog::RegionColumn), u"RegionOne"_s);
    QCOMPARE(otc->text(ImportProfilesDialog::FamilyColumn), u"Open Telekom Cloud"_s);
    QCOMPARE(otc->text(ImportProfilesDialog::RegionColumn), u"eu-de"_s);
    // Not importable: no check box, and the reason with the auth_type's name.
    QVERIFY(!(oidc->flags() & Qt::ItemIsUserCheckable));
    QVERIFY2(oidc->text(ImportProfilesDialog::StatusColumn).contains(u"v3oidcpassword"_s),
        qPrintable(oidc->text(ImportProfilesDialog::StatusColumn)));
    // The selected row's notes and reasons show in full below the list.
    dialog.list()->setCurrentItem(oidc);
    auto *detail = child<InlineMessage>(&dialog, u"importDetail"_s);
    QCOMPARE(detail->kind(), InlineMessage::Kind::Error);
    QVERIFY(detail->text().contains(u"v3oidcpassword"_s));
    dialog.list()->setCurrentItem(otc);
    QVERIFY(detail->text().contains(u"vendor profile"_s));
    // Nothing was written by looking.
    QVERIFY(m_core->profiles()->isEmpty());
}

void tst_ImportDialog::importWritesProfilesAndSecrets()
{
    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.scan(paths());
    // Only "lab", renamed by the operator.
    row(&dialog, u"otc"_s)->setCheckState(ImportProfilesDialog::NameColumn, Qt::Unchecked);
    row(&dialog, u"lab"_s)->setText(ImportProfilesDialog::NameColumn, u"Lab (imported)"_s);
    auto *import = child<QPushButton>(&dialog, u"importButton"_s);
    QVERIFY(import->isEnabled());
    QSignalSpy finished(&dialog, &ImportProfilesDialog::importFinished);
    import->click();
    QVERIFY(finished.wait(5000));
    const QStringList ids = finished.constFirst().at(0).toStringList();
    QCOMPARE(ids.size(), 1);
    const auto profile = m_core->profiles()->profile(ids.constFirst());
    QVERIFY(profile);
    QCOMPARE(profile->name, u"Lab (imported)"_s);
    QCOMPARE(profile->userName, u"alice"_s);
    QCOMPARE(storedSecret(SecretStore::keyFor(profile->id, SecretKind::Password)),
        u"Ui-Canary-Lab-4417"_s);
    auto *result = child<InlineMessage>(&dialog, u"importResult"_s);
    QCOMPARE(result->kind(), InlineMessage::Kind::Info);
    QVERIFY2(result->text().contains(u"1 profile"_s), qPrintable(result->text()));
    QVERIFY(row(&dialog, u"Lab (imported)"_s)
                ->text(ImportProfilesDialog::StatusColumn)
                .contains(u"Imported"_s));
    QVERIFY(import->isEnabled() == false); // the imported row is done, otc is unchecked

    // Then otc as well: the rows already imported are not imported twice.
    row(&dialog, u"otc"_s)->setCheckState(ImportProfilesDialog::NameColumn, Qt::Checked);
    QVERIFY(dialog.importChecked());
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_core->profiles()->profiles().size(), 2);

    // The settings file holds the profiles, never a secret.
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("Lab (imported)"));
    QVERIFY(!settings.contains("Ui-Canary"));
}

void tst_ImportDialog::existingNameIsOfferedRenamedOrSkipped()
{
    CloudProfile existing;
    existing.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    existing.name = u"LAB"_s;
    existing.authUrl = QUrl(u"https://elsewhere.example/v3"_s);
    existing.userName = u"x"_s;
    m_core->profiles()->upsert(existing);

    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.scan(paths());
    QTreeWidgetItem *lab = row(&dialog, u"lab"_s);
    QVERIFY(lab);
    QCOMPARE(lab->text(ImportProfilesDialog::NameColumn), u"lab (2)"_s);
    QCOMPARE(lab->checkState(ImportProfilesDialog::NameColumn), Qt::Unchecked); // skip...
    QVERIFY(lab->text(ImportProfilesDialog::StatusColumn).contains(u"LAB"_s) == false);
    QVERIFY(lab->text(ImportProfilesDialog::StatusColumn).contains(u"lab (2)"_s));

    // ...or rename: a name that is still taken is refused at its row.
    lab->setCheckState(ImportProfilesDialog::NameColumn, Qt::Checked);
    row(&dialog, u"otc"_s)->setCheckState(ImportProfilesDialog::NameColumn, Qt::Unchecked);
    lab->setText(ImportProfilesDialog::NameColumn, u"Lab"_s);
    QVERIFY(!dialog.importChecked());
    auto *result = child<InlineMessage>(&dialog, u"importResult"_s);
    QCOMPARE(result->kind(), InlineMessage::Kind::Error);
    QVERIFY(result->text().contains(u"Lab"_s));
    QCOMPARE(m_core->profiles()->profiles().size(), 1);

    lab->setText(ImportProfilesDialog::NameColumn, u"lab (2)"_s);
    QSignalSpy finished(&dialog, &ImportProfilesDialog::importFinished);
    QVERIFY(dialog.importChecked());
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_core->profiles()->profiles().size(), 2);
}

void tst_ImportDialog::openrcFile()
{
    const QString path = m_dir->filePath(u"demo-openrc.sh"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("export OS_AUTH_URL=https://keystone.lab.example:5000\n"
                "export OS_USERNAME=carol\nexport OS_PROJECT_NAME=demo\n"
                "read -sr OS_PASSWORD_INPUT\nexport OS_PASSWORD=$OS_PASSWORD_INPUT\n"
                "eval \"$(other-tool env)\"\n");
    }
    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.openFile(path);
    QCOMPARE(dialog.candidateCount(), 1);
    QTreeWidgetItem *demo = row(&dialog, u"demo"_s);
    QVERIFY(demo);
    QVERIFY(demo->text(ImportProfilesDialog::StatusColumn).contains(u"first sign-in"_s));
    // The line it cannot read is named by its number.
    auto *fileMessage = child<InlineMessage>(&dialog, u"importFileMessage"_s);
    QVERIFY2(fileMessage->text().contains(u"line 6"_s), qPrintable(fileMessage->text()));
    QSignalSpy finished(&dialog, &ImportProfilesDialog::importFinished);
    QVERIFY(dialog.importChecked());
    QVERIFY(finished.wait(5000));
    const auto profile =
        m_core->profiles()->profile(finished.constFirst().at(0).toStringList().constFirst());
    QVERIFY(profile);
    QCOMPARE(profile->authUrl, QUrl(u"https://keystone.lab.example:5000/v3"_s));
    QVERIFY(!static_cast<MemoryStore *>(m_secrets.get())
                 ->contains(SecretStore::keyFor(profile->id, SecretKind::Password)));

    // A broken clouds.yaml: the error with its line, and no rows.
    const QString broken = m_dir->filePath(u"broken.yaml"_s);
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("clouds:\n  a: [b\n");
    }
    dialog.openFile(broken);
    QCOMPARE(dialog.candidateCount(), 0);
    QCOMPARE(fileMessage->kind(), InlineMessage::Kind::Error);
    QVERIFY2(fileMessage->text().contains(u"line"_s), qPrintable(fileMessage->text()));
}

void tst_ImportDialog::cyclicAliasSaysWhereAndGoesOn()
{
    // Issue 17: a self-referencing alias in secure.yaml crashed the app when the dialog scanned.
    {
        QFile f(m_dir->filePath(u"openstack/secure.yaml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("a: &a [*a]\n" + SecureYaml);
    }
    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.scan(paths());
    QCOMPARE(dialog.candidateCount(), 0);
    auto *fileMessage = child<InlineMessage>(&dialog, u"importFileMessage"_s);
    QCOMPARE(fileMessage->kind(), InlineMessage::Kind::Error);
    QVERIFY2(fileMessage->text().contains(u"secure.yaml"_s), qPrintable(fileMessage->text()));
    QVERIFY2(fileMessage->text().contains(u"line 1"_s), qPrintable(fileMessage->text()));

    // The dialog goes on: the clouds.yaml alone (no secure.yaml beside it) lists its clouds.
    QVERIFY(QFile::copy(
        m_dir->filePath(u"openstack/clouds.yaml"_s), m_dir->filePath(u"clouds.yaml"_s)));
    dialog.openFile(m_dir->filePath(u"clouds.yaml"_s));
    QCOMPARE(dialog.candidateCount(), 3);
}

void tst_ImportDialog::keychainUnavailableOffersSessionOnly()
{
    m_secrets = std::make_unique<UnavailableStore>();
    makeCore(m_secrets.get());
    ImportProfilesDialog dialog(m_core.get());
    dialog.show();
    dialog.scan(paths());
    row(&dialog, u"otc"_s)->setCheckState(ImportProfilesDialog::NameColumn, Qt::Unchecked);
    QSignalSpy finished(&dialog, &ImportProfilesDialog::importFinished);
    QVERIFY(dialog.importChecked());
    QVERIFY(finished.wait(5000));
    const QString id = finished.constFirst().at(0).toStringList().constFirst();
    QVERIFY(m_core->profiles()->profile(id)); // the profile is kept
    auto *result = child<InlineMessage>(&dialog, u"importResult"_s);
    QCOMPARE(result->kind(), InlineMessage::Kind::Error);
    QVERIFY2(result->text().contains(u"no Secret Service"_s), qPrintable(result->text()));
    auto *sessionOnly = child<QPushButton>(&dialog, u"importSessionOnly"_s);
    QVERIFY(sessionOnly->isVisible());
    sessionOnly->click();
    QVERIFY(!sessionOnly->isVisible());
    // The core holds it for the profile's sessions, this one and any made later.
    QVERIFY(m_core->usesSessionOnlySecret(id, SecretKind::Password));
    QCOMPARE(result->kind(), InlineMessage::Kind::Info);
}

void tst_ImportDialog::profilesDialogOpensImport()
{
    ProfilesDialog profiles(m_core.get());
    profiles.show();
    child<QPushButton>(&profiles, u"importProfiles"_s)->click();
    auto *dialog = profiles.findChild<ImportProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->scan(paths());
    row(dialog, u"otc"_s)->setCheckState(ImportProfilesDialog::NameColumn, Qt::Unchecked);
    QSignalSpy finished(dialog, &ImportProfilesDialog::importFinished);
    QVERIFY(dialog->importChecked());
    QVERIFY(finished.wait(5000));
    // The profile editor's list shows the new profile.
    auto *list = profiles.findChild<QListWidget *>(u"profileList"_s);
    QVERIFY(list);
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"lab"_s));
    dialog->close();
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
