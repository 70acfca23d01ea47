#include "monitor/jobmonitorview.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "dialogs/prompter.h"
#include "jobs/jobfilterproxy.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "jobs/jobtablemodel.h"
#include "monitor/giveupdialog.h"
#include "monitor/jobdetailspane.h"
#include "monitor/progressdelegate.h"
#include "monitor/statedelegate.h"
#include "widgets/longcelltext.h"

using namespace Qt::StringLiterals;

namespace {
// Combo box order; the item data is the filter itself.
constexpr JobFilterProxy::StateFilter StateFilters[] = {
    JobFilterProxy::StateFilter::All,
    JobFilterProxy::StateFilter::Active,
    JobFilterProxy::StateFilter::Succeeded,
    JobFilterProxy::StateFilter::Failed,
    JobFilterProxy::StateFilter::NeedsAttention,
};
} // namespace

JobMonitorView::JobMonitorView(JobMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new JobTableModel(monitor, this))
    , m_proxy(new JobFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"jobFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_stateLabel = new QLabel(this);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    for (JobFilterProxy::StateFilter f : StateFilters)
        m_stateFilter->addItem(QString(), int(f));
    m_stateLabel->setBuddy(m_stateFilter);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateLabel);
    filterRow->addWidget(m_stateFilter);

    m_table = new QTableView(this);
    m_table->setObjectName(u"jobTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobTableModel::Started, Qt::DescendingOrder); // newest first
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(JobTableModel::Progress, new ProgressDelegate(m_table));
    m_table->setItemDelegateForColumn(JobTableModel::State, new StateDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int widths[] = {190, 200, 150, 140, 110, 130, 60};
    for (int c = 0; c < int(std::size(widths)) && c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, widths[c]);
    LongCellText::install(m_table); // an elided cell shows its whole text as its tooltip

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_tableStack = new QStackedWidget(this);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    m_details = new JobDetailsPane(monitor, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(u"copyImageIdAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_retryAction = new QAction(this);
    m_retryAction->setObjectName(u"retryPollAction"_s);
    m_retryAction->setShortcut(QKeySequence::Refresh);
    m_retryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(u"stopWatchingAction"_s);
    m_removeAction = new QAction(this);
    m_removeAction->setObjectName(u"removeJobAction"_s);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_giveUpAction = new QAction(this);
    m_resumeAction = new QAction(this);
    m_resumeAction->setObjectName(u"resumeUploadAction"_s);
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_giveUpAction->setObjectName(u"giveUpAfterAction"_s);
    m_table->addActions({m_copyAction, m_retryAction, m_removeAction});

    connect(m_copyAction, &QAction::triggered, this, &JobMonitorView::copyImageId);
    connect(m_retryAction, &QAction::triggered, this, &JobMonitorView::retryPoll);
    connect(m_stopAction, &QAction::triggered, this, &JobMonitorView::stopWatching);
    connect(m_removeAction, &QAction::triggered, this, &JobMonitorView::removeFromHistory);
    connect(m_giveUpAction, &QAction::triggered, this, &JobMonitorView::giveUpAfter);
    connect(m_resumeAction, &QAction::triggered, this, &JobMonitorView::resumeUpload);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setStateFilter(JobFilterProxy::StateFilter(m_stateFilter->itemData(i).toInt()));
    });
    connect(
        m_table, &QWidget::customContextMenuRequested, this, &JobMonitorView::handleContextMenu);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &JobMonitorView::handleCurrentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobMonitorView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobMonitorView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobMonitorView::updateEmptyState);
    connect(m_monitor, &JobMonitor::historyLoaded, this, &JobMonitorView::updateEmptyState);
    connect(m_monitor, &JobMonitor::jobChanged, this, [this](int row) {
        if (row == m_monitor->rowOf(currentLocalId()))
            updateActions();
    });

    retranslateUi();
    updateEmptyState();
    updateActions();
}

QList<QAction *> JobMonitorView::jobActions() const
{
    return {m_copyAction, m_retryAction, m_stopAction, m_removeAction};
}

QList<QAction *> JobMonitorView::menuActions() const
{
    return jobActions() + m_menuExtras;
}

namespace {
const QString HeaderKey = QStringLiteral("monitor/header");
constexpr int MaxFittedColumnWidth = 360;
const QString SplitterKey = QStringLiteral("monitor/splitter");
} // namespace

void JobMonitorView::saveLayout() const
{
    QSettings settings;
    settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void JobMonitorView::restoreLayout()
{
    const QSettings settings;
    // A state from another version (other columns) is refused by restoreState(): then the
    // columns follow their content (a longer language, long image names), within a bound.
    if (!m_table->horizontalHeader()->restoreState(settings.value(HeaderKey).toByteArray()))
        LongCellText::fitColumns(m_table, MaxFittedColumnWidth);
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

QList<QAction *> JobMonitorView::contextActions() const
{
    return QList<QAction *>{m_copyAction, m_retryAction, m_resumeAction} + m_menuExtras
        + QList<QAction *>{m_separator, m_giveUpAction, m_stopAction, m_removeAction};
}

void JobMonitorView::selectJob(const QString &localId)
{
    const int row = m_monitor->rowOf(localId);
    if (row < 0)
        return;
    const QModelIndex source = m_model->index(row, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // hidden by a filter: show everything again
        m_filter->clear();
        m_stateFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString JobMonitorView::currentLocalId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JobTableModel::LocalIdRole).toString() : QString();
}

void JobMonitorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate(); // models get no widget events
    }
    QWidget::changeEvent(event);
}

void JobMonitorView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by image name, image ID, cloud or status"));
    m_stateLabel->setText(tr("&Show:"));
    const QString texts[] = {
        tr("All jobs", "job filter"),
        tr("Running", "job filter"),
        tr("Succeeded", "job filter"),
        tr("Failed or stopped", "job filter: failed, or no longer watched"),
        tr("Needs attention", "job filter"),
    };
    for (int i = 0; i < m_stateFilter->count() && i < int(std::size(texts)); ++i)
        m_stateFilter->setItemText(i, texts[i]);
    updateEmptyText();
    m_copyAction->setText(tr("&Copy Image ID"));
    m_stopAction->setText(tr("&Stop Watching"));
    m_stopAction->setToolTip(
        tr("Stop asking the cloud about this job. The cloud keeps working on it."));
    m_removeAction->setText(tr("Remove from &History"));
    m_giveUpAction->setText(tr("&Give Up After…"));
    m_resumeAction->setText(tr("Res&ume Upload"));
    m_resumeAction->setToolTip(tr("Go on with the stopped upload: only the parts the bucket "
                                  "does not hold are sent."));
    m_giveUpAction->setToolTip(tr("Stop waiting for this job after a time limit. There is no "
                                  "limit unless you set one."));
    updateActions(); // Retry Poll / Watch Again follow the current job
}

void JobMonitorView::handleContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    updateActions();
    QMenu menu(this);
    menu.addActions(contextActions());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void JobMonitorView::handleCurrentChanged()
{
    const QString id = currentLocalId();
    m_details->showJob(id);
    updateActions();
    Q_EMIT currentJobChanged(id);
}

const JobRecord *JobMonitorView::currentRecord() const
{
    const int row = m_monitor->rowOf(currentLocalId());
    return row < 0 ? nullptr : &m_monitor->at(row);
}

void JobMonitorView::updateActions()
{
    const JobRecord *r = currentRecord();
    const bool notWatched = r && r->state == JobState::NotWatched;
    const bool running = r && !r->isTerminal() && !notWatched;
    m_copyAction->setEnabled(r && !r->imageIds.isEmpty());
    // A job whose create may or may not have arrived is reconciled by polling too; a job not
    // watched is watched again.
    m_retryAction->setText(notWatched ? tr("Watch &Again") : tr("&Retry Poll"));
    m_retryAction->setToolTip(notWatched ? tr("Follow this job again: ask the cloud how it ended")
                                         : tr("Ask the cloud about this job now"));
    m_retryAction->setEnabled(r && (running || notWatched || r->state == JobState::NeedsAttention));
    m_stopAction->setEnabled(running);
    m_giveUpAction->setEnabled(running);
    m_removeAction->setEnabled(r != nullptr);
    // An upload that stopped (failed, paused, the app ended): resumed through the core, as
    // `imagewright watch ID` does. Shown only where it applies.
    const bool resumable = r
        && (r->obsImport ? m_monitor->localFileImports().canResume(r->localId)
                         : r->isIncompleteUpload() && !m_monitor->isUploading(r->localId));
    m_resumeAction->setVisible(resumable);
    m_resumeAction->setEnabled(resumable);
}

void JobMonitorView::resumeUpload()
{
    if (const JobRecord *r = currentRecord())
        m_monitor->resumeUpload(r->localId);
}

void JobMonitorView::updateEmptyText()
{
    m_empty->setText(m_monitor->isLoadingHistory()
            ? tr("Reading the job history…")
            : tr("No image jobs yet.\nChoose “Create image…” to make a private image; "
                 "its job appears here and is followed until the cloud reports the end."));
}

void JobMonitorView::updateEmptyState()
{
    updateEmptyText();
    m_tableStack->setCurrentWidget(
        m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    updateActions();
}

void JobMonitorView::copyImageId()
{
    if (const JobRecord *r = currentRecord(); r && !r->imageIds.isEmpty())
        QGuiApplication::clipboard()->setText(r->imageIds.join(u'\n'));
}

void JobMonitorView::retryPoll()
{
    if (const JobRecord *r = currentRecord())
        m_monitor->pollNow(r->localId);
}

void JobMonitorView::stopWatching()
{
    const JobRecord *r = currentRecord();
    if (!r || r->isTerminal() || r->state == JobState::NotWatched)
        return;
    const QString id = r->localId;
    if (m_monitor->localFileImports().inUploadPhase(id)) {
        // Still on this computer: the upload is cancelled, not merely no longer watched.
        //: %1 = image name
        const QString title = tr("Cancel the upload of “%1”?").arg(r->name);
        const QString text = tr("The multipart upload is aborted in the OBS bucket: the parts "
                                "sent are deleted and nothing is imported. The job ends "
                                "cancelled.");
        if (Prompter::question(
                this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
            m_monitor->stopWatching(id); // aborts what runs locally (interfaces.md §7)
        return;
    }
    //: %1 = image name
    const QString title = tr("Stop watching “%1”?").arg(r->name);
    const QString text = tr("Imagewright will stop asking the cloud about this job. The cloud "
                            "cannot cancel an image job and keeps working on it: the image may "
                            "still appear in the cloud's image list.");
    if (Prompter::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        m_monitor->stopWatching(id);
}

void JobMonitorView::removeFromHistory()
{
    const JobRecord *r = currentRecord();
    if (!r)
        return;
    const QString id = r->localId;
    // Always asked (issue 16): a removed job cannot be brought back.
    //: %1 = image name
    const QString title = tr("Remove “%1” from the history?").arg(r->name);
    const QString text = r->isTerminal()
        ? tr("Only this job's record is removed from the list; its images stay in the cloud. "
             "It cannot be brought back.")
        : tr("This job is still running on the cloud. Removing it only "
             "removes it from this list; the cloud keeps working on it.");
    if (Prompter::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_monitor->remove(id);
}

void JobMonitorView::giveUpAfter()
{
    const JobRecord *r = currentRecord();
    if (!r || r->isTerminal() || Prompter::isNonInteractive())
        return;
    const QString id = r->localId;
    GiveUpDialog dialog(r->name, r->giveUpAfterSecs, this);
    if (dialog.exec() == QDialog::Accepted)
        m_monitor->setGiveUpAfter(id, dialog.seconds());
}
