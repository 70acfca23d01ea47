#include "wizard/imsdatadiskpage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "widgets/inlinemessage.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/osversionpicker.h"

using namespace Qt::StringLiterals;

ImsDataDiskPage::ImsDataDiskPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_fields = new ImsImageFieldsEditor(this);
    m_osVersionLabel = new QLabel(this);
    m_osVersion = new OsVersionPicker(this);
    m_osVersion->setObjectName(u"dataDiskOsVersion"_s);
    m_osVersion->setSession(session);
    m_osVersionMessage = new InlineMessage(this);
    m_osVersionMessage->setObjectName(u"dataDiskOsVersionMessage"_s);
    m_typeLabel = new QLabel(this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"dataDiskType"_s);
    for (const QString &type : ImsDataDiskRequest::imageTypes())
        m_type->addItem(type, type); // API values, as the document prints them; ECS first
    m_typeMessage = new InlineMessage(this);
    m_typeMessage->setObjectName(u"dataDiskTypeMessage"_s);
    m_notes = new InlineMessage(this);
    m_notes->setObjectName(u"dataDiskNotes"_s);
    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"dataDiskOtherMessage"_s);

    QFormLayout *form = m_fields->form();
    m_osVersionLabel->setBuddy(m_osVersion);
    form->insertRow(2,
        m_osVersionLabel,
        ImsImageFieldsEditor::withMessage(m_osVersion, m_osVersionMessage, this));
    m_typeLabel->setBuddy(m_type);
    form->insertRow(3, m_typeLabel, ImsImageFieldsEditor::withMessage(m_type, m_typeMessage, this));

    // The fields scroll (issue 16: the page was taller than a 768-pixel screen, 1,159 px in
    // Spanish); the volume list beside them keeps its place.
    auto *leftContent = new QWidget(this);
    auto *left = new QVBoxLayout(leftContent);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_notes);
    left->addWidget(m_fields);
    left->addWidget(m_fields->tagsBox(), 1);
    left->addWidget(m_otherMessage);
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(u"dataDiskScroll"_s);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    // Always there: a scroll bar that comes and goes with a message would move every field.
    leftScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    leftScroll->setWidget(leftContent);

    m_volumeBox = new QGroupBox(this);
    m_picker = new VolumePicker(m_volumeBox);
    m_picker->setRule(&ImsDataDiskPage::verdict);
    m_picker->setSession(session);
    setPicker(m_picker);
    auto *volumeLayout = new QVBoxLayout(m_volumeBox);
    volumeLayout->addWidget(m_picker);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll, 1);
    layout->addWidget(m_volumeBox, 1);

    for (const auto &[field, m] : m_fields->messages())
        bindMessage(field, m);
    bindMessage(u"os_version"_s, m_osVersionMessage);
    bindMessage(u"type"_s, m_typeMessage);
    registerField(
        u"imsDataDisk.volumeId*"_s, m_picker, "volumeId", SIGNAL(volumeIdChanged(QString)));
    connect(m_fields, &ImsImageFieldsEditor::changed, this, &ImsDataDiskPage::revalidate);
    connect(m_osVersion, &OsVersionPicker::osVersionChanged, this, &ImsDataDiskPage::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ImsDataDiskPage::revalidate);
    connect(m_picker, &VolumePicker::volumeIdChanged, this, &ImsDataDiskPage::revalidate);

    retranslateUi();
    revalidate();
}

VolumePicker::Verdict ImsDataDiskPage::verdict(const CinderVolume &volume)
{
    if (volume.isSystemDisk())
        return {
            false, tr("The system disk of an ECS: use \"System disk image from an ECS\" for it.")};
    if (volume.status != u"available"_s && volume.status != u"in-use"_s)
        //: %1 = the volume's status as the cloud reports it
        return {false, tr("IMS cannot use a disk that is %1.").arg(volume.status)};
    if (!volume.bootable)
        return {true, tr("Not marked bootable: make sure an OS is installed on it.")};
    return {true, {}};
}

void ImsDataDiskPage::initializePage()
{
    if (!m_osVersionsLoaded) {
        m_osVersionsLoaded = true;
        m_osVersion->load();
    }
    MethodFormPage::initializePage();
}

ImsDataDiskRequest ImsDataDiskPage::request() const
{
    ImsDataDiskRequest r;
    static_cast<ImsImageFields &>(r) = m_fields->fields();
    r.volumeId = m_picker->volumeId();
    r.osVersion = m_osVersion->osVersion();
    r.type = m_type->currentData().toString();
    return r;
}

void ImsDataDiskPage::setRequest(const ImsDataDiskRequest &request)
{
    m_fields->setFields(request);
    m_picker->setVolumeId(request.volumeId);
    m_osVersion->setOsVersion(request.osVersion);
    m_type->setCurrentIndex(qMax(0, m_type->findData(request.type)));
    revalidate();
}

void ImsDataDiskPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::ImsDataDisk)); // as on the chooser
    setSubTitle(tr("IMS makes a private system disk image from a data disk that holds an "
                   "installed operating system."));
    m_osVersionLabel->setText(tr("OS &version:"));
    m_typeLabel->setText(tr("Image &type:"));
    m_type->setToolTip(tr("ECS and FusionCompute: an ECS image. BMS and Ironic: a BMS image."));
    m_volumeBox->setTitle(tr("Data disk", "group box title: the volume the image is made from"));
    m_notes->showMessage(InlineMessage::Kind::Info,
        tr("Before you start, make sure an OS is installed on the data disk and has been "
           "optimized (see \"Optimizing a Windows Private Image\" and \"Optimizing a Linux "
           "Private Image\" in the IMS User Guide). IMS cannot verify the OS on the disk: choose "
           "the OS version carefully, or the image may be unusable."));
}

void ImsDataDiskPage::revalidate()
{
    const ImsDataDiskRequest r = request();
    const FieldErrors all = r.validate();
    QSet<QString> quiet{u"volume_id"_s}; // the picker shows what can be chosen
    if (!m_fields->nameTouched() && r.name.isEmpty())
        quiet.insert(u"name"_s);
    showFieldErrors(all, m_otherMessage, quiet, m_fields->tagMessages());
    setValid(all.isEmpty());
}
