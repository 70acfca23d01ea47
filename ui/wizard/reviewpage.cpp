#include "wizard/reviewpage.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QWizard>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "create/imsmethodrequests.h"
#include "create/localfilerequest.h"
#include "create/requestfile.h"
#include "jobs/jobmonitor.h"
#include "model/cindervolume.h"
#include "upload/transferrate.h"
#include "widgets/inlinemessage.h"
#include "widgets/insecurebanner.h"
#include "widgets/secureclipboard.h"

using namespace Qt::StringLiterals;

namespace {

/// The most a file's path takes in the summary; the narrowest review page leaves its field
/// column about 330 px.
constexpr int PathWidthPx = 280;

ReviewPage::SaveFileChooser &saveFileChooser()
{
    static ReviewPage::SaveFileChooser chooser;
    return chooser;
}

/// A POSIX shell single-quoted word.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

void ReviewPage::setSaveFileChooser(SaveFileChooser chooser)
{
    saveFileChooser() = std::move(chooser);
}

ReviewPage::ReviewPage(CloudSession *session, JobMonitor *monitor, Sources sources, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_sources(std::move(sources))
{
    setCommitPage(true); // Back never re-submits a create

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_requestCaption = new QLabel(this);
    m_url = new QLabel(this);
    m_url->setObjectName(u"reviewUrl"_s);
    m_url->setFont(fixed);
    m_url->setTextFormat(Qt::PlainText);
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    m_headers = new QLabel(this);
    m_headers->setObjectName(u"reviewHeaders"_s);
    m_headers->setFont(fixed);
    m_headers->setTextFormat(Qt::PlainText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setWordWrap(true); // the local-file line names the file: a path of any length
    m_headers->setVisible(false);

    auto *grid = new QGridLayout;
    grid->addWidget(m_requestCaption, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(m_headers, 1, 1);
    grid->setColumnStretch(1, 1);

    m_bodyView = new QPlainTextEdit(this);
    m_bodyView->setObjectName(u"reviewBody"_s);
    m_bodyView->setReadOnly(true);
    m_bodyView->setFont(fixed);
    m_bodyView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requestCaption->setBuddy(m_bodyView);

    m_markerNote = new QLabel(this);
    m_markerNote->setWordWrap(true);
    m_markerNote->setTextFormat(Qt::PlainText);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busyLabel = new QLabel(this);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyLabel, 1);

    m_saveRequest = new QPushButton(this);
    m_saveRequest->setObjectName(u"reviewSaveRequest"_s);
    connect(m_saveRequest, &QPushButton::clicked, this, [this] { saveRequest(); });
    m_copyCurl = new QPushButton(this);
    m_copyCurl->setObjectName(u"reviewCopyCurl"_s);
    connect(m_copyCurl, &QPushButton::clicked, this, &ReviewPage::copyAsCurl);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_saveRequest);
    actions->addWidget(m_copyCurl);
    actions->addStretch(1);

    m_error = new InlineMessage(this);
    m_error->setObjectName(u"reviewError"_s);
    m_insecureNote = new InlineMessage(this);
    m_insecureNote->setObjectName(u"reviewInsecure"_s);

    // First in words what will be made; then, under "Request", exactly what is sent.
    m_summaryForm = new QFormLayout;
    m_summaryForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_cloudDoes = new QLabel(this);
    m_cloudDoes->setObjectName(u"reviewCloudDoes"_s);
    m_typicalTime = new QLabel(this);
    m_typicalTime->setObjectName(u"reviewTypicalTime"_s);
    for (QLabel *label : {m_cloudDoes, m_typicalTime, m_markerNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_markerNote->setObjectName(u"reviewAdds"_s);
    m_requestBox = new QGroupBox(this);
    m_requestBox->setObjectName(u"reviewRequest"_s);
    auto *request = new QVBoxLayout(m_requestBox);
    request->addLayout(grid);
    request->addWidget(m_bodyView, 1);
    request->addLayout(actions);

    // The page's own label rather than the wizard's subtitle: the wizard does not give its
    // subtitle the height wrapped Japanese needs at this page's narrow widths (2 px short), and
    // minimumSizeHint() counts this one.
    m_intro = new QLabel(this);
    m_intro->setObjectName(u"reviewIntro"_s);
    m_intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_insecureNote);
    layout->addLayout(m_summaryForm);
    layout->addWidget(m_cloudDoes);
    layout->addWidget(m_typicalTime);
    layout->addWidget(m_markerNote);
    layout->addWidget(m_requestBox, 1);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);

    m_busy->setVisible(false);
    m_busyLabel->setVisible(false);
    retranslateUi();
}

QString ReviewPage::bodyText() const
{
    return QString::fromUtf8(QJsonDocument(m_order.body).toJson(QJsonDocument::Indented));
}

QUrl ReviewPage::targetUrl() const
{
    return m_session ? m_order.targetUrl(*m_session) : QUrl();
}

QString ReviewPage::urlText() const
{
    return u"POST "_s + targetUrl().toString(QUrl::RemoveUserInfo);
}

QString ReviewPage::headersText() const
{
    if (m_order.method == CreationMethod::CinderUploadToImage) {
        const auto endpoint = m_session ? m_session->volumeEndpoint() : std::nullopt;
        if (endpoint && CloudSession::isVolumeV2(*endpoint))
            return {}; // the v2 API has no microversions
        //: A request header shown on the review page; the microversion is chosen when sending
        return u"OpenStack-API-Version: volume "_s + tr("<negotiated when sending>");
    }
    if (m_order.method == CreationMethod::GlanceCreateUpload) {
        //: The second request of the Glance method, shown on the review page. %1 = file size
        return tr("then: PUT …/v2/images/<id>/file with the image file (%1), "
                  "Content-Type: application/octet-stream, a fresh token")
            .arg(TransferRate::sizeText(QFileInfo(m_sources.glanceFile()).size()));
    }
    if (m_order.method == CreationMethod::ImsLocalFile) {
        //: The upload before the import, shown on the review page. %1 = file path, %2 = its
        //: size, %3 = bucket:object
        // The file's name only: a path has nowhere to wrap (the summary shows it, elided).
        const QString line =
            tr("first: the file %1 (%2) uploaded to OBS as %3 in parts (multipart upload)")
                .arg(QFileInfo(m_order.filePath).fileName(),
                    TransferRate::sizeText(QFileInfo(m_order.filePath).size()),
                    m_order.body.value(u"image_url"_s).toString());
        const LocalFileRequest request = LocalFileRequest::fromOrder(m_order);
        if (request.bitmapFile.isEmpty())
            return line;
        //: Added to the upload line of a RAW quick import. %1 = the upload line, %2 = the
        //: bitmap file's name, %3 = bucket:object
        return tr("%1, then its bitmap file %2 as %3")
            .arg(line,
                QFileInfo(request.bitmapFile).fileName(),
                request.bucket + u':' + request.bitmapObject());
    }
    if (m_order.method != CreationMethod::NovaCreateImage)
        return {};
    //: A request header shown on the review page; the microversion is chosen when sending
    return u"OpenStack-API-Version: compute "_s + tr("<negotiated when sending>");
}

RequestFile ReviewPage::requestFile() const
{
    if (m_order.method == CreationMethod::CinderUploadToImage) {
        const CinderUploadRequest request = m_sources.cinder();
        RequestFile file;
        file.method = CreationMethod::CinderUploadToImage;
        file.params = QJsonObject{{u"volume_id"_s, request.volumeId}};
        file.body = request.toBody();
        return file;
    }
    if (m_order.method == CreationMethod::GlanceCreateUpload)
        return RequestFile::fromGlance(m_sources.glance(), m_sources.glanceFile());
    if (m_order.method != CreationMethod::NovaCreateImage)
        return m_sources.ims();
    // The request file of interfaces.md §4: the server in params, the body without the marker.
    const NovaCreateImageRequest request = m_sources.nova();
    RequestFile file;
    file.method = CreationMethod::NovaCreateImage;
    file.params = QJsonObject{{u"server_id"_s, request.serverId}};
    file.body = request.toBody();
    return file;
}

QByteArray ReviewPage::requestFileText() const
{
    return requestFile().toBytes();
}

QString ReviewPage::curlTlsOption() const
{
    if (!m_session)
        return {};
    const CloudProfile &profile = m_session->profile();
    if (profile.tlsMode == TlsMode::Insecure)
        return u" --insecure"_s;
    if (profile.tlsMode == TlsMode::CaBundle)
        return u" --cacert "_s + shellQuote(profile.caBundlePath);
    return {};
}

QString ReviewPage::curlCommand() const
{
    // The profile's TLS rule, as curl spells it (the same CA file, or the same opt-out).
    const QString tls = curlTlsOption();
    const QString body = QString::fromUtf8(QJsonDocument(m_order.body).toJson(QJsonDocument::Compact));
    QString headers = u" \\\n  -H 'Content-Type: application/json'"_s;
    if (m_order.method == CreationMethod::NovaCreateImage) {
        // The app negotiates the microversion when sending; curl sends the highest one Imagewright
        // understands, in the current and the legacy header.
        const QString version = QString::fromLatin1(NovaHighestUnderstood.headerValue());
        headers += u" \\\n  -H 'OpenStack-API-Version: compute "_s + version + u'\''
            + u" \\\n  -H 'X-OpenStack-Nova-API-Version: "_s + version + u'\'';
    }
    if (m_order.method == CreationMethod::CinderUploadToImage && !headersText().isEmpty()) {
        // On a v3 endpoint the app asks for microversion 3.1 where the cloud has it.
        headers += u" \\\n  -H 'OpenStack-API-Version: volume "_s
            + QString::fromLatin1(VolumeImageVisibility.headerValue()) + u'\'';
    }
    if (m_order.method == CreationMethod::GlanceCreateUpload) {
        // Create, then the upload the monitor would do (curl -T streams the file).
        const QString id = m_order.body.value(u"id"_s).toString();
        QUrl file = targetUrl();
        file.setPath(file.path() + u"/"_s + id + u"/file"_s);
        return u"curl"_s + tls + u" -X POST "_s
            + shellQuote(targetUrl().toString(QUrl::RemoveUserInfo)) + headers
            + u" \\\n  -H \"X-Auth-Token: $OS_TOKEN\""_s + u" \\\n  --data-raw "_s
            + shellQuote(body) + u" &&\ncurl"_s + tls + u" -T "_s
            + shellQuote(m_sources.glanceFile()) + u" "_s
            + shellQuote(file.toString(QUrl::RemoveUserInfo))
            + u" \\\n  -H 'Content-Type: application/octet-stream'"_s
            + u" \\\n  -H \"X-Auth-Token: $OS_TOKEN\""_s;
    }
    // "$OS_TOKEN" in double quotes: the shell fills in the operator's own token.
    return u"curl"_s + tls + u" -X POST "_s + shellQuote(targetUrl().toString(QUrl::RemoveUserInfo))
        + headers + u" \\\n  -H \"X-Auth-Token: $OS_TOKEN\""_s + u" \\\n  --data-raw "_s
        + shellQuote(body);
}

bool ReviewPage::saveRequest()
{
    const RequestFile file = requestFile();
    const QString dir = m_lastSaveDir.isEmpty() ? QDir::homePath() : m_lastSaveDir;
    const QString suggested = QDir(dir).filePath(RequestFile::suggestedFileName(m_order.imageName));
    const QString caption = tr("Save Request File");
    const QString path = saveFileChooser()
        ? saveFileChooser()(this, caption, suggested)
        : QFileDialog::getSaveFileName(
            this, caption, suggested, tr("Request files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!file.save(path, &error)) {
        //: %1 = file path, %2 = the file system's message
        m_error->showError(tr("The request file %1 could not be saved: %2")
                               .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_lastSaveDir = QFileInfo(path).absolutePath();
    //: %1 = file path
    m_error->showMessage(InlineMessage::Kind::Info,
        tr("Saved to %1. Send it later with: imagewright submit FILE")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReviewPage::copyAsCurl()
{
    // Not secret: the token is the $OS_TOKEN placeholder, never the session's token
    // (docs/connection.md, clipboard), so it is copied plainly and left on the clipboard.
    SecureClipboard::copyPlain(curlCommand());
    if (m_session && m_session->signsRequests()) {
        // The app signs each request with the secret key at send time; curl cannot compute
        // Huawei's SDK-HMAC-SHA256, and a signature copied here would be a replayable request.
        m_error->showMessage(InlineMessage::Kind::Info,
            tr("Copied. This profile signs its requests with AK/SK, which curl cannot do: the "
               "command authenticates with a token instead. Set OS_TOKEN to an IAM token of "
               "this project before running it. Running it creates an image the monitor does "
               "not follow."));
        return;
    }
    m_error->showMessage(InlineMessage::Kind::Info,
        tr("Copied. Set OS_TOKEN to a token of this project before running it. Running it "
           "creates an image the monitor does not follow."));
}

void ReviewPage::initializePage()
{
    if (!m_localId.isEmpty())
        return; // already sent; never rebuilt after that
    // A fresh marker per visit: nothing was sent with the previous one.
    m_order = orderFromSources(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_url->setText(urlText());
    m_headers->setText(headersText());
    m_headers->setVisible(!m_headers->text().isEmpty());
    m_bodyView->setPlainText(bodyText());
    // One curl cannot do a resumable multipart upload and its import.
    m_copyCurl->setEnabled(m_order.method != CreationMethod::ImsLocalFile);
    m_error->clearMessage();
    retranslateUi(); // also the summary, in the UI's language
}

QSize ReviewPage::minimumSizeHint() const
{
    QSize size = QWizardPage::minimumSizeHint();
    QLayout *box = layout();
    if (!box || !box->hasHeightForWidth() || width() < size.width())
        return size; // not laid out yet: its width says nothing

    // The body view gives up its preferred height first; everything else keeps its own.
    const int bodySlack =
        qMax(0, m_bodyView->sizeHint().height() - m_bodyView->minimumSizeHint().height());
    size.setHeight(qMax(size.height(), box->totalHeightForWidth(width()) - bodySlack));
    return size;
}

CreateOrder ReviewPage::orderFromSources(const QString &chosenMarker) const
{
    // The pages' own request types build the body: they carry the profile's flavour (Glance)
    // that a round trip through a request file would have to guess again.
    CreateOrder order;
    order.method = m_sources.method ? m_sources.method() : CreationMethod::ImsEcs;
    order.marker = chosenMarker;
    switch (order.method) {
    case CreationMethod::CinderUploadToImage: {
        // No marker can be added (interfaces.md §7): the body is sent as shown.
        const CinderUploadRequest request = m_sources.cinder();
        order.marker.clear();
        order.imageName = request.imageName;
        order.sourceId = request.volumeId;
        order.body = request.toBody();
        break;
    }
    case CreationMethod::GlanceCreateUpload: {
        const GlanceCreateRequest request = m_sources.glance();
        order.imageName = request.name;
        order.marker = request.idForSending(chosenMarker); // the image ID is the marker
        order.body = request.toBodyWithId(order.marker);
        order.filePath = m_sources.glanceFile ? m_sources.glanceFile() : QString();
        break;
    }
    case CreationMethod::NovaCreateImage: {
        const NovaCreateImageRequest request = m_sources.nova();
        order.imageName = request.name;
        order.sourceId = request.serverId;
        order.body = request.toBodyWithMarker(order.marker);
        break;
    }
    case CreationMethod::ImsEcs:
    case CreationMethod::ImsEcsDataDisks:
    case CreationMethod::ImsObsFile:
    case CreationMethod::ImsDataDisk: {
        const RequestFile ims = m_sources.ims();
        order.imageName = ims.imageName();
        order.body = ImsRequests::bodyWithMarker(order.method, ims.body, order.marker);
        break;
    }
    case CreationMethod::ImsLocalFile:
        // As `imagewright submit` sends it: the import's body (image_url "bucket:object", the
        // marker) with the file and the bucket's params for the upload before it.
        order = m_sources.ims().order(chosenMarker);
        break;
    }
    return order;
}

void ReviewPage::updateSummary()
{
    if (m_order.body.isEmpty())
        return;
    CreateSummary::Input in;
    in.method = m_order.method;
    in.body = m_order.body;
    in.marker = m_order.marker;
    if (m_sources.source)
        std::tie(in.sourceName, in.sourceId) = m_sources.source();
    if (!m_order.sourceId.isEmpty())
        in.sourceId = m_order.sourceId;
    if ((m_order.method == CreationMethod::GlanceCreateUpload && m_sources.glanceFile)
        || m_order.method == CreationMethod::ImsLocalFile) {
        in.file = QDir::toNativeSeparators(m_order.filePath);
        const QFileInfo info(in.file);
        in.fileSize = info.exists() ? info.size() : -1;
    }
    if (m_order.method == CreationMethod::ImsLocalFile) {
        const LocalFileRequest request = LocalFileRequest::fromOrder(m_order);
        if (!request.bitmapFile.isEmpty()) {
            in.bitmap = QFileInfo(request.bitmapFile).fileName();
            in.bitmapUrl = request.bucket + u':' + request.bitmapObject();
        }
    }
    m_summary = CreateSummary::of(in, m_monitor ? m_monitor->records() : QList<JobRecord>{});
    while (m_summaryForm->rowCount() > 0)
        m_summaryForm->removeRow(0);
    const QString file = in.file;
    const auto addRow = [this, &file](const QString &label, const QString &value) {
        auto *field = new QLabel(this);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // A path has no place to wrap: shown elided in its middle (whole in the tooltip), or
        // it would be cut at the page's edge (issue 16).
        if (!file.isEmpty() && value.contains(file)) {
            const QString shown =
                field->fontMetrics().elidedText(file, Qt::ElideMiddle, PathWidthPx);
            field->setText(QString(value).replace(file, shown));
            field->setToolTip(value);
        } else {
            field->setText(value);
        }
        //: A caption in the review page's summary. %1 = what the row shows
        m_summaryForm->addRow(tr("%1:").arg(label), field);
    };
    addRow(tr("Method"), m_summary.method);
    for (const CreateSummary::Row &row : std::as_const(m_summary.rows))
        addRow(row.label, row.value);
    m_cloudDoes->setText(m_summary.cloudDoes);
    m_typicalTime->setText(m_summary.typicalTime);
    m_markerNote->setText(m_summary.imagewrightAdds);
}

bool ReviewPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_submitting && !m_order.body.isEmpty();
}

bool ReviewPage::validatePage()
{
    if (!m_localId.isEmpty())
        return true; // the answer came: let the wizard move on
    if (m_submitting || !m_session || !m_monitor)
        return false;
    m_error->clearMessage();
    setSubmitting(true);
    auto done = [this](const ApiError &error, const QString &localId) {
        handleAnswer(error, localId);
    };
    m_monitor->submit(m_session, m_order, this, done);
    return false;
}

void ReviewPage::handleAnswer(const ApiError &error, const QString &localId)
{
    setSubmitting(false);
    // An error with a local id is a create whose outcome is unknown: the job is tracked (needs
    // attention) and must not be sent again, so the wizard moves on as for a success.
    if (error && localId.isEmpty()) {
        QString text = error.userMessage();
        if (!error.requestId.isEmpty()) {
            //: %1 = the request ID the cloud returned, for a support ticket
            text += u'\n' + tr("Request ID: %1").arg(error.requestId);
        }
        m_error->showError(text);
        return;
    }
    m_localId = localId;
    Q_EMIT submitted(localId);
    if (wizard())
        wizard()->next(); // validatePage() is true now
}

void ReviewPage::setSubmitting(bool on)
{
    m_submitting = on;
    m_busy->setVisible(on);
    m_busyLabel->setVisible(on);
    Q_EMIT completeChanged();
    Q_EMIT submittingChanged(on);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review", "wizard page title"));
    m_intro->setText(tr("Check what will be made, then Create. Under Request is exactly what is "
                        "sent."));
    setButtonText(QWizard::CommitButton, tr("&Create", "create the image"));
    m_requestCaption->setText(tr("Sen&t to:"));
    m_busyLabel->setText(tr("Sending the request to the cloud…"));
    m_saveRequest->setText(tr("&Save Request…"));
    m_saveRequest->setToolTip(tr("Save these inputs as a request file, to send later with "
                                 "imagewright submit or open again."));
    m_copyCurl->setText(tr("Copy as c&url"));
    m_copyCurl->setToolTip(m_session && m_session->signsRequests()
            ? tr("Copy this request as a curl command line. curl cannot sign with AK/SK: the "
                 "command uses a token, left as $OS_TOKEN.")
            : tr("Copy this request as a curl command line. The token is left as $OS_TOKEN."));
    // Said here too: this create would go out without certificate checks.
    if (m_session && m_session->profile().tlsMode == TlsMode::Insecure) {
        m_insecureNote->showMessage(
            InlineMessage::Kind::Warning, InsecureBanner::warningText(m_session->profile().name));
    } else {
        m_insecureNote->clearMessage();
    }
    m_headers->setText(headersText());
    m_requestBox->setTitle(tr("Request"));
    updateSummary();
}
