#include "wizard/submittedpage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QVBoxLayout>

#include "jobs/jobmonitor.h"
#include "jobs/jobrecord.h"

using namespace Qt::StringLiterals;

SubmittedPage::SubmittedPage(JobMonitor *monitor, std::function<QString()> localId, QWidget *parent)
    : QWizardPage(parent)
    , m_monitor(monitor)
    , m_localId(std::move(localId))
{
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"submittedSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_jobId = new QLabel(this);
    m_jobId->setObjectName(u"submittedJobId"_s);
    m_jobId->setTextFormat(Qt::PlainText);
    m_jobId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_imageId = new QLabel(this);
    m_imageId->setObjectName(u"submittedImageId"_s);
    m_imageId->setTextFormat(Qt::PlainText);
    m_imageId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_imageId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_jobId);
    layout->addWidget(m_imageId);
    layout->addSpacing(12);
    layout->addWidget(m_next);
    layout->addStretch(1);
    if (m_monitor) {
        // The image ID may come after the page is shown (IMS: when the job succeeds).
        connect(m_monitor, &JobMonitor::jobChanged, this, [this](int row) {
            if (isVisible() && m_localId && m_monitor->rowOf(m_localId()) == row)
                retranslateUi();
        });
    }
    retranslateUi();
}

void SubmittedPage::initializePage()
{
    retranslateUi();
}

void SubmittedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SubmittedPage::retranslateUi()
{
    setTitle(tr("Image Job Sent"));
    m_next->setText(tr("The job monitor follows the job until the image is ready or the cloud "
                       "reports a failure. You can close this wizard; closing the app does not "
                       "stop the job on the cloud."));
    const int row = m_monitor && m_localId ? m_monitor->rowOf(m_localId()) : -1;
    if (row < 0) {
        m_summary->clear();
        m_jobId->clear();
        m_imageId->clear();
        return;
    }
    const JobRecord &r = m_monitor->at(row);
    if (r.state == JobState::NeedsAttention) {
        //: %1 = image name
        m_summary->setText(tr("The cloud's answer to the create of “%1” was lost on the way. "
                              "Imagewright looks for the job by its marker tag; the monitor "
                              "shows what it finds.")
                               .arg(r.name));
    } else {
        //: %1 = image name
        m_summary->setText(tr("The cloud accepted the request for “%1”.").arg(r.name));
    }
    //: %1 = the cloud's job ID
    m_jobId->setText(r.jobId.isEmpty() ? QString() : tr("Job ID: %1").arg(r.jobId));
    //: %1 = the new image's ID
    m_imageId->setText(
        r.imageIds.isEmpty() ? QString() : tr("Image ID: %1").arg(r.imageIds.first()));
}
