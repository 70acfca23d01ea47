#pragma once

#include <functional>

#include <QPointer>
#include <QString>
#include <QWizardPage>

class JobMonitor;
class QLabel;

/// The last page, after Create: what was sent and where to follow it. The job is already a row
/// of the monitor by then. The job ID (IMS) and the image ID (Nova createImage answers with it;
/// IMS once the job succeeded) are shown as soon as the monitor knows them.
class SubmittedPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittedPage)
public:
    SubmittedPage(JobMonitor *monitor, std::function<QString()> localId, QWidget *parent = nullptr);

    void initializePage() override;
    QLabel *imageIdLabel() const { return m_imageId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<JobMonitor> m_monitor;
    std::function<QString()> m_localId;
    QLabel *m_summary = nullptr;
    QLabel *m_jobId = nullptr;
    QLabel *m_imageId = nullptr;
    QLabel *m_next = nullptr;
};
