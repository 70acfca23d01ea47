#include "library/imagesharedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "library/actions/shareaction.h"
#include "jobs/jobrecord.h"
#include "library/memberjob.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

namespace {

QString statusText(const QString &status)
{
    if (status == u"pending")
        return ImageShareDialog::tr("Pending");
    if (status == u"accepted")
        return ImageShareDialog::tr("Accepted");
    if (status == u"rejected")
        return ImageShareDialog::tr("Rejected");
    return status;
}

} // namespace

ImageShareDialog::ImageShareDialog(
    CloudSession *session, ImageApi api, const LibraryImage &image, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_api(api)
    , m_image(image)
{
    setObjectName(u"imageShareDialog"_s);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    m_membersLabel = new QLabel(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"shareMembers"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_membersLabel->setBuddy(m_table);

    m_projectLabel = new QLabel(this);
    m_project = new QLineEdit(this);
    m_project->setObjectName(u"shareProject"_s);
    m_projectLabel->setBuddy(m_project);
    m_projectMessage = new InlineMessage(this);
    m_projectMessage->setObjectName(u"shareProjectMessage"_s);
    m_projectMessage->setReservedLines(1);
    m_projectMessage->setField(m_project);
    m_add = new QPushButton(this);
    m_add->setObjectName(u"shareAdd"_s);
    m_add->setAutoDefault(false);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"shareRemove"_s);
    m_remove->setAutoDefault(false);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"shareRefresh"_s);
    m_refresh->setAutoDefault(false);

    m_general = new InlineMessage(this);
    m_general->setObjectName(u"shareMessage"_s);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_projectLabel);
    addRow->addWidget(m_project, 1);
    addRow->addWidget(m_add);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_remove);
    tableButtons->addWidget(m_refresh);
    tableButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_membersLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addLayout(addRow);
    layout->addWidget(m_projectMessage);
    layout->addWidget(m_general);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    AccessibleNames::install(this);
    connect(m_add, &QPushButton::clicked, this, [this] { addProject(); });
    connect(m_project, &QLineEdit::returnPressed, this, [this] { addProject(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_refresh, &QPushButton::clicked, this, &ImageShareDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImageShareDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateButtons();
    refresh();
}

void ImageShareDialog::jobsChanged(const QList<JobRecord> &records)
{
    bool ended = false;
    for (const JobRecord &r : records) {
        if ((r.state == JobState::Succeeded || r.state == JobState::Failed)
            && m_runningJobs.removeAll(r.jobId) > 0)
            ended = true;
    }
    if (ended)
        refresh();
}

void ImageShareDialog::refresh()
{
    if (!m_session)
        return;
    auto *run = new MemberListRun(m_session, m_image.id, this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        run->deleteLater();
        setBusy(false);
        if (run->error()) {
            //: %1 = the cloud's answer
            m_general->showError(tr("The members could not be read: %1")
                                     .arg(run->error().userMessage()));
            return;
        }
        m_members = run->members();
        showMembers();
    });
    setBusy(true);
    run->start();
}

void ImageShareDialog::showMembers()
{
    m_table->setRowCount(int(m_members.size()));
    const QLocale locale;
    for (int row = 0; row < m_members.size(); ++row) {
        const ImageMember &m = m_members.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(m.memberId));
        m_table->setItem(row, 1, new QTableWidgetItem(statusText(m.status)));
        m_table->setItem(row, 2,
            new QTableWidgetItem(m.updatedAt.isValid()
                    ? locale.toString(m.updatedAt.toLocalTime(), QLocale::ShortFormat)
                    : QString()));
    }
    updateButtons();
}

bool ImageShareDialog::addProject()
{
    if (isBusy() || !m_session)
        return false;
    m_projectMessage->clearMessage();
    m_general->clearMessage();
    MemberChange change;
    change.op = MemberChange::Op::Add;
    change.imageId = m_image.id;
    change.projects = {m_project->text().trimmed()};
    change.ownProject = m_session->projectId();
    const FieldErrors errors = change.validate(m_api);
    if (!errors.isEmpty()) {
        QStringList texts;
        for (const FieldError &e : errors)
            texts << e.message;
        m_projectMessage->reveal();
        m_projectMessage->showError(texts.join(u'\n'));
        return false;
    }
    send(change);
    return true;
}

bool ImageShareDialog::removeSelected()
{
    if (isBusy() || !m_session)
        return false;
    QStringList projects;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    for (QTableWidgetItem *item : selected) {
        const QString project = m_table->item(item->row(), 0)->text();
        if (!projects.contains(project))
            projects << project;
    }
    if (projects.isEmpty())
        return false;
    m_general->clearMessage();
    MemberChange change;
    change.op = MemberChange::Op::Remove;
    change.imageId = m_image.id;
    change.projects = projects;
    change.ownProject = m_session->projectId();
    send(change);
    return true;
}

void ImageShareDialog::send(const MemberChange &change)
{
    auto *run = MemberChangeRun::create(m_session, m_api, change, this);
    connect(run, &ImageActionRun::finished, this, [this, run](ImageActionRun *) {
        run->deleteLater();
        setBusy(false);
        if (!run->refusals().isEmpty()) {
            m_general->showError(run->refusals().join(u'\n'));
            return;
        }
        if (run->error()) {
            //: %1 = the cloud's answer (or what went wrong on the way)
            m_general->showError(
                tr("The members were not changed: %1").arg(run->error().userMessage()));
            return;
        }
        if (!run->jobId().isEmpty()) {
            m_runningJobs << run->jobId();
            if (m_session)
                Q_EMIT jobStarted(MemberJob::record(
                    m_session->profile(), run->change(), m_image.name, run->jobId()));
            //: %1 = the cloud's job ID
            m_general->showMessage(InlineMessage::Kind::Info,
                tr("The cloud runs job %1; the job monitor follows it, and the members here are "
                   "read again once it has ended.")
                    .arg(run->jobId()));
        } else {
            if (run->change().op == MemberChange::Op::Add && run->image()
                && run->image()->visibility == u"private")
                Q_EMIT imageChanged(m_image.id); // now "shared"
            m_members = run->members();
            showMembers();
            m_general->showMessage(InlineMessage::Kind::Info, tr("The members were changed."));
        }
        if (run->change().op == MemberChange::Op::Add)
            m_project->clear();
    });
    setBusy(true);
    run->start();
}

void ImageShareDialog::reject()
{
    if (isBusy())
        return; // Escape, the window's close button: the answer would be lost with the dialog
    QDialog::reject();
}

void ImageShareDialog::setBusy(bool on)
{
    m_busyCount = std::max(0, m_busyCount + (on ? 1 : -1));
    const bool busy = m_busyCount > 0;
    m_busy->setVisible(busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    m_project->setEnabled(!busy);
    updateButtons();
}

void ImageShareDialog::updateButtons()
{
    const bool idle = m_busyCount == 0 && m_session;
    m_add->setEnabled(idle);
    m_refresh->setEnabled(idle);
    m_remove->setEnabled(idle && !m_table->selectedItems().isEmpty());
}

void ImageShareDialog::retranslateUi()
{
    setWindowTitle(tr("Share Image"));
    //: %1 = image name, %2 = image ID
    m_heading->setText(tr("The projects %1 (%2) is shared with. A project sees the image once it "
                          "has accepted it.")
                           .arg(m_image.name, m_image.id));
    m_membersLabel->setText(tr("&Members:"));
    m_table->setHorizontalHeaderLabels({tr("Project ID"), tr("Status"), tr("Updated")});
    m_projectLabel->setText(tr("&Project ID:"));
    m_project->setPlaceholderText(m_api == ImageApi::Ims
            ? tr("32 hexadecimal characters")
            : tr("The project's ID"));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_refresh->setText(tr("Re&fresh"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    showMembers();
}

void ImageShareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
