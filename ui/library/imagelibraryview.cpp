#include "library/imagelibraryview.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "dialogs/prompter.h"
#include "jobs/actionjobkinds.h"
#include "jobs/jobrecord.h"
#include "library/actions/deleteaction.h"
#include "library/actions/editaction.h"
#include "library/actions/imagejobaction.h"
#include "library/actions/shareaction.h"
#include "library/everyprofilelister.h"
#include "library/imagecalls.h"
#include "library/imagecopydialog.h"
#include "library/imagecsv.h"
#include "library/imagedatefilter.h"
#include "library/imagedeleteflow.h"
#include "library/imageeditdialog.h"
#include "library/imageexportdialog.h"
#include "library/imagelister.h"
#include "library/imagelistmodel.h"
#include "library/imagesharedialog.h"
#include "library/memberjob.h"
#include "net/restjob.h"
#include "widgets/inlinemessage.h"
#include "widgets/longcelltext.h"

using namespace Qt::StringLiterals;

namespace {

ImageLibraryView::SaveFileChooser &saveFileChooser()
{
    static ImageLibraryView::SaveFileChooser chooser;
    return chooser;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

ImageLibraryView::ImageLibraryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImageListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_reload(new QPushButton(this))
    , m_showJob(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_share(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_exportImage(new QPushButton(this))
    , m_statusFilter(new QComboBox(this))
    , m_allImages(new QCheckBox(this))
    , m_tagFilter(new QLineEdit(this))
    , m_dateFilter(new ImageDateFilter(this))
    , m_everyProfile(new QCheckBox(this))
    , m_profileNotice(new InlineMessage(this))
    , m_filterMessage(new InlineMessage(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(u"imageLibrary"_s);
    m_filter->setObjectName(u"imageFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_showJob->setObjectName(u"showJobButton"_s);
    m_edit->setObjectName(u"editImageButton"_s);
    m_delete->setObjectName(u"deleteImagesButton"_s);
    m_export->setObjectName(u"exportCsvButton"_s);
    m_share->setObjectName(u"shareImageButton"_s);
    m_copy->setObjectName(u"copyImageButton"_s);
    m_exportImage->setObjectName(u"exportImageButton"_s);
    m_statusFilter->setObjectName(u"imageStatusFilter"_s);
    m_allImages->setObjectName(u"allImagesBox"_s);
    m_tagFilter->setObjectName(u"imageTagFilter"_s);
    m_tagFilter->setClearButtonEnabled(true);
    m_everyProfile->setObjectName(u"everyProfileBox"_s);
    m_everyProfile->hide(); // until setProfileSessions()
    m_profileNotice->setObjectName(u"profileNotice"_s);
    m_filterMessage->setObjectName(u"imageFilterMessage"_s);
    m_filterMessage->setField(m_tagFilter);
    m_status->setObjectName(u"imageLibraryStatus"_s);
    m_table->setObjectName(u"imageTable"_s);
    m_details->setObjectName(u"imageDetails"_s);
    m_details->setReadOnly(true); // selectable and copyable
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_model->setAutoFetch(true); // every page in the background; the table stays usable
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImageListModel::SortRole);
    m_proxy->setFilterRole(ImageListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setColumnHidden(ImageListModel::Profile, true); // "All profiles" shows it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImageListModel::Created, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // delete one or many
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    LongCellText::install(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 2);
    top->addWidget(m_statusFilter);
    top->addWidget(m_tagFilter, 1);
    top->addWidget(m_reload);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_dateFilter);
    scope->addWidget(m_allImages);
    scope->addWidget(m_everyProfile);
    scope->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addWidget(m_share);
    actions->addWidget(m_copy);
    actions->addWidget(m_exportImage);
    actions->addWidget(m_showJob);
    actions->addStretch(1);
    actions->addWidget(m_export);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(m_filterMessage);
    column->addLayout(scope);
    column->addWidget(m_profileNotice);
    column->addLayout(actions);
    column->addWidget(splitter, 1);
    column->addWidget(m_status);

    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_reload, &QPushButton::clicked, this, [this] { setSession(m_session, true); });
    connect(m_statusFilter, &QComboBox::activated, this, &ImageLibraryView::applyServerFilter);
    connect(m_tagFilter, &QLineEdit::returnPressed, this, &ImageLibraryView::applyServerFilter);
    connect(m_allImages, &QCheckBox::toggled, this, &ImageLibraryView::applyServerFilter);
    connect(m_dateFilter, &ImageDateFilter::changed, this, &ImageLibraryView::applyServerFilter);
    connect(m_everyProfile, &QCheckBox::toggled, this, &ImageLibraryView::applyServerFilter);
    connect(m_edit, &QPushButton::clicked, this, [this] { editCurrent(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_share, &QPushButton::clicked, this, [this] { shareCurrent(); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyCurrent(); });
    connect(m_exportImage, &QPushButton::clicked, this, [this] { exportCurrent(); });
    connect(
        m_table, &QWidget::customContextMenuRequested, this, &ImageLibraryView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] { editCurrent(); });
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_showJob, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0) {
            const QString job = m_model->jobOf(m_model->image(row));
            if (!job.isEmpty())
                Q_EMIT showJobRequested(job);
        }
    });
    connect(m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        &ImageLibraryView::updateDetails);
    connect(m_table->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &ImageLibraryView::updateActions);
    connect(m_model, &ImageListModel::loadingChanged, this, [this](bool loading) {
        m_loading = loading;
        updateStatus();
    });
    connect(m_model, &ImageListModel::pageLoaded, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0) {
            m_columnsFitted = true; // once: after that the operator's widths stay
            LongCellText::fitColumns(m_table, 320);
        }
        updateStatus();
        selectPending();
    });
    connect(m_model, &ImageListModel::failed, this, [this](const QString &message) {
        m_status->setText(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImageLibraryView::updateDetails);
    retranslateUi();
    updateDetails();
}

void ImageLibraryView::setSaveFileChooser(SaveFileChooser chooser)
{
    saveFileChooser() = std::move(chooser);
}

void ImageLibraryView::setSession(CloudSession *session, bool force)
{
    if (session == m_session && !force)
        return;
    m_session = session;
    applyServerFilter();
}

void ImageLibraryView::setProfileSessions(std::function<QList<CloudSession *>()> sessions)
{
    m_profileSessions = std::move(sessions);
    m_everyProfile->setVisible(bool(m_profileSessions));
}

void ImageLibraryView::applyServerFilter()
{
    m_filterMessage->clearMessage();
    if (!m_session) {
        m_model->setLister(nullptr);
        updateStatus();
        updateActions();
        return;
    }
    const ImageApi api = ImageApis::forFamily(m_session->profile().family);
    ImageFilter filter;
    filter.status = m_statusFilter->currentData().toString();
    filter.all = m_allImages->isChecked();
    const std::optional<CreatedRange> created = m_dateFilter->range();
    if (!created)
        return; // said under the two days; the list stays as it is
    filter.created = *created;
    const bool keyValue = ImageEdit::tagsAreKeyValue(api, m_session->profile().family);
    for (const QString &part : m_tagFilter->text().split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (tag.isEmpty())
            continue;
        if (keyValue && !tag.contains(u'=')) {
            //: %1 = what was typed in the tag filter
            m_filterMessage->showError(tr("Give the tag \"%1\" as key=value.").arg(tag));
            return; // the list stays as it is
        }
        filter.tags << tag;
    }
    m_loading = true;
    m_profileNotice->clearMessage();
    const bool every = m_everyProfile->isChecked() && m_profileSessions;
    m_table->setColumnHidden(ImageListModel::Profile, !every);
    if (!every) {
        m_model->setLister(new ImageLister(m_session, api, filter));
    } else {
        auto *lister = new EveryProfileLister(m_profileSessions(), filter);
        // One line for every profile that could not be listed, with its reason; no prompt.
        connect(lister, &EveryProfileLister::profileSkipped, this, [this, lister] {
            QStringList lines;
            for (const EveryProfileLister::Skipped &s : lister->skipped())
                //: A profile the "All profiles" list could not read. %1 = profile, %2 = why
                lines << tr("%1 is not listed: %2").arg(s.profileName, s.reason);
            m_profileNotice->showMessage(InlineMessage::Kind::Warning, lines.join(u'\n'));
        });
        m_model->setLister(lister);
    }
    updateStatus();
    updateActions();
}

void ImageLibraryView::setJobs(const QList<JobRecord> &records)
{
    m_model->setJobIndex(ImageListModel::jobIndex(records));
    m_runningJobs = ImageDeleteFlow::runningJobImages(records);
    for (ImageShareDialog *share : findChildren<ImageShareDialog *>())
        share->jobsChanged(records); // the members again once its IMS job has ended
    updateDetails();
    // A copy made in this region shows in the list once its job has ended.
    for (const JobRecord &r : records) {
        if (r.actionKind != QLatin1StringView(ActionJobKinds::ImsCopy)
            || r.state != JobState::Succeeded || r.imageIds.isEmpty() || !m_session
            || r.profileId != m_session->profile().id)
            continue;
        const QString id = r.imageIds.constFirst();
        if (m_model->rowOfId(id) >= 0 || m_shownCopies.contains(id))
            continue;
        m_shownCopies.insert(id);
        RestJob *job = ImageCalls::show(m_session, ImageApi::Ims, id, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (const auto image = ImageCalls::shownImage(ImageApi::Ims, j, nullptr))
                m_model->insertImage(*image);
        });
    }
}

void ImageLibraryView::showImage(const QString &imageId)
{
    m_pendingImage = imageId;
    if (m_model->rowOfId(imageId) < 0)
        m_filter->setText(imageId); // shown as soon as its page arrives
    selectPending();
}

void ImageLibraryView::selectPending()
{
    if (m_pendingImage.isEmpty())
        return;
    const int row = m_model->rowOfId(m_pendingImage);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_pendingImage.clear();
}

int ImageLibraryView::currentRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

CloudSession *ImageLibraryView::sessionOf(int row) const
{
    if (row < 0 || row >= m_model->rowCount() || !m_profileSessions)
        return m_session;
    const QString profileId = m_model->image(row).profileId;
    if (profileId.isEmpty())
        return m_session;
    const QList<CloudSession *> sessions = m_profileSessions();
    const auto it = std::find_if(sessions.cbegin(), sessions.cend(), [&profileId](auto *s) {
        return s && s->profile().id == profileId;
    });
    return it == sessions.cend() ? nullptr : *it;
}

CloudSession *ImageLibraryView::selectionSession() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return m_session;
    const QString profileId = m_model->image(rows.constFirst()).profileId;
    for (int row : rows) {
        if (m_model->image(row).profileId != profileId)
            return nullptr; // images of two profiles: one Delete each
    }
    return sessionOf(rows.constFirst());
}

QList<int> ImageLibraryView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QList<int> viewRows;
    for (const QModelIndex &index : selected)
        viewRows << index.row();
    std::sort(viewRows.begin(), viewRows.end());
    for (int viewRow : std::as_const(viewRows)) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
        if (source.isValid())
            rows << source.row();
    }
    return rows;
}

void ImageLibraryView::updateActions()
{
    const bool any = !selectedRows().isEmpty();
    const int row = currentRow();
    CloudSession *session = sessionOf(row);
    // Delete goes to one profile: the selected rows must all come from it.
    CloudSession *deleteSession = selectionSession();
    std::optional<QString> editWhy;
    std::optional<QString> deleteWhy;
    if (session) {
        const CloudFamily family = session->profile().family;
        const ImageApi api = ImageApis::forFamily(family);
        editWhy = ImageEditKind().unavailableReason(family, api);
        deleteWhy = ImageDeleteKind().unavailableReason(family, api);
    }
    m_edit->setEnabled(session && row >= 0 && !editWhy);
    m_edit->setToolTip(editWhy.value_or(tr("Change the name, description, memory, disk or tags")));
    m_delete->setEnabled(deleteSession && any && !deleteWhy);
    m_delete->setToolTip(deleteWhy.value_or(any && !deleteSession
            ? tr("Select the images of one profile: each profile deletes its own")
            : tr("Delete the selected images")));
    m_share->setEnabled(canShareCurrent());
    m_share->setToolTip(tr("See and change the projects this image is shared with"));
    const std::optional<QString> copyWhy = jobActionWhy(ImageJobKind::Kind::Copy);
    m_copy->setEnabled(canShareCurrent() && !copyWhy);
    m_copy->setToolTip(copyWhy.value_or(
        tr("Copy the image within this region (optionally encrypted) or to another region")));
    const std::optional<QString> exportWhy = jobActionWhy(ImageJobKind::Kind::Export);
    m_exportImage->setEnabled(canShareCurrent() && !exportWhy);
    m_exportImage->setToolTip(
        exportWhy.value_or(tr("Write the image as a file into an OBS bucket")));
    m_export->setEnabled(m_proxy->rowCount() > 0);
}

void ImageLibraryView::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_edit->text(), this, [this] { editCurrent(); })
        ->setEnabled(m_edit->isEnabled());
    menu.addAction(m_delete->text(), this, [this] { deleteSelected(); })
        ->setEnabled(m_delete->isEnabled());
    menu.addAction(m_share->text(), this, [this] { shareCurrent(); })
        ->setEnabled(m_share->isEnabled());
    menu.addAction(m_copy->text(), this, [this] { copyCurrent(); })
        ->setEnabled(m_copy->isEnabled());
    menu.addAction(m_exportImage->text(), this, [this] { exportCurrent(); })
        ->setEnabled(m_exportImage->isEnabled());
    const bool answer = canAnswerCurrent();
    menu.addAction(ImageMemberKind(MemberChange::Op::Accept).title(), this, [this] {
            answerCurrent(true);
        })->setEnabled(answer);
    menu.addAction(ImageMemberKind(MemberChange::Op::Reject).title(), this, [this] {
            answerCurrent(false);
        })->setEnabled(answer);
    menu.addAction(m_showJob->text(), m_showJob, &QPushButton::click)
        ->setEnabled(m_showJob->isEnabled());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

bool ImageLibraryView::canShareCurrent() const
{
    const int row = currentRow();
    CloudSession *session = sessionOf(row);
    if (!session || row < 0)
        return false;
    const LibraryImage &image = m_model->image(row);
    return image.owner.isEmpty() || image.owner == session->projectId();
}

bool ImageLibraryView::canAnswerCurrent() const
{
    const int row = currentRow();
    CloudSession *session = sessionOf(row);
    if (!session || row < 0)
        return false;
    const LibraryImage &image = m_model->image(row);
    return !image.owner.isEmpty() && image.owner != session->projectId() && image.isShared();
}

ImageShareDialog *ImageLibraryView::shareCurrent()
{
    if (!canShareCurrent())
        return nullptr;
    CloudSession *session = sessionOf(currentRow());
    const ImageApi api = ImageApis::forFamily(session->profile().family);
    auto *dialog = new ImageShareDialog(session, api, m_model->image(currentRow()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageShareDialog::jobStarted, this, &ImageLibraryView::actionJobStarted);
    QPointer<CloudSession> guard = session;
    connect(dialog, &ImageShareDialog::imageChanged, this, [this, guard](const QString &id) {
        if (!guard)
            return;
        RestJob *job = ImageCalls::show(guard, ImageApi::Glance, id, this);
        connect(job, &RestJob::finished, this, [this](RestJob *j) {
            if (const auto image = ImageCalls::shownImage(ImageApi::Glance, j, nullptr)) {
                m_model->updateImage(*image); // its visibility is "shared" now
                updateDetails();
            }
        });
    });
    dialog->open();
    return dialog;
}

std::optional<QString> ImageLibraryView::jobActionWhy(ImageJobKind::Kind kind) const
{
    CloudSession *session = sessionOf(currentRow());
    if (!session)
        return std::nullopt;
    const CloudFamily family = session->profile().family;
    return ImageJobKind(kind).unavailableReason(family, ImageApis::forFamily(family));
}

ImageCopyDialog *ImageLibraryView::copyCurrent()
{
    if (!m_copy->isEnabled() || currentRow() < 0)
        return nullptr;
    auto *dialog = new ImageCopyDialog(sessionOf(currentRow()), m_model->image(currentRow()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageJobDialog::jobStarted, this, &ImageLibraryView::actionJobStarted);
    dialog->open();
    return dialog;
}

ImageExportDialog *ImageLibraryView::exportCurrent()
{
    if (!m_exportImage->isEnabled() || currentRow() < 0)
        return nullptr;
    auto *dialog = new ImageExportDialog(sessionOf(currentRow()), m_model->image(currentRow()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageJobDialog::jobStarted, this, &ImageLibraryView::actionJobStarted);
    dialog->open();
    return dialog;
}

bool ImageLibraryView::answerCurrent(bool accept)
{
    if (!canAnswerCurrent())
        return false;
    const LibraryImage image = m_model->image(currentRow());
    QPointer<CloudSession> session = sessionOf(currentRow());
    MemberChange change;
    change.op = accept ? MemberChange::Op::Accept : MemberChange::Op::Reject;
    change.imageId = image.id;
    change.ownProject = session->projectId();
    const ImageApi api = ImageApis::forFamily(session->profile().family);
    auto *run = MemberChangeRun::create(session, api, change, this);
    connect(run,
        &ImageActionRun::finished,
        this,
        [this, run, image, accept, session](ImageActionRun *) {
        run->deleteLater();
        if (!run->refusals().isEmpty() || run->error()) {
            const QString why = run->refusals().isEmpty() ? run->error().userMessage()
                                                          : run->refusals().join(u' ');
            //: %1 = image name, %2 = the cloud's answer
            m_status->setText(tr("%1 was not answered: %2").arg(image.name, why));
            return;
        }
        if (!run->jobId().isEmpty()) {
            if (session)
                Q_EMIT actionJobStarted(MemberJob::record(
                    session->profile(), run->change(), image.name, run->jobId()));
            //: %1 = image name, %2 = the cloud's job ID
            m_status->setText(tr("The cloud runs job %2 for %1; the job monitor follows it.")
                                  .arg(image.name, run->jobId()));
            return;
        }
        //: %1 = image name
        m_status->setText(accept ? tr("%1 was accepted.").arg(image.name)
                                 : tr("%1 was rejected.").arg(image.name));
    });
    run->start();
    return true;
}

ImageEditDialog *ImageLibraryView::editCurrent()
{
    const int row = currentRow();
    CloudSession *session = sessionOf(row);
    if (!session || row < 0 || !m_edit->isEnabled())
        return nullptr;
    const ImageApi api = ImageApis::forFamily(session->profile().family);
    auto *dialog = new ImageEditDialog(session, api, m_model->image(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImageEditDialog::edited, this, [this](const LibraryImage &image) {
        m_model->updateImage(image); // in place: the row stays where it is
        updateDetails();
        //: %1 = image name
        m_status->setText(tr("%1 was changed.").arg(image.name));
    });
    dialog->open();
    return dialog;
}

bool ImageLibraryView::deleteSelected()
{
    CloudSession *session = selectionSession();
    if (!session || !m_delete->isEnabled())
        return false;
    QList<LibraryImage> images;
    for (int row : selectedRows())
        images << m_model->image(row);
    const ImageApi api = ImageApis::forFamily(session->profile().family);
    ImageDeleteFlow *flow = ImageDeleteFlow::start(this, session, api, images, m_runningJobs);
    if (!flow)
        return false;
    m_delete->setEnabled(false);
    //: %n = images being deleted
    m_status->setText(tr("Deleting %n image(s)…", nullptr, int(images.size())));
    connect(flow, &ImageDeleteFlow::imageDeleted, m_model, &ImageListModel::removeImage);
    connect(flow, &ImageDeleteFlow::finished, this, [this](int, int, const QString &summary) {
        m_status->setText(summary);
        updateActions();
        updateDetails();
    });
    return true;
}

QByteArray ImageLibraryView::csvOfShownRows() const
{
    QList<LibraryImage> images;
    for (int viewRow = 0; viewRow < m_proxy->rowCount(); ++viewRow) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(viewRow, 0));
        if (source.isValid())
            images << m_model->image(source.row());
    }
    return ImageCsv::write(
        images, [this](const LibraryImage &image) { return m_model->jobOf(image); });
}

bool ImageLibraryView::exportCsv()
{
    const QString dir = m_lastCsvDir.isEmpty() ? QDir::homePath() : m_lastCsvDir;
    //: The suggested file name of the CSV export
    const QString suggested = QDir(dir).filePath(tr("images") + u".csv"_s);
    const QString caption = tr("Export the Image List");
    const QString path = saveFileChooser()
        ? saveFileChooser()(this, caption, suggested)
        : QFileDialog::getSaveFileName(this, caption, suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    m_lastCsvDir = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    const QByteArray csv = csvOfShownRows();
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        //: %1 = file path, %2 = the system's reason
        Prompter::information(this,
            tr("Export the Image List"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    //: %n = rows written, %1 = file path
    m_status->setText(tr("%n image(s) written to %1.", nullptr, m_proxy->rowCount())
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImageLibraryView::updateStatus()
{
    const int rows = m_model->rowCount();
    if (!m_session)
        m_status->setText(tr("No cloud profile."));
    else if (m_loading)
        //: %n = images read so far
        m_status->setText(tr("Reading the image list… %n image(s) so far.", nullptr, rows));
    else if (!m_model->error())
        //: %n = images listed
        m_status->setText(tr("%n image(s).", nullptr, rows));
}

void ImageLibraryView::updateDetails()
{
    const int row = currentRow();
    m_showJob->setEnabled(row >= 0 && !m_model->jobOf(m_model->image(row)).isEmpty());
    updateActions();
    if (row < 0) {
        m_details->setPlainText(tr("Select an image to see its properties."));
        return;
    }
    const LibraryImage &image = m_model->image(row);
    // Grouped as operators look for them; the keys are the API's own names (data, untranslated).
    const QList<std::pair<QString, QStringList>> groups{
        {tr("General"),
            {u"id"_s,
                u"name"_s,
                u"status"_s,
                u"visibility"_s,
                u"__imagetype"_s,
                u"owner"_s,
                u"created_at"_s,
                u"updated_at"_s,
                u"__description"_s,
                u"description"_s}},
        {tr("Disk"),
            {u"disk_format"_s,
                u"container_format"_s,
                u"size"_s,
                u"__image_size"_s,
                u"min_disk"_s,
                u"min_ram"_s,
                u"max_ram"_s,
                u"protected"_s,
                u"virtual_env_type"_s}},
        {tr("OS"),
            {u"__os_version"_s,
                u"__os_type"_s,
                u"__platform"_s,
                u"__os_bit"_s,
                u"os_distro"_s,
                u"os_version"_s,
                u"hw_firmware_type"_s}},
    };
    QString text;
    for (const auto &[title, keys] : groups) {
        text += title + u'\n';
        for (const QString &key : keys) {
            if (!image.raw.contains(key))
                continue;
            text += u"  "_s + key + u": "_s + valueText(image.raw.value(key)) + u'\n';
        }
        text += u'\n';
    }
    text += tr("Tags") + u'\n';
    for (const QString &tag : image.tags)
        text += u"  "_s + tag + u'\n';
    const QString job = m_model->jobOf(image);
    if (!job.isEmpty())
        //: %1 = the local id of the job that made the image
        text += u'\n' + tr("Made by the job %1.").arg(job) + u'\n';
    text += u'\n' + tr("Raw JSON") + u'\n';
    text += QString::fromUtf8(QJsonDocument(image.raw).toJson(QJsonDocument::Indented));
    m_details->setPlainText(text);
}

void ImageLibraryView::retranslateUi()
{
    const QString status = m_statusFilter->currentData().toString();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), QString());
    // The states both APIs list images in; the cloud filters by them (`status`).
    for (const QString &value : {u"active"_s, u"queued"_s, u"saving"_s, u"killed"_s})
        m_statusFilter->addItem(LibraryImage::statusText(value), value);
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
    m_statusFilter->setToolTip(tr("Show only images in this state (the cloud filters)"));
    m_tagFilter->setPlaceholderText(tr("Tag key=value, then Enter"));
    m_allImages->setText(tr("&With shared and public images"));
    m_everyProfile->setText(tr("All profile&s"));
    m_everyProfile->setToolTip(tr("List the images of every saved profile, each signed in "
                                  "with the secret stored for it"));
    m_allImages->setToolTip(tr("Also list the public images and the images other projects "
                               "shared with this one (accept or reject them from the context "
                               "menu)"));
    m_tagFilter->setToolTip(tr("Show only images with these tags (key=value, separated by "
                               "commas; the cloud filters)"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete…"));
    m_export->setText(tr("E&xport CSV…"));
    m_share->setText(tr("Sh&are…"));
    m_copy->setText(tr("Cop&y…"));
    m_exportImage->setText(tr("Export to &OBS…"));
    m_export->setToolTip(tr("Save the images shown as a CSV file"));
    //: Accessible name of the image table
    m_table->setAccessibleName(tr("Images"));
    //: Accessible name of the details pane under the image table
    m_details->setAccessibleName(tr("Image properties"));
    m_filter->setPlaceholderText(tr("Filter by name, ID, OS or tag"));
    m_reload->setText(tr("Re&load"));
    m_showJob->setText(tr("Show Jo&b"));
    m_showJob->setToolTip(tr("Open the job that made this image in the job monitor"));
    m_model->retranslate();
    updateStatus();
    updateDetails();
}

void ImageLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
