#pragma once

#include <QDialog>
#include <QPointer>

#include "jobs/jobrecord.h"
#include "library/imagemembers.h"
#include "library/libraryimage.h"

class CloudSession;
class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

/// "Share Image…" of the image library: the projects the image is shared with and where each
/// stands (pending, accepted, rejected), a project ID to add, and Remove for the selected
/// members. Every rule is checked first (MemberChange::validate, at the project field;
/// checkAgainst, in the dialog). Glance answers at once and the list shows the result; IMS runs
/// the change as an asynchronous job: jobStarted() hands its record to the monitor and the
/// dialog says so; once the job has ended the members are read again (jobsChanged()).
class ImageShareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageShareDialog)
public:
    ImageShareDialog(
        CloudSession *session, ImageApi api, const LibraryImage &image, QWidget *parent = nullptr);

    /// Reads the members again.
    void refresh();
    /// The monitor's jobs: once an IMS job this dialog started has ended (succeeded or failed),
    /// the members are read again by themselves.
    void jobsChanged(const QList<JobRecord> &records);
    /// Adds the project typed in the field (what Add does). False when nothing was sent.
    bool addProject();
    /// Removes the selected members (what Remove does). False when nothing was sent.
    bool removeSelected();
    bool isBusy() const { return m_busyCount > 0; }
    const QList<ImageMember> &members() const { return m_members; }
    /// While a change is on its way the dialog stays: its answer (an IMS job) must not be lost.
    void reject() override;

    QTableWidget *memberTable() const { return m_table; }
    QLineEdit *projectEdit() const { return m_project; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *refreshButton() const { return m_refresh; }
    InlineMessage *projectMessage() const { return m_projectMessage; }
    InlineMessage *generalMessage() const { return m_general; }

Q_SIGNALS:
    /// An IMS batch job the cloud now runs: the monitor follows it (JobMonitor::trackActionJob).
    void jobStarted(const JobRecord &record);
    /// Glance changed the image (made it "shared" before its first member).
    void imageChanged(const QString &imageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showMembers();
    void send(const MemberChange &change);
    void setBusy(bool on);
    void updateButtons();

    QPointer<CloudSession> m_session;
    ImageApi m_api;
    LibraryImage m_image;
    QList<ImageMember> m_members;
    int m_busyCount = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_membersLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_project = nullptr;
    InlineMessage *m_projectMessage = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QStringList m_runningJobs; // the cloud's ids of the IMS jobs started here, not ended yet
    InlineMessage *m_general = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
