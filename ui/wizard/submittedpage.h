#pragma once

#include <functional>

#include <QPointer>
#include <QString>
#include <QWizardPage>

class JobMonitor;
class QLabel;

/// The last page, after Create: what was sent and where to follow it. The job is already a row
/// of the monitor by then.
class SubmittedPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmittedPage)
public:
    SubmittedPage(JobMonitor *monitor, std::function<QString()> localId, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPointer<JobMonitor> m_monitor;
    std::function<QString()> m_localId;
    QLabel *m_summary = nullptr;
    QLabel *m_jobId = nullptr;
    QLabel *m_next = nullptr;
};
