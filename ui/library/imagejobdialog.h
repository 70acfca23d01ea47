#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include "create/fielderror.h"
#include "jobs/jobrecord.h"
#include "library/imagejobrequest.h"
#include "library/libraryimage.h"

class CloudSession;
class InlineMessage;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

/// What the Copy and Export to OBS dialogs share (ImageCopyDialog, ImageExportDialog): a
/// heading naming the image, a form whose fields show their own errors (an InlineMessage per
/// API field), a message for what concerns the whole request, and the start button. start()
/// checks the form's local rules (nothing sent when one fails), then runs the order
/// (ImageJobRun: the image's state is checked before sending); a job the cloud took is handed
/// to the monitor with jobStarted() and the dialog closes.
class ImageJobDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageJobDialog)
public:
    /// Checks and sends. False when nothing was sent (a rule failed, or busy).
    bool start();
    bool isBusy() const { return m_busy; }
    /// While the request is on its way the dialog stays: its answer (a job) must not be lost.
    void reject() override;

    QPushButton *startButton() const;
    InlineMessage *generalMessage() const { return m_general; }
    /// The message under the field of an API field name ("name", "bucket"); null when none.
    InlineMessage *messageFor(const QString &field) const { return m_messages.value(field); }

Q_SIGNALS:
    /// The cloud runs the job: the monitor follows it (JobMonitor::trackActionJob).
    void jobStarted(const JobRecord &record);

protected:
    ImageJobDialog(CloudSession *session, const LibraryImage &image, QWidget *parent);

    /// The form's local rules at their fields; empty: the order may be sent.
    virtual FieldErrors validate() const = 0;
    virtual ImageJobOrder order() const = 0;
    virtual void retranslateUi() = 0;

    /// Adds a row: `label` with `field` as its buddy and, under it, the message of `apiField`.
    void addRow(QLabel *label, QWidget *field, const QString &apiField);
    /// Builds the layout around `form`; call once from the subclass's constructor.
    void finishLayout();
    /// The heading, button texts and the rest shared by both dialogs, in the UI language.
    void retranslateCommon(const QString &title, const QString &heading, const QString &startText);
    void changeEvent(QEvent *event) override;

    QPointer<CloudSession> m_session;
    LibraryImage m_image;
    QFormLayout *m_form = nullptr;

private:
    void setBusy(bool on);

    QLabel *m_heading = nullptr;
    InlineMessage *m_general = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    QHash<QString, InlineMessage *> m_messages;
    bool m_busy = false;
};
