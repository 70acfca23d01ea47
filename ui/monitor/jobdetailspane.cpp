#include "monitor/jobdetailspane.h"

#include <cmath>

#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "create/creationmethod.h"
#include "create/imsecsrequest.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

namespace {
const QString Dash = u"—"_s;
} // namespace

JobDetailsPane::JobDetailsPane(JobMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    // The job's actions sit above its fields, outside their scroll area: Delete Image was below
    // the fold at 1366×700 (issue 16).
    auto *leftPane = new QWidget(splitter);
    auto *leftColumn = new QVBoxLayout(leftPane);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    m_leftColumn = leftColumn;
    auto *scroll = new QScrollArea(leftPane);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *formBox = new QWidget(scroll);
    scroll->setWidget(formBox);
    scroll->setMinimumWidth(380);
    auto *left = new QVBoxLayout(formBox);
    m_form = new QFormLayout;
    left->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    for (int f = 0; f < FieldCount; ++f) {
        m_captions[f] = new QLabel(formBox);
        if (f == ImageIds) {
            m_imageIdsBox = new QWidget(formBox);
            m_imageIdsLayout = new QVBoxLayout(m_imageIdsBox);
            m_imageIdsLayout->setContentsMargins(0, 0, 0, 0);
            m_form->addRow(m_captions[f], m_imageIdsBox);
            continue;
        }
        auto *value = new QLabel(formBox);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Only the cloud's failure reason wraps. Free texts (a long task name) are clipped,
        // whole in the tooltip, so they never widen the window; the IDs (job, marker, error
        // code) are short and are what operators copy: they keep their width and the pane
        // scrolls sideways instead (issue 16: the Spanish marker was cut).
        value->setWordWrap(f == FailReason);
        if (f != FailReason && f != JobId && f != Marker && f != ErrorCode)
            value->setMinimumWidth(1); // below the text's width: clipped, not widening
        if (f == JobId || f == Marker)
            value->setObjectName(f == JobId ? u"jobIdValue"_s : u"markerValue"_s);
        m_values[f] = value;
        m_captions[f]->setBuddy(value);
        if (f == FailReason) {
            // Under the form, full width: a wrapped label in a QFormLayout gets too little height.
            left->addWidget(m_captions[f]);
            left->addWidget(value);
        } else {
            m_form->addRow(m_captions[f], value);
        }
    }
    // Glance uploads: Resume and Delete for an incomplete one, Cancel while it runs.
    m_uploadActions = new QWidget(leftPane);
    m_uploadActions->setObjectName(u"jobActions"_s);
    auto *actions = new QHBoxLayout(m_uploadActions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_resume = new QPushButton(m_uploadActions);
    m_resume->setObjectName(u"resumeUploadButton"_s);
    m_cancelUpload = new QPushButton(m_uploadActions);
    m_cancelUpload->setObjectName(u"cancelUploadButton"_s);
    m_deleteImage = new QPushButton(m_uploadActions);
    m_deleteImage->setObjectName(u"deleteImageButton"_s);
    actions->addWidget(m_resume);
    actions->addWidget(m_cancelUpload);
    actions->addWidget(m_deleteImage);
    actions->addStretch(1);
    leftColumn->addWidget(m_uploadActions);
    leftColumn->addWidget(scroll, 1);
    connect(m_resume, &QPushButton::clicked, this, [this] { m_monitor->resumeUpload(m_localId); });
    connect(m_cancelUpload, &QPushButton::clicked, this, [this] {
        m_monitor->cancelUpload(m_localId);
    });
    connect(m_deleteImage, &QPushButton::clicked, this, [this] {
        m_deleteImage->setEnabled(false);
        m_monitor->deleteImage(m_localId);
    });
    connect(m_monitor, &JobMonitor::imageDeleted, this, [this] { refresh(); });
    m_uploadTimer = new QTimer(this);
    m_uploadTimer->setInterval(1000);
    connect(m_uploadTimer, &QTimer::timeout, this, &JobDetailsPane::refresh);
    left->addStretch(1);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_values[JobId]->setFont(fixed);
    m_values[Marker]->setFont(fixed);
    m_values[ErrorCode]->setFont(fixed);

    m_tabs = new QTabWidget(splitter);
    m_timeline = new QTreeWidget(m_tabs);
    m_timeline->setColumnCount(2);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_timeline, QString());
    m_lastResponse = new QPlainTextEdit(m_tabs);
    m_lastResponse->setReadOnly(true);
    m_lastResponse->setFont(fixed);
    m_lastResponse->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_lastResponse, QString());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(splitter);

    connect(m_monitor, &JobMonitor::jobChanged, this, [this](int row) {
        if (!m_localId.isEmpty() && row == m_monitor->rowOf(m_localId))
            refresh();
    });
    connect(m_monitor, &JobMonitor::jobRemoved, this, [this] {
        if (!m_localId.isEmpty() && m_monitor->rowOf(m_localId) < 0)
            showJob({});
    });

    retranslateUi();
    refresh();
}

void JobDetailsPane::showJob(const QString &localId)
{
    if (localId == m_localId)
        return;
    m_localId = localId;
    m_shownImageIds.clear();
    rebuildImageIds({});
    refresh();
}

void JobDetailsPane::addNotice(QWidget *notice)
{
    m_leftColumn->insertWidget(0, notice);
}

QString JobDetailsPane::formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(u's')) // a timeline needs seconds; short formats drop them
        timeFormat.replace(u"mm"_s, u"mm:ss"_s);
    return locale.toString(
        time.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + timeFormat);
}

void JobDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_shownImageIds.clear(); // rebuild the Copy buttons with the new text
        refresh();
    }
    QWidget::changeEvent(event);
}

void JobDetailsPane::retranslateUi()
{
    m_placeholder->setText(tr("Select an image job to see its details."));
    m_captions[Name]->setText(tr("Image name:"));
    m_captions[Method]->setText(tr("Method:"));
    m_captions[Cloud]->setText(tr("Cloud:"));
    m_captions[State]->setText(tr("Status:", "job status"));
    m_captions[Progress]->setText(tr("Progress:"));
    m_captions[Upload]->setText(tr("Upload:"));
    m_resume->setText(tr("&Resume Upload"));
    m_cancelUpload->setText(tr("Cancel &Upload"));
    m_deleteImage->setText(tr("&Delete Image"));
    m_deleteImage->setToolTip(tr("Delete the image on the cloud."));
    m_captions[JobId]->setText(tr("Job ID:"));
    m_captions[Marker]->setText(tr("Marker tag:"));
    m_captions[Started]->setText(tr("Created at:"));
    m_captions[Finished]->setText(tr("Finished at:"));
    m_captions[ImageIds]->setText(tr("Image ID:"));
    m_captions[ErrorCode]->setText(tr("Error code:"));
    m_captions[FailReason]->setText(tr("Failure reason:"));
    m_tabs->setTabText(0, tr("Timeline", "tab"));
    m_tabs->setTabText(1, tr("Last response"));
    m_timeline->setHeaderLabels({tr("Time", "timeline column"), tr("Event", "timeline column")});
}

void JobDetailsPane::setValue(Field field, const QString &text, bool hideWhenEmpty)
{
    m_values[field]->setText(text.isEmpty() ? Dash : text);
    m_values[field]->setToolTip(text);
    const bool visible = !(hideWhenEmpty && text.isEmpty());
    if (field == FailReason) {
        m_captions[field]->setVisible(visible);
        m_values[field]->setVisible(visible);
    } else {
        m_form->setRowVisible(int(field), visible);
    }
}

void JobDetailsPane::refresh()
{
    const int row = m_localId.isEmpty() ? -1 : m_monitor->rowOf(m_localId);
    if (row < 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const JobRecord &r = m_monitor->at(row);
    const QLocale locale;

    setValue(Name, r.name);
    setValue(Method, r.kindText());
    setValue(Cloud, r.cloudLabel);
    const QString state = r.displayStateText();
    //: Job status in the details pane. %1 = our status, %2 = the cloud's raw status (RUNNING, FAIL,
    //: ...)
    setValue(
        State, r.cloudStatus.isEmpty() ? state : tr("%1 (cloud: %2)").arg(state, r.cloudStatus));

    QString progress;
    if (r.progress >= 0) {
        //: Progress as a percentage. %1 = the number
        progress = tr("%1 %").arg(locale.toString(int(std::lround(r.progress * 100))));
    }
    if (!r.currentTask.isEmpty()) {
        //: %1 = percentage text (may be empty), %2 = the cloud's current task name, verbatim
        progress =
            progress.isEmpty() ? r.currentTask : tr("%1 (task: %2)").arg(progress, r.currentTask);
    }
    setValue(Progress, progress);
    const bool glance = r.method == CreationMethod::GlanceCreateUpload;
    const bool obs = r.obsImport.has_value(); // a local file via OBS (ims-local-file)
    const QString upload = obs ? obsUploadText(r) : glanceUploadText(r);
    setValue(Upload, upload, true);
    const bool live = m_monitor->isUploading(r.localId);
    // Another process's upload of this job: looked at each second, so Resume shows once it ends.
    const bool elsewhere = obs && !live && !r.isTerminal() && r.jobId.isEmpty()
        && r.upload != JobRecord::Upload::Done
        && m_monitor->localFileImports().isUploadingElsewhere(r.localId);
    if ((live || elsewhere) && !m_uploadTimer->isActive())
        m_uploadTimer->start();
    else if (!live && !elsewhere)
        m_uploadTimer->stop();
    const bool canResume =
        obs ? m_monitor->localFileImports().canResume(r.localId) : r.isIncompleteUpload() && !live;
    m_uploadActions->setVisible(glance || obs);
    m_resume->setVisible(canResume);
    m_resume->setToolTip(obs
            ? tr("Go on with the multipart upload: the parts the bucket holds are checked against "
                 "the file and only the missing ones are sent, then IMS imports the object.")
            : tr("Upload the image file again to the queued image (the whole file: Glance has no "
                 "partial upload)."));
    m_cancelUpload->setVisible(live);
    m_cancelUpload->setToolTip(obs ? tr("Abort the multipart upload: the parts sent are deleted "
                                        "from the bucket and the job ends cancelled.")
                                   : QString());
    m_deleteImage->setVisible(glance && r.state != JobState::Succeeded
        && r.cloudStatus != u"deleted" && r.cloudStatus != u"404");
    m_deleteImage->setEnabled(true);
    setValue(JobId, r.jobId, glance);
    // Glance: the marker is the client-chosen image ID, shown once as the image's ID (issue 16:
    // it was also labelled "Marker tag").
    setValue(Marker,
        r.marker.isEmpty() || glance ? QString()
                                     : QString::fromLatin1(MarkerTagKey) + u'=' + r.marker,
        true);
    setValue(Started, formatTime(r.created));
    setValue(Finished, formatTime(r.finished), true);
    rebuildImageIds(r.imageIds);
    m_form->setRowVisible(int(ImageIds), !r.imageIds.isEmpty());
    setValue(ErrorCode, r.errorCode, true);
    setValue(FailReason, r.failReason, true);

    m_timeline->clear();
    for (const JobRecord::Event &e : r.timeline) {
        const QString text = e.display(); // stored as data, shown in the UI's language
        auto *item = new QTreeWidgetItem(m_timeline, {formatTime(e.at), text});
        item->setToolTip(1, text);
    }
    if (m_timeline->topLevelItemCount() > 0)
        m_timeline->scrollToItem(m_timeline->topLevelItem(m_timeline->topLevelItemCount() - 1));

    const QJsonDocument doc = QJsonDocument::fromJson(r.lastResponse.toUtf8());
    m_lastResponse->setPlainText(
        doc.isNull() ? r.lastResponse : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString JobDetailsPane::glanceUploadText(const JobRecord &r) const
{
    if (const auto live = m_monitor->uploadStatus(r.localId)) {
        //: %1 = bytes sent, %2 = file size (e.g. "1.2 GB of 4.0 GB")
        QString upload =
            tr("%1 of %2")
                .arg(TransferRate::sizeText(live->sent), TransferRate::sizeText(live->total));
        if (live->bytesPerSecond)
            upload += u" · "_s + TransferRate::rateText(*live->bytesPerSecond);
        if (live->secondsLeft)
            //: %1 = time left such as "4 min 05 s"
            upload += u" · "_s + tr("%1 left").arg(TransferRate::durationText(*live->secondsLeft));
        return upload;
    }
    if (r.isIncompleteUpload())
        //: %1 = bytes sent before it stopped, %2 = file size
        return tr("incomplete: %1 of %2 sent; the image is queued")
            .arg(TransferRate::sizeText(r.uploadedBytes), TransferRate::sizeText(r.uploadSize));
    if (r.upload == JobRecord::Upload::Done)
        //: %1 = file size
        return tr("%1 uploaded").arg(TransferRate::sizeText(r.uploadSize));
    return {};
}

QString JobDetailsPane::obsUploadText(const JobRecord &r) const
{
    const ObsImport &obs = *r.obsImport;
    const QString target = obs.bucket + u':' + obs.object;
    if (const auto live = m_monitor->localFileImports().status(r.localId)) {
        //: The upload phase of a local file via OBS. %1 = bytes sent, %2 = file size, %3 and
        //: %4 = parts confirmed and all parts, %5 = bucket:object
        QString upload =
            tr("%1 of %2, %3 of %4 parts, to %5")
                .arg(TransferRate::sizeText(live->sent), TransferRate::sizeText(live->total))
                .arg(live->partsDone)
                .arg(live->partsTotal)
                .arg(target);
        if (live->bytesPerSecond >= 0)
            upload += u" · "_s + TransferRate::rateText(live->bytesPerSecond);
        if (const auto left = live->secondsLeft())
            upload += u" · "_s + tr("%1 left").arg(TransferRate::durationText(*left));
        return upload;
    }
    QString holder;
    if (!r.isTerminal() && r.jobId.isEmpty() && r.upload != JobRecord::Upload::Done
        && m_monitor->localFileImports().isUploadingElsewhere(r.localId, &holder))
        //: %1 = the other process, e.g. "imagewright (process 4242 on host-a)", %2 = bucket:object
        return tr("being uploaded to %2 by another process, %1; Resume is offered once it has "
                  "ended")
            .arg(holder, target);
    switch (r.upload) {
    case JobRecord::Upload::Done:
        //: %1 = file size, %2 = bucket:object
        return tr("%1 uploaded to %2").arg(TransferRate::sizeText(r.uploadSize), target);
    case JobRecord::Upload::Incomplete:
    case JobRecord::Upload::Running:
    case JobRecord::Upload::Waiting:
        if (r.isTerminal())
            //: %1 = bucket:object
            return tr("not completed; no upload left in %1").arg(target);
        //: %1 and %2 = parts confirmed by the bucket and all parts, %3 = bucket:object
        return tr("incomplete: %1 of %2 parts in %3; Resume sends the missing ones")
            .arg(obs.partsDone())
            .arg(obs.partsTotal())
            .arg(target);
    case JobRecord::Upload::None:
        break;
    }
    return {};
}

void JobDetailsPane::rebuildImageIds(const QStringList &ids)
{
    if (ids == m_shownImageIds && !ids.isEmpty())
        return;
    m_shownImageIds = ids;
    while (QLayoutItem *item = m_imageIdsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &id : ids) {
        auto *line = new QWidget(m_imageIdsBox);
        auto *h = new QHBoxLayout(line);
        h->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(id, line);
        edit->setReadOnly(true);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        edit->setObjectName(u"imageIdEdit"_s);
        auto *copy = new QToolButton(line);
        copy->setObjectName(u"copyImageIdButton"_s);
        copy->setText(tr("Copy", "copy an image ID to the clipboard"));
        copy->setToolTip(tr("Copy the image ID to the clipboard"));
        connect(
            copy, &QToolButton::clicked, this, [id] { QGuiApplication::clipboard()->setText(id); });
        h->addWidget(edit, 1);
        h->addWidget(copy);
        m_imageIdsLayout->addWidget(line);
    }
}
