#pragma once

#include <functional>

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QWizardPage>

#include "create/cinderuploadrequest.h"
#include "create/createorder.h"
#include "create/createsummary.h"
#include "create/creationmethod.h"
#include "create/glancecreaterequest.h"
#include "create/imsecsrequest.h"
#include "create/novacreateimagerequest.h"
#include "create/requestfile.h"

class ApiError;
class CloudSession;
class InlineMessage;
class QFormLayout;
class QGroupBox;
class JobMonitor;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

/// The commit page: first what will be made in words (CreateSummary: the method, the source by
/// name, the image, what the cloud does, how long it took before, what Imagewright adds), then
/// under "Request" the URL (and for Nova the microversion header) and the exact JSON body that
/// "Create" sends, marker included. Create submits through
/// JobMonitor::submitIms, submitNova or submitCinder asynchronously: the first validatePage()
/// starts it and returns false; the answer either moves the wizard on (the job is tracked, also
/// when the outcome is unknown) or shows the cloud's refusal here, with everything the operator
/// typed kept.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)
public:
    /// Where the page reads what to send: the chosen method and that method's page request.
    struct Sources
    {
        std::function<CreationMethod()> method;
        /// The IMS method page's request (methods 1–4) as a request file: method and body.
        std::function<RequestFile()> ims;
        std::function<NovaCreateImageRequest()> nova;
        std::function<CinderUploadRequest()> cinder;
        std::function<GlanceCreateRequest()> glance;
        std::function<QString()> glanceFile; // the local image file to upload
        /// The server or volume chosen (name, ID); empty for the file methods. May be unset.
        std::function<std::pair<QString, QString>()> source;
    };
    /// Asks where to save a request file: (parent, caption, suggested path) → chosen path, empty
    /// when cancelled. A test seam; by default QFileDialog::getSaveFileName.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggested)>;
    static void setSaveFileChooser(SaveFileChooser chooser);

    ReviewPage(
        CloudSession *session, JobMonitor *monitor, Sources sources, QWidget *parent = nullptr);

    /// The method of the request shown (set when the page is entered).
    CreationMethod method() const { return m_order.method; }
    QString marker() const { return m_order.marker; }
    QJsonObject body() const { return m_order.body; }
    QString bodyText() const;
    /// What the page says first (method, source, image, what the cloud does, what is added).
    const CreateSummary &summary() const { return m_summary; }
    QString urlText() const;
    /// The headers beyond Content-Type and the token that Create sends (Nova: the microversion,
    /// negotiated when sending), one per line; empty for IMS.
    QString headersText() const;
    bool isSubmitting() const { return m_submitting; }
    /// The local id of the tracked job once the cloud accepted it.
    QString submittedJob() const { return m_localId; }
    InlineMessage *errorMessage() const { return m_error; }

    /// The request file of the current inputs: the body as the operator means it, no marker.
    QByteArray requestFileText() const;
    /// The request file of the current inputs (ims-ecs, or nova-create-image with
    /// params.server_id).
    RequestFile requestFile() const;
    /// The create as a curl command: the exact URL and body Create sends, the token left as
    /// the shell variable $OS_TOKEN (never the real one).
    QString curlCommand() const;
    /// "Save request…": asks for a path (default: the image name) and writes the request file.
    /// True when a file was written.
    bool saveRequest();
    /// "Copy as curl": puts curlCommand() on the clipboard.
    void copyAsCurl();
    QPushButton *saveRequestButton() const { return m_saveRequest; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }

    void initializePage() override;
    /// At least the height its wrapped lines need at its width (the request body shrinks
    /// first), so the wizard grows to show them whole instead of keeping the method page's
    /// height and squeezing them (issue 16).
    QSize minimumSizeHint() const override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void submitted(const QString &localId);
    void submittingChanged(bool submitting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setSubmitting(bool on);
    void handleAnswer(const ApiError &error, const QString &localId);
    QUrl targetUrl() const;
    /// " --cacert 'FILE'" or " --insecure" for the profile's TLS mode; empty for Verify.
    QString curlTlsOption() const;
    /// The create the pages describe, with `chosenMarker` where a marker goes.
    CreateOrder orderFromSources(const QString &chosenMarker) const;
    void updateSummary();

    QPointer<CloudSession> m_session;
    QPointer<JobMonitor> m_monitor;
    Sources m_sources;
    CreateOrder m_order; // what Create sends, as shown
    QString m_localId;
    bool m_submitting = false;

    CreateSummary m_summary;
    QFormLayout *m_summaryForm = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_cloudDoes = nullptr;
    QLabel *m_typicalTime = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QLabel *m_requestCaption = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_headers = nullptr;
    QPlainTextEdit *m_bodyView = nullptr;
    QLabel *m_markerNote = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    InlineMessage *m_error = nullptr;
    InlineMessage *m_insecureNote = nullptr; // the profile does not verify certificates
    QPushButton *m_saveRequest = nullptr;
    QPushButton *m_copyCurl = nullptr;
    QString m_lastSaveDir;
};
