// The Images tab beside the job monitor (issue 13) against the demo cloud: every page read in
// the background, the text filter, the details pane with the cloud's properties, "Show Image"
// from a job of the monitor and "Show Job" back from its image; Edit, Delete (one or many, with
// the cloud's refusals), the cloud-side status filter and the CSV export.
#include <memory>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "library/imagedatefilter.h"
#include "library/imageeditdialog.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "mainwindow.h"
#include "monitor/jobmonitorview.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

class tst_ImageLibraryUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsFiltersAndShowsProperties();
    void showImageAndShowJob();
    void editChecksFieldsThenChangesInPlace();
    void deleteAsksAndReportsRefusals();
    void statusFilterAsksTheCloud();
    void dateFilterAsksTheCloud();
    void exportWritesTheRowsShown();

private:
    /// The view's row of the first image (in view order) that `accept` takes; -1 when none.
    int viewRowWhere(const std::function<bool(const LibraryImage &)> &accept) const;
    void selectViewRows(const QList<int> &rows) const;
    DemoCloudProcess m_demo;
    TestDir m_dir;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImageLibraryUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    QVERIFY(m_core->session(profile.id));
    m_window = std::make_unique<MainWindow>(m_core.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ImageLibraryUi::cleanupTestCase()
{
    m_window.reset();
    m_core.reset();
    m_demo.stop();
}

void tst_ImageLibraryUi::listsFiltersAndShowsProperties()
{
    ImageLibraryView *library = m_window->libraryView();
    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), m_window->monitorView()); // the monitor comes first
    QCOMPARE(library->model()->rowCount(), 0); // nothing read before the tab is shown
    tabs->setCurrentWidget(library);
    // Every page (50 images each) arrives in the background.
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowCount() >= 130, 20000);
    QTRY_VERIFY(!library->model()->isLoading());
    QVERIFY(m_demo.countRequests("GET", u"/v2/cloudimages"_s) >= 3);
    QTest::keyClicks(library->filterEdit(), u"web-centos76-001"_s);
    QCOMPARE(library->table()->model()->rowCount(), 1);
    library->table()->setCurrentIndex(library->table()->model()->index(0, 0));
    const QString details = library->details()->toPlainText();
    QVERIFY2(details.contains(u"__os_version: CentOS 7.6 64bit"_s), qPrintable(details));
    QVERIFY(details.contains(u"team=web"_s));
    QVERIFY(!library->showJobButton()->isEnabled()); // a sample: no job of this monitor
    library->filterEdit()->clear();
    QVERIFY(library->table()->model()->rowCount() >= 130);
}

void tst_ImageLibraryUi::showImageAndShowJob()
{
    // The demo cloud's finished sample job, followed by the monitor until it has its image.
    QString jobId;
    for (const QJsonValue &v : m_demo.sampleHistory()) {
        if (v.toObject().value(u"name"_s).toString() == u"web-base-2025")
            jobId = v.toObject().value(u"job_id"_s).toString();
    }
    QVERIFY(!jobId.isEmpty());
    JobMonitor *monitor = m_core->monitor();
    const QString localId = monitor->trackImsJob(m_core->profiles()->current()->id,
        u"demo"_s,
        CreationMethod::ImsEcs,
        u"web-base-2025"_s,
        jobId,
        QDateTime::currentDateTimeUtc());
    QTRY_VERIFY_WITH_TIMEOUT(!monitor->at(monitor->rowOf(localId)).imageIds.isEmpty(), 20000);
    const QString imageId = monitor->at(monitor->rowOf(localId)).imageIds.constFirst();

    auto *tabs = m_window->findChild<QTabWidget *>(u"mainTabs"_s);
    tabs->setCurrentWidget(m_window->monitorView());
    m_window->monitorView()->selectJob(localId);
    auto *showImage = m_window->findChild<QAction *>(u"showImageAction"_s);
    QVERIFY(showImage);
    QTRY_VERIFY(showImage->isEnabled());
    showImage->trigger();
    ImageLibraryView *library = m_window->libraryView();
    QCOMPARE(tabs->currentWidget(), library);
    QTRY_COMPARE(
        library->table()->currentIndex().data(ImageListModel::ImageIdRole).toString(), imageId);
    QTRY_VERIFY(library->showJobButton()->isEnabled());
    QTest::mouseClick(library->showJobButton(), Qt::LeftButton);
    QCOMPARE(tabs->currentWidget(), m_window->monitorView());
    QCOMPARE(m_window->monitorView()->currentLocalId(), localId);
}

int tst_ImageLibraryUi::viewRowWhere(const std::function<bool(const LibraryImage &)> &accept) const
{
    ImageLibraryView *library = m_window->libraryView();
    QAbstractItemModel *shown = library->table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString id = shown->index(row, 0).data(ImageListModel::ImageIdRole).toString();
        const int modelRow = library->model()->rowOfId(id);
        if (modelRow >= 0 && accept(library->model()->image(modelRow)))
            return row;
    }
    return -1;
}

void tst_ImageLibraryUi::selectViewRows(const QList<int> &rows) const
{
    QTableView *table = m_window->libraryView()->table();
    table->clearSelection();
    table->setCurrentIndex(table->model()->index(rows.constFirst(), 0));
    for (int row : rows)
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void tst_ImageLibraryUi::editChecksFieldsThenChangesInPlace()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowCount() > 100, 20000);
    const int row = viewRowWhere([](const LibraryImage &image) {
        return image.status == u"active" && image.name.startsWith(u"db-");
    });
    QVERIFY(row >= 0);
    selectViewRows({row});
    const QString id =
        library->table()->model()->index(row, 0).data(ImageListModel::ImageIdRole).toString();
    QVERIFY(library->editButton()->isEnabled());
    const int patchesBefore = m_demo.countRequests("PATCH", u"/v2/cloudimages/"_s);

    // The dialog deletes itself when it closes: never touch it through a raw pointer after.
    QPointer<ImageEditDialog> dialog = library->editCurrent();
    QVERIFY(dialog);
    QVERIFY(dialog->maxRamEdit()->isVisibleTo(dialog));   // IMS has a maximum memory
    QVERIFY(!dialog->minDiskEdit()->isVisibleTo(dialog)); // and keeps the minimum disk
    // A rule broken: said at the field, nothing sent.
    dialog->nameEdit()->setText(u"bad/name"_s);
    QVERIFY(!dialog->save());
    QVERIFY(dialog->nameMessage()->hasMessage());
    QVERIFY2(dialog->nameMessage()->text().contains(u"\"/\""_s),
        qPrintable(dialog->nameMessage()->text()));
    // Nothing changed at all: said, nothing sent.
    dialog->nameEdit()->setText(library->model()->image(library->model()->rowOfId(id)).name);
    QVERIFY(!dialog->save());
    QVERIFY(dialog->generalMessage()->hasMessage());
    QCOMPARE(m_demo.countRequests("PATCH", u"/v2/cloudimages/"_s), patchesBefore);

    dialog->nameEdit()->setText(u"db-renamed-by-test"_s);
    dialog->minRamEdit()->setValue(4096);
    QVERIFY(dialog->save());
    dialog->reject(); // closing while the change is on its way: it stays for the answer
    QVERIFY(dialog && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // accepted and gone
    QCOMPARE(m_demo.countRequests("PATCH", u"/v2/cloudimages/"_s), patchesBefore + 1);
    const int modelRow = library->model()->rowOfId(id);
    QCOMPARE(library->model()->image(modelRow).name, u"db-renamed-by-test"_s);
    QCOMPARE(library->model()->image(modelRow).minRam, 4096);
    QVERIFY(library->details()->toPlainText().contains(u"db-renamed-by-test"_s));
}

void tst_ImageLibraryUi::deleteAsksAndReportsRefusals()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowCount() > 100, 20000);
    const int plain = viewRowWhere([](const LibraryImage &image) {
        return !image.isProtected && image.status == u"active" && image.name.startsWith(u"app-")
            && !image.raw.contains(u"__whole_image"_s);
    });
    const int guarded = viewRowWhere([](const LibraryImage &image) {
        return image.isProtected && image.visibility == u"private"; // one of ours
    });
    QVERIFY(plain >= 0 && guarded >= 0);
    const QString plainId =
        library->table()->model()->index(plain, 0).data(ImageListModel::ImageIdRole).toString();
    const QString guardedId =
        library->table()->model()->index(guarded, 0).data(ImageListModel::ImageIdRole).toString();
    const int rowsBefore = library->model()->rowCount();
    const int deletesBefore = m_demo.countRequests("DELETE", u"/v2/images/"_s);
    selectViewRows({plain, guarded});

    Prompter::setNextAnswer(QMessageBox::Cancel); // the operator says no: nothing is sent
    QVERIFY(!library->deleteSelected());
    QCOMPARE(m_demo.countRequests("DELETE", u"/v2/images/"_s), deletesBefore);

    Prompter::setNextAnswer(QMessageBox::Yes);
    QVERIFY(library->deleteSelected());
    QTRY_COMPARE_WITH_TIMEOUT(library->model()->rowCount(), rowsBefore - 1, 10000);
    QTRY_VERIFY(library->deleteButton()->isEnabled());
    QCOMPARE(m_demo.countRequests("DELETE", u"/v2/images/"_s), deletesBefore + 2);
    QCOMPARE(library->model()->rowOfId(plainId), -1);   // gone
    QVERIFY(library->model()->rowOfId(guardedId) >= 0); // protected: the cloud refused
    const auto *status = library->findChild<QLabel *>(u"imageLibraryStatus"_s);
    QVERIFY2(status->text().contains(u"1 deleted, 1 not deleted"_s), qPrintable(status->text()));
}

void tst_ImageLibraryUi::statusFilterAsksTheCloud()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QComboBox *status = library->statusFilter();
    const int queued = status->findData(u"queued"_s);
    QVERIFY(queued > 0);
    status->setCurrentIndex(queued);
    Q_EMIT status->activated(queued);
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QVERIFY(library->model()->rowCount() > 0);
    for (int row = 0; row < library->model()->rowCount(); ++row)
        QCOMPARE(library->model()->image(row).status, u"queued"_s);
    bool asked = false;
    for (const QJsonValue &v : m_demo.requests()) {
        const QJsonObject r = v.toObject();
        asked = asked
            || (r.value(u"path"_s).toString().startsWith(u"/v2/cloudimages"_s)
                && r.value(u"query"_s).toString().contains(u"status=queued"_s));
    }
    QVERIFY2(asked, "the status filter was not sent to the cloud");
    // A tag filter that IMS cannot take is said at the field; the list stays.
    const int rows = library->model()->rowCount();
    library->tagFilter()->setText(u"team"_s);
    QTest::keyClick(library->tagFilter(), Qt::Key_Return);
    auto *message = library->findChild<InlineMessage *>(u"imageFilterMessage"_s);
    QVERIFY(message && message->hasMessage());
    QCOMPARE(library->model()->rowCount(), rows);
    library->tagFilter()->clear();
    status->setCurrentIndex(0);
    Q_EMIT status->activated(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowCount() > rows, 20000);
}

void tst_ImageLibraryUi::dateFilterAsksTheCloud()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    const int everything = library->model()->rowCount();
    ImageDateFilter *dates = library->dateFilter();
    QVERIFY(!dates->fromEdit()->isVisibleTo(library)); // the days only for "between"
    // "In the last 7 days" from a fixed clock: the samples' newest is 2026-11-30T09:00:00Z.
    dates->setClock([] { return QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC); });
    m_demo.clearRequests();
    dates->setChoice(ImageDateFilter::Last7Days);
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    const int lastWeek = library->model()->rowCount();
    QVERIFY(lastWeek > 0 && lastWeek < everything);
    const QDateTime from(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    for (int row = 0; row < lastWeek; ++row)
        QVERIFY(library->model()->image(row).createdAt >= from);
    bool asked = false;
    for (const QJsonValue &v : m_demo.requests()) {
        const QJsonObject r = v.toObject();
        asked = asked
            || (r.value(u"path"_s).toString().startsWith(u"/v2/cloudimages"_s)
                && QUrlQuery(r.value(u"query"_s).toString())
                        .queryItemValue(u"created_at"_s, QUrl::FullyDecoded)
                    == u"gte:2026-11-28T12:00:00Z"_s);
    }
    QVERIFY2(asked, "the date filter was not sent to the cloud");
    // Between two days, the wrong way round: said under the days, nothing is asked.
    dates->setChoice(ImageDateFilter::Between);
    QVERIFY(dates->fromEdit()->isVisibleTo(library) && dates->toEdit()->isVisibleTo(library));
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    m_demo.clearRequests();
    const int rows = library->model()->rowCount();
    dates->toEdit()->setDate(QDate(2026, 11, 1));
    dates->fromEdit()->setDate(QDate(2026, 11, 20));
    QVERIFY(dates->message()->hasMessage());
    QVERIFY(dates->message()->isVisibleTo(library));
    QCOMPARE(m_demo.countRequests("GET", u"/v2/cloudimages"_s), 0);
    QCOMPARE(library->model()->rowCount(), rows);
    // Put right: listed, the days both included (local days), the message gone.
    dates->fromEdit()->setDate(QDate(2026, 11, 25));
    dates->toEdit()->setDate(QDate(2026, 11, 26));
    QVERIFY(!dates->message()->hasMessage());
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QVERIFY(library->model()->rowCount() > 0);
    const QDateTime first = QDateTime(QDate(2026, 11, 25), QTime(0, 0)).toUTC();
    const QDateTime after = QDateTime(QDate(2026, 11, 27), QTime(0, 0)).toUTC();
    for (int row = 0; row < library->model()->rowCount(); ++row) {
        const QDateTime created = library->model()->image(row).createdAt;
        QVERIFY(created >= first && created < after);
    }
    dates->setChoice(ImageDateFilter::AnyTime);
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowCount() == everything, 20000);
}

void tst_ImageLibraryUi::exportWritesTheRowsShown()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowCount() > 100, 20000);
    library->filterEdit()->setText(u"web-"_s);
    const int shown = library->table()->model()->rowCount();
    QVERIFY(shown > 0 && shown < library->model()->rowCount());
    const QString path = m_dir.filePath(u"export/images.csv"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"export"_s)));
    ImageLibraryView::setSaveFileChooser(
        [path](QWidget *, const QString &, const QString &) { return path; });
    QVERIFY(library->exportCsv());
    ImageLibraryView::setSaveFileChooser({});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // header, the rows, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("id,name,status,"));
    for (int i = 1; i <= shown; ++i)
        QVERIFY2(lines.at(i).contains(",web-"), lines.at(i).constData());
    library->filterEdit()->clear();
}

QTEST_MAIN(tst_ImageLibraryUi)
#include "tst_imagelibraryui.moc"
