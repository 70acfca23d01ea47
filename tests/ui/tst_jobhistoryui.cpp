// The job history as the operator sees it (issue 12): events are stored as data and shown in
// the UI's language, switching language re-renders them (the cloud's own words stay verbatim);
// a job history that cannot be read is moved aside and the main window says so; the monitor
// menu clears old finished jobs only on the operator's word.
#include <memory>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolTip>

#include "appcore.h"
#include "dialogs/prompter.h"
#include "i18n/languagemanager.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "jobs/jobtablemodel.h"
#include "mainwindow.h"
#include "monitor/giveupdialog.h"
#include "monitor/jobmonitorview.h"
#include "monitor/statedelegate.h"
#include "support/testdir.h"
#include "widgets/longcelltext.h"
#include "widgets/noticebar.h"

using namespace Qt::StringLiterals;

class tst_JobHistoryUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eventsAreShownInTheUiLanguage();
    void unreadableHistoryIsMovedAsideAndSaid();
    void oldFinishedJobsAreClearedOnRequest();
    void onlyNewsIsAnnounced();
    void giveUpTakesHoursAndMinutes();
    void failedAndAttentionStatesAreMarked();
    void windowAndColumnsAreRemembered();
    void longCellsFollowTheirContentAndShowWhole();

private:
    std::unique_ptr<AppCore> makeCore();
    QString storePath() const { return m_dir->filePath(u"data/jobs.sqlite"_s); }

    std::unique_ptr<TestDir> m_dir;
};

void tst_JobHistoryUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_JobHistoryUi::init()
{
    Prompter::clearAnswers();
    Prompter::setNonInteractive(true);
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(u"data"_s)));
}

void tst_JobHistoryUi::cleanup()
{
    Prompter::clearAnswers();
    m_dir.reset();
}

std::unique_ptr<AppCore> tst_JobHistoryUi::makeCore()
{
    AppCore::Options options;
    options.dataDir = m_dir->filePath(u"data"_s);
    options.settingsPath = m_dir->filePath(u"settings.ini"_s);
    return std::make_unique<AppCore>(options);
}

void tst_JobHistoryUi::eventsAreShownInTheUiLanguage()
{
    // A job written by a process running in English (`submit` in any shell writes the same).
    JobRecord r;
    r.localId = u"j1"_s;
    r.name = u"web"_s;
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::Running;
    r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Accepted by the cloud as job %1"), {u"job-7"_s});
    r.addEvent(u"RUNNING 24%"_s); // the cloud's own words
    QVERIFY(JobStore(storePath()).save({r}));

    LanguageManager languages(nullptr);
    QVERIFY(languages.apply(u"en"_s));
    const QList<JobRecord> loaded = JobStore(storePath()).load();
    QCOMPARE(loaded.size(), 1);
    const JobRecord::Event &note = loaded.at(0).timeline.at(0);
    QCOMPARE(note.kind, u"Accepted by the cloud as job %1"_s);
    QCOMPARE(note.args, QStringList{u"job-7"_s});
    QCOMPARE(note.display(), u"Accepted by the cloud as job job-7"_s);

    QVERIFY(languages.apply(u"ja"_s));
    const QString ja = note.display();
    QVERIFY2(ja.contains(u"job-7"_s) && ja.contains(u"ジョブ"_s), qPrintable(ja));
    QVERIFY(languages.apply(u"es"_s));
    const QString es = note.display();
    QVERIFY2(es.contains(u"job-7"_s) && es.contains(u"trabajo"_s), qPrintable(es));
    QVERIFY(languages.apply(u"zh_CN"_s));
    QVERIFY(note.display().contains(u"任务"_s));
    // The cloud's words are never translated.
    QCOMPARE(loaded.at(0).timeline.at(1).display(), u"RUNNING 24%"_s);
    // An argument that looks like a placeholder is not filled again.
    QCOMPARE(JobRecord::Event::fill(u"%1 and %2"_s, {u"%2"_s, u"b"_s}), u"%2 and b"_s);
    QVERIFY(languages.apply(u"en"_s));
}

void tst_JobHistoryUi::unreadableHistoryIsMovedAsideAndSaid()
{
    {
        QFile f(storePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("garbage, not a database ").repeated(200));
    }
    auto core = makeCore();
    MainWindow window(core.get(), nullptr);
    auto *bar = window.findChild<NoticeBar *>(u"noticeBar"_s);
    QVERIFY(bar);
    QVERIFY(!bar->isHidden());
    QVERIFY2(bar->text().contains(QDir::toNativeSeparators(storePath())), qPrintable(bar->text()));
    QCOMPARE(QDir(m_dir->filePath(u"data"_s))
                 .entryList({u"jobs.sqlite.unreadable-*"_s}, QDir::Files)
                 .size(),
        1);
}

void tst_JobHistoryUi::oldFinishedJobsAreClearedOnRequest()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<JobRecord> jobs;
    const auto job = [&](const QString &id, JobState state, int daysAgo) {
        JobRecord r;
        r.localId = id;
        r.name = id;
        r.created = now.addDays(-daysAgo - 1);
        r.state = state;
        if (r.isTerminal())
            r.finished = now.addDays(-daysAgo);
        r.addEvent(u"x"_s, r.created);
        jobs << r;
    };
    job(u"old-done"_s, JobState::Succeeded, 400);
    job(u"old-failed"_s, JobState::Failed, 200);
    job(u"recent-done"_s, JobState::Succeeded, 10);
    job(u"old-attention"_s, JobState::NeedsAttention, 400); // not finished: stays
    QVERIFY(JobStore(storePath()).save(jobs));

    auto core = makeCore();
    MainWindow window(core.get(), nullptr);
    JobMonitor *monitor = core->monitor();
    QCOMPARE(monitor->count(), 4);
    QAction *clear = window.findChild<QAction *>(u"clearOldJobsAction"_s);
    QVERIFY(clear);
    // 180 days by default. Asked to confirm, the operator first cancels: nothing goes.
    Prompter::setNextAnswer(QMessageBox::Cancel);
    clear->trigger();
    QCOMPARE(monitor->count(), 4);
    Prompter::setNextAnswer(QMessageBox::Yes);
    clear->trigger();
    QCOMPARE(monitor->count(), 2);
    QVERIFY(monitor->rowOf(u"recent-done"_s) >= 0);
    QVERIFY(monitor->rowOf(u"old-attention"_s) >= 0);
    const QList<JobRecord> stored = JobStore(storePath()).load();
    QCOMPARE(stored.size(), 2);
}

void tst_JobHistoryUi::onlyNewsIsAnnounced()
{
    // Issue 16: a job that ended days ago (the demo's sample history, first looked at now) is
    // not announced as "Image created"; one that ends while the window is open is.
    const QDateTime opened = QDateTime::currentDateTimeUtc();
    JobRecord old;
    old.state = JobState::Succeeded;
    old.finished = opened.addDays(-3);
    QVERIFY(!MainWindow::isNews(old, opened));
    JobRecord fresh = old;
    fresh.finished = opened.addSecs(5);
    QVERIFY(MainWindow::isNews(fresh, opened));
    JobRecord behind = old; // the cloud's clock a few seconds behind ours
    behind.finished = opened.addSecs(-10);
    QVERIFY(MainWindow::isNews(behind, opened));
}

void tst_JobHistoryUi::giveUpTakesHoursAndMinutes()
{
    // Issue 16: Give Up After took whole hours only.
    GiveUpDialog dialog(u"img"_s, 0, nullptr);
    QCOMPARE(dialog.seconds(), qint64(0));
    dialog.hoursBox()->setValue(1);
    dialog.minutesBox()->setValue(30);
    QCOMPARE(dialog.seconds(), qint64(5400));
    dialog.setSeconds(45 * 60);
    QCOMPARE(dialog.hoursBox()->value(), 0);
    QCOMPARE(dialog.minutesBox()->value(), 45);
    dialog.setSeconds(7200 + 61); // kept in seconds: shown rounded up to the next minute
    QCOMPARE(dialog.seconds(), qint64(7200 + 120));
    dialog.setSeconds(qint64(1) << 40); // clamped, never wrapped
    QCOMPARE(dialog.hoursBox()->value(), GiveUpDialog::MaxHours);
}

void tst_JobHistoryUi::failedAndAttentionStatesAreMarked()
{
    // Issue 16: failed jobs looked like the others. An icon beside the words, not colour alone.
    const QStyle *style = QApplication::style();
    QVERIFY(!StateDelegate::iconFor(JobState::Failed, style).isNull());
    QVERIFY(!StateDelegate::iconFor(JobState::NeedsAttention, style).isNull());
    QVERIFY(StateDelegate::iconFor(JobState::Running, style).isNull());
    QVERIFY(StateDelegate::iconFor(JobState::Succeeded, style).isNull());
}

void tst_JobHistoryUi::windowAndColumnsAreRemembered()
{
    // Issue 16: the window's geometry and the monitor's header were not kept between runs.
    QSettings().remove(u"mainWindow"_s);
    QSettings().remove(u"monitor/header"_s);
    const auto core = makeCore();
    {
        MainWindow window(core.get(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 600);
        window.monitorView()->table()->setColumnWidth(JobTableModel::Name, 333);
        QVERIFY(window.close()); // what an operator does: the layout is saved then
    }
    MainWindow again(core.get(), nullptr);
    QCOMPARE(again.monitorView()->table()->columnWidth(JobTableModel::Name), 333);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 600));
}

void tst_JobHistoryUi::longCellsFollowTheirContentAndShowWhole()
{
    // Issue 16: fixed column widths cut Japanese method names and long image names short, with
    // no way to read them. Without a saved layout the columns follow their content (within a
    // bound); a cell that is still cut shows its whole text as its tooltip.
    QSettings().remove(u"mainWindow"_s);
    QSettings().remove(u"monitor/header"_s);
    JobRecord r;
    r.localId = u"j1"_s;
    r.name = u"a-very-long-image-name-for-the-nightly-build-of-the-web-tier"_s;
    r.created = QDateTime::currentDateTimeUtc();
    r.state = JobState::Running;
    QVERIFY(JobStore(storePath()).save({r}));
    const auto core = makeCore();
    MainWindow window(core.get(), nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.monitorView()->table();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const int nameWidth = table->columnWidth(JobTableModel::Name);
    QVERIFY2(nameWidth > 190, qPrintable(QString::number(nameWidth))); // wider than the default
    QVERIFY(nameWidth <= 360);                                         // within the bound

    table->setColumnWidth(JobTableModel::Name, 60);
    const QModelIndex cell = table->model()->index(0, JobTableModel::Name);
    QVERIFY(LongCellText::isElided(table, cell));
    QHelpEvent help(QEvent::ToolTip,
        table->visualRect(cell).center(),
        table->viewport()->mapToGlobal(table->visualRect(cell).center()));
    QCoreApplication::sendEvent(table->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), r.name);
    QToolTip::hideText();
    table->setColumnWidth(JobTableModel::Name, 600);
    QVERIFY(!LongCellText::isElided(table, cell));
}

QTEST_MAIN(tst_JobHistoryUi)
#include "tst_jobhistoryui.moc"
