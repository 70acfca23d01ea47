#include "wizard/novapage.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "create/imagerules.h"
#include "create/imsecsrequest.h" // MarkerTagKey
#include "widgets/inlinemessage.h"
#include "widgets/keyvalueeditor.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/createimagewizard.h"
#include "wizard/serverpicker.h"

using namespace Qt::StringLiterals;

namespace {
const QString MetadataPrefix = u"metadata"_s;
} // namespace

NovaPage::NovaPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"novaNameLabel"_s);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"novaName"_s);
    m_nameMessage = new InlineMessage(this);
    m_nameMessage->setObjectName(u"novaNameMessage"_s);
    m_nameLabel->setBuddy(m_name);
    QWidget *nameBox = ImsImageFieldsEditor::withMessage(m_name, m_nameMessage, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_nameLabel, nameBox);

    m_metadataBox = new QGroupBox(this);
    m_metadata = new KeyValueEditor(m_metadataBox);
    m_metadata->setObjectName(u"novaMetadata"_s);
    auto *metadataLayout = new QVBoxLayout(m_metadataBox);
    metadataLayout->addWidget(m_metadata);

    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"novaOtherMessage"_s);

    m_note = new QLabel(this);
    m_note->setObjectName(u"novaConstraints"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_metadataBox, 1);
    left->addWidget(m_otherMessage);
    left->addWidget(m_note);

    m_serverBox = new QGroupBox(this);
    m_picker = new ServerPicker(m_serverBox);
    setPicker(m_picker);
    m_picker->setRule(ServerPicker::Rule::Nova);
    m_picker->setSession(session);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_picker);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_serverBox, 1);

    registerField(u"nova.name*"_s, m_name);
    registerField(u"nova.serverId*"_s, m_picker, "serverId", SIGNAL(serverIdChanged(QString)));

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_name, &QLineEdit::textChanged, this, &NovaPage::revalidate);
    connect(m_metadata, &KeyValueEditor::changed, this, &NovaPage::revalidate);
    connect(m_picker, &ServerPicker::serverIdChanged, this, &NovaPage::revalidate);

    retranslateUi();
    revalidate();
}

NovaCreateImageRequest NovaPage::request() const
{
    NovaCreateImageRequest r;
    r.serverId = m_picker->serverId();
    r.name = m_name->text(); // not trimmed: a leading or trailing space is an error to show
    for (const KeyValueEditor::Item &item : m_metadata->items())
        r.metadata.append({item.first, item.second});
    return r;
}

void NovaPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::NovaCreateImage)); // as on the chooser
    setSubTitle(tr("The compute service snapshots the server into a new private image. The name "
                   "and metadata follow Nova's rules."));
    m_nameLabel->setText(tr("Nam&e:", "image name"));
    //: %1 = the byte limit (242)
    m_name->setPlaceholderText(
        tr("1–%1 bytes of UTF-8, no leading or trailing space").arg(ImageRules::NovaNameMaxBytes));
    m_metadataBox->setTitle(tr("Metadata", "group box title: image properties"));
    m_metadata->setToolTip(tr("Optional image properties. Keys: ASCII letters, digits, spaces "
                              "and - _ : . (up to 255); values up to 255 characters."));
    //: %1 = the reserved metadata key, imagewright_op
    m_note->setText(
        tr("Before you choose this method:\n"
           "• Servers created from this image must be in the same availability zone as the "
           "original server.\n"
           "• The image cannot be exported to an OBS bucket; use the IMS system disk image "
           "method for that.\n"
           "• Deleting the image does not delete its snapshots, and deleting the server does "
           "not delete the image: remove them yourself.\n"
           "• The image cannot be used to create data disks.\n"
           "• Imagewright adds the metadata item %1 to find the image again.")
            .arg(QString::fromLatin1(MarkerTagKey)));
    m_serverBox->setTitle(tr("Server", "group box title: the server the image is made from"));
}

void NovaPage::revalidate()
{
    const NovaCreateImageRequest r = request();
    const FieldErrors all = r.validate();

    // Name: its own rule first, so the message sits under the field; near the limit, the size.
    const std::optional<QString> nameError = NovaCreateImageRequest::checkName(r.name);
    if (nameError && (m_nameTouched || !r.name.isEmpty() || errorsRevealed())) {
        m_nameMessage->showError(*nameError);
    } else if (const qsizetype bytes = r.name.toUtf8().size(); bytes >= NameBytesShownFrom) {
        //: %1 = bytes of UTF-8 the name uses, %2 = the limit (242)
        m_nameMessage->showMessage(InlineMessage::Kind::Info,
            tr("%1 of %2 bytes").arg(QLocale().toString(bytes)).arg(ImageRules::NovaNameMaxBytes));
    } else {
        m_nameMessage->clearMessage();
    }

    // Metadata: per row; what the editor cannot place (and anything else) under the form.
    FieldErrors rest;
    FieldErrors metadataErrors;
    for (const FieldError &e : all) {
        if (e.field == u"name" || (e.field == u"server_id" && !errorsRevealed()))
            continue; // under the name field; the picker's selection until Next was pressed
        (e.field.startsWith(MetadataPrefix + u'[') ? metadataErrors : rest).append(e);
    }
    rest += m_metadata->setErrors(metadataErrors, MetadataPrefix);
    QStringList other;
    for (const FieldError &e : std::as_const(rest))
        other.append(e.message);
    m_otherMessage->showError(other.join(u'\n'));

    setValid(!nameError && !r.serverId.isEmpty() && all.isEmpty());
}
