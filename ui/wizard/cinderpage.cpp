#include "wizard/cinderpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "net/restjob.h"
#include "widgets/inlinemessage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/volumepicker.h"

using namespace Qt::StringLiterals;

CinderPage::CinderPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"cinderName"_s);
    m_nameMessage = new InlineMessage(this);
    m_nameMessage->setObjectName(u"cinderNameMessage"_s);
    m_nameLabel->setBuddy(m_name);
    QWidget *nameBox = ImsImageFieldsEditor::withMessage(m_name, m_nameMessage, this);

    m_diskLabel = new QLabel(this);
    m_diskFormat = new QComboBox(this);
    m_diskFormat->setObjectName(u"cinderDiskFormat"_s);
    m_diskLabel->setBuddy(m_diskFormat);
    m_containerLabel = new QLabel(this);
    m_containerFormat = new QComboBox(this);
    m_containerFormat->setObjectName(u"cinderContainerFormat"_s);
    m_containerLabel->setBuddy(m_containerFormat);
    m_visibilityLabel = new QLabel(this);
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(u"cinderVisibility"_s);
    m_visibilityLabel->setBuddy(m_visibility);
    m_protected = new QCheckBox(this);
    m_protected->setObjectName(u"cinderProtected"_s);

    m_force = new QCheckBox(this);
    m_force->setObjectName(u"cinderForce"_s);
    m_forceNote = new QLabel(this);
    m_forceNote->setObjectName(u"cinderForceNote"_s);
    m_forceNote->setWordWrap(true);
    m_forceNote->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_nameLabel, nameBox);
    form->addRow(m_diskLabel, m_diskFormat);
    form->addRow(m_containerLabel, m_containerFormat);
    form->addRow(m_visibilityLabel, m_visibility);
    form->addRow(QString(), m_protected);
    form->addRow(QString(), m_force);
    form->addRow(QString(), m_forceNote);

    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"cinderOtherMessage"_s);
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"cinderNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_otherMessage);
    left->addWidget(m_notes);
    left->addStretch(1);

    m_volumeBox = new QGroupBox(this);
    m_picker = new VolumePicker(m_volumeBox);
    setPicker(m_picker);
    m_picker->setSession(session);
    m_picker->setRule(&VolumePicker::cinderUploadVerdict);
    auto *volumeLayout = new QVBoxLayout(m_volumeBox);
    volumeLayout->addWidget(m_picker);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_volumeBox, 1);

    registerField(u"cinder.name*"_s, m_name);
    registerField(u"cinder.volumeId*"_s, m_picker, "volumeId", SIGNAL(volumeIdChanged(QString)));

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &CinderPage::revalidate);
    connect(m_force, &QCheckBox::toggled, this, &CinderPage::revalidate);
    connect(m_protected, &QCheckBox::toggled, this, &CinderPage::revalidate);
    connect(m_picker, &VolumePicker::volumeIdChanged, this, &CinderPage::revalidate);
    for (QComboBox *box : {m_diskFormat, m_containerFormat, m_visibility})
        connect(box, &QComboBox::currentIndexChanged, this, &CinderPage::revalidate);

    fillFormats();
    retranslateUi();
    revalidate();
}

CloudFamily CinderPage::family() const
{
    return m_session ? m_session->profile().family : CloudFamily::OpenStack;
}

void CinderPage::fillFormats()
{
    const QSignalBlocker diskBlocker(m_diskFormat);
    const QSignalBlocker containerBlocker(m_containerFormat);
    m_diskFormat->clear();
    m_diskFormat->addItems(CinderUploadRequest::diskFormats(family())); // raw first
    m_containerFormat->clear();
    m_containerFormat->addItems(CinderUploadRequest::containerFormats(family())); // bare first
}

void CinderPage::initializePage()
{
    MethodFormPage::initializePage();
    if (!m_versionAsked)
        discoverVersion();
}

void CinderPage::discoverVersion()
{
    if (!m_session)
        return;
    m_versionAsked = true;
    RestJob *job = m_session->volumeVersions(this);
    connect(job, &RestJob::finished, this, [this](RestJob *j) {
        m_versionKnown = true;
        const auto endpoint = m_session ? m_session->volumeEndpoint() : std::nullopt;
        const bool v2 = endpoint && CloudSession::isVolumeV2(*endpoint);
        m_version =
            j->error() || v2 ? std::nullopt : VolumeApiVersion::fromJson(j->json().object());
        revalidate();
    });
}

CinderUploadRequest CinderPage::request() const
{
    CinderUploadRequest r;
    r.volumeId = m_picker->volumeId();
    r.imageName = m_name->text();
    if (const auto volume = m_picker->selectedVolume())
        r.volumeStatus = volume->status;
    r.force = !m_force->isHidden() && m_force->isChecked();
    r.diskFormat = m_diskFormat->currentText();
    r.containerFormat = m_containerFormat->currentText();
    const bool v31 = m_version && m_version->supportsImageVisibility();
    if (v31) {
        r.visibility = m_visibility->currentData().toString();
        if (m_protected->isChecked())
            r.isProtected = true;
    }
    return r;
}

void CinderPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::CinderUploadToImage)); // as on the chooser
    setSubTitle(tr("The block storage service copies the volume into a new image. The volume "
                   "is “uploading” meanwhile and goes back to its status when the image is "
                   "done."));
    m_nameLabel->setText(tr("Nam&e:", "image name"));
    //: %1 = the limit (255)
    m_name->setPlaceholderText(tr("1–%1 characters").arg(CinderUploadRequest::NameMaxLength));
    m_diskLabel->setText(tr("&Disk format:"));
    m_containerLabel->setText(tr("C&ontainer format:"));
    m_visibilityLabel->setText(tr("&Visibility:"));
    {
        const QSignalBlocker blocker(m_visibility);
        const QString current = m_visibility->currentData().toString();
        m_visibility->clear();
        m_visibility->addItem(tr("private (default)", "image visibility"), QString());
        for (const QString &v : CinderUploadRequest::visibilities()) {
            if (v != u"private")
                m_visibility->addItem(v, v);
        }
        m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(current)));
    }
    m_protected->setText(tr("&Protected (cannot be deleted until unprotected)"));
    m_force->setText(tr("For&ce: upload although the volume is attached"));
    // Seed 000 (force): stop the OS before; Cinder ignores force unless the cloud enables it.
    m_forceNote->setText(tr("With force, the volume can be made into an image although it is "
                            "attached to a server. Stop the OS first. A cloud may ignore "
                            "force (it is an operator setting); then it refuses the request."));
    const bool fj = family() == CloudFamily::FjcloudO;
    QStringList notes{
        tr("Before you make the image:"),
        tr("• CentOS, Ubuntu or Red Hat Enterprise Linux: there is work to do before the "
           "image is made. If the settings remain in the image, servers created from it "
           "cannot communicate over the network."),
        tr("• Windows: run Sysprep on the server before the image is made. Afterwards, "
           "restore the server's snapshot and restart the server."),
        tr("• If /etc/cloud/cloud.cfg does not have the following setting, create "
           "/etc/cloud/cloud.cfg.d/datasource.cfg and add it: datasource_list: ['OpenStack']"),
    };
    if (fj || family() == CloudFamily::Demo) {
        notes << tr("• Before you use the image, check that it exists, that its status is "
                    "active and that it has no sync_status_reason. If it has one, delete the "
                    "image and create it again. Imagewright checks this when the job ends.");
    }
    notes << tr("• No marker can be added to this request: if the cloud's answer is lost, "
                "Imagewright finds the image by the volume, the image name and the time.");
    m_notes->setText(notes.join(u'\n'));
    m_volumeBox->setTitle(tr("Volume", "group box title: the volume the image is made from"));
}

void CinderPage::revalidate()
{
    const std::optional<CinderVolume> volume = m_picker->selectedVolume();
    const bool attached = volume && volume->status == u"in-use";
    // Force is offered only for an attached volume (as Horizon does), with the seed's warning.
    m_force->setVisible(attached);
    m_forceNote->setVisible(attached);
    const bool v31 = m_versionKnown && m_version && m_version->supportsImageVisibility();
    m_visibilityLabel->setVisible(v31);
    m_visibility->setVisible(v31);
    m_protected->setVisible(v31);

    CinderUploadRequest r = request();
    r.force = attached && m_force->isChecked();
    const FieldErrors all = r.validateFor(family(), v31);

    const std::optional<QString> nameError = CinderUploadRequest::checkName(r.imageName);
    if (nameError && (m_nameTouched || !r.imageName.isEmpty() || errorsRevealed()))
        m_nameMessage->showError(*nameError);
    else
        m_nameMessage->clearMessage();

    QStringList other;
    for (const FieldError &e : all) {
        if (e.field == u"image_name"
            || (e.field == u"volume_id" && r.volumeId.isEmpty() && !errorsRevealed()))
            continue; // under the name field; the picker's selection until Next was pressed
        other.append(e.message);
    }
    m_otherMessage->showMessage(attached && all.size() == 1 && all.first().field == u"force"
            ? InlineMessage::Kind::Warning
            : InlineMessage::Kind::Error,
        other.join(u'\n'));

    setValid(all.isEmpty());
}
