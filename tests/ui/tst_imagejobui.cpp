// Copy and Export to OBS from the Images tab (issue 13) against the demo cloud: each dialog
// checks its fields with nothing sent (errors under the field that caused them), then starts an
// IMS job that the monitor follows to its end; the copy then shows in the library, the export's
// object is in the OBS stand-in. A family without the action has it disabled, with the reason.
#include <memory>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/actionjobkinds.h"
#include "jobs/jobmonitor.h"
#include "library/imagecopydialog.h"
#include "library/imageexportdialog.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

class tst_ImageJobUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void copyDialogToAFinishedJob();
    void exportDialogToAFinishedJob();
    void notOfferedWithTheReason();

private:
    QString selectOwnActiveImage() const;
    const JobRecord *jobOf(const char *kind, const QString &imageId) const;
    int jobPosts();

    DemoCloudProcess m_demo;
    TestDir m_dir;
    MemoryStore m_secrets;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImageJobUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(1);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    options.secrets = &m_secrets;
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    QVERIFY(m_core->session(profile.id));
    m_window = std::make_unique<MainWindow>(m_core.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowCount() >= 130, 20000);
    QTRY_VERIFY(!library->model()->isLoading());
}

void tst_ImageJobUi::cleanupTestCase()
{
    m_window.reset();
    m_core.reset();
    m_demo.stop();
}

QString tst_ImageJobUi::selectOwnActiveImage() const
{
    ImageLibraryView *library = m_window->libraryView();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(library->table()->model());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        const LibraryImage &image = library->model()->image(source.row());
        if (image.status == u"active" && image.imageType == u"private"
            && !image.raw.value(u"__whole_image"_s).toBool()
            && !image.name.startsWith(u"fail-"_s) && image.size.value_or(0) < (100LL << 30)) {
            library->table()->setCurrentIndex(proxy->index(row, 0));
            return image.id;
        }
    }
    return {};
}

const JobRecord *tst_ImageJobUi::jobOf(const char *kind, const QString &imageId) const
{
    for (const JobRecord &r : m_core->monitor()->records()) {
        if (r.actionKind == QLatin1StringView(kind) && r.name == imageId)
            return &r;
    }
    return nullptr;
}

int tst_ImageJobUi::jobPosts()
{
    int n = 0;
    for (const char *suffix : {"/copy", "/cross_region_copy", "/file"}) {
        for (const QJsonValue &v : m_demo.requests()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"method"_s).toString() == u"POST"
                && r.value(u"path"_s).toString().startsWith(u"/v1/cloudimages/"_s)
                && r.value(u"path"_s).toString().endsWith(QLatin1StringView(suffix)))
                ++n;
        }
    }
    return n;
}

void tst_ImageJobUi::copyDialogToAFinishedJob()
{
    ImageLibraryView *library = m_window->libraryView();
    const QString source = selectOwnActiveImage();
    QVERIFY(!source.isEmpty());
    const QString sourceName = library->model()->image(library->model()->rowOfId(source)).name;
    QVERIFY(library->copyButton()->isEnabled());
    QPointer<ImageCopyDialog> dialog = library->copyCurrent();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isCrossRegionOffered()); // the demo offers it, as Huawei Cloud does

    // Local rules: at their fields, nothing sent.
    m_demo.clearRequests();
    dialog->nameEdit()->setText(u" starts with a space"_s);
    dialog->kmsKeyEdit()->setText(u"not-a-key"_s);
    QVERIFY(!dialog->start());
    QVERIFY(!dialog->messageFor(u"name"_s)->text().isEmpty());
    QVERIFY(!dialog->messageFor(u"cmk_id"_s)->text().isEmpty());
    QVERIFY(dialog->messageFor(u"description"_s)->text().isEmpty());
    QVERIFY(dialog->setCrossRegion(true));
    QVERIFY(!dialog->start());
    QVERIFY(!dialog->messageFor(u"region"_s)->text().isEmpty());
    QVERIFY(!dialog->messageFor(u"agency_name"_s)->text().isEmpty());
    QCOMPARE(jobPosts(), 0);

    // A copy in the region: the job is followed to its end, the copy shows in the library.
    QVERIFY(dialog->setCrossRegion(false));
    dialog->nameEdit()->setText(u"ui copy"_s);
    dialog->kmsKeyEdit()->clear();
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 15000);
    QCOMPARE(jobPosts(), 1);
    const JobRecord *job = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((job = jobOf(ActionJobKinds::ImsCopy, sourceName)) != nullptr, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(jobOf(ActionJobKinds::ImsCopy, sourceName)->state,
        JobState::Succeeded,
        20000);
    const QString copy = jobOf(ActionJobKinds::ImsCopy, sourceName)->imageIds.value(0);
    QVERIFY(!copy.isEmpty() && copy != source);
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowOfId(copy) >= 0, 15000);
    const LibraryImage &made = library->model()->image(library->model()->rowOfId(copy));
    QCOMPARE(made.name, u"ui copy"_s);
}

void tst_ImageJobUi::exportDialogToAFinishedJob()
{
    ImageLibraryView *library = m_window->libraryView();
    const QString source = selectOwnActiveImage();
    QVERIFY(!source.isEmpty());
    const QString sourceName = library->model()->image(library->model()->rowOfId(source)).name;
    QPointer<ImageExportDialog> dialog = library->exportCurrent();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->objectEdit()->text().endsWith(u".qcow2"_s)); // suggested from the name
    dialog->formatBox()->setCurrentText(u"vmdk"_s);
    QVERIFY(dialog->objectEdit()->text().endsWith(u".vmdk"_s)); // follows the format

    m_demo.clearRequests();
    dialog->bucketEdit()->setText(u"Not_A_Bucket"_s);
    QVERIFY(!dialog->start());
    QVERIFY(!dialog->messageFor(u"bucket"_s)->text().isEmpty());
    QCOMPARE(jobPosts(), 0);
    // The cloud's refusal (a bucket not of the Standard class) is shown in the dialog.
    dialog->bucketEdit()->setText(u"imagewright-demo-cold"_s);
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->generalMessage()->text().isEmpty());

    dialog->bucketEdit()->setText(u"imagewright-demo"_s);
    dialog->objectEdit()->setText(u"exports/ui-export.vmdk"_s);
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(jobOf(ActionJobKinds::ImsExport, sourceName) != nullptr, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(jobOf(ActionJobKinds::ImsExport, sourceName)->state,
        JobState::Succeeded,
        20000);
    QCOMPARE(jobOf(ActionJobKinds::ImsExport, sourceName)->imageIds, QStringList{source});
}

void tst_ImageJobUi::notOfferedWithTheReason()
{
    // An OpenStack profile of the same cloud: the library uses Glance; no IMS jobs there.
    CloudProfile profile;
    profile.id = u"openstack-profile"_s;
    profile.name = u"OpenStack view"_s;
    profile.family = CloudFamily::OpenStack;
    profile.authUrl = m_demo.authUrl();
    profile.region = u"demo-1"_s;
    profile.userName = u"demo"_s;
    profile.projectName = u"demo"_s;
    profile.proxyMode = ProxyMode::None;
    m_secrets.insert(SecretStore::keyFor(profile.id, SecretKind::Password), u"demo"_s);
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    ImageLibraryView *library = m_window->libraryView();
    m_window->showLibrary();
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowCount() > 0, 20000);
    QTRY_VERIFY(!library->model()->isLoading());
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(library->table()->model());
    library->table()->setCurrentIndex(proxy->index(0, 0));
    QVERIFY(library->shareButton()->isEnabled()); // an image of its own is selected
    QVERIFY(!library->copyButton()->isEnabled());
    QVERIFY(!library->exportImageButton()->isEnabled());
    QVERIFY(library->copyButton()->toolTip().contains(u"Glance"_s));
    QVERIFY(library->exportImageButton()->toolTip().contains(u"Glance"_s));
    QVERIFY(!library->copyCurrent());
}

QTEST_MAIN(tst_ImageJobUi)
#include "tst_imagejobui.moc"
