#include "wizard/imsecspage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "create/creationmethod.h"
#include "widgets/inlinemessage.h"
#include "widgets/tageditor.h"
#include "wizard/imsimagefieldseditor.h"
#include "wizard/serverpicker.h"

using namespace Qt::StringLiterals;

ImsEcsPage::ImsEcsPage(CloudSession *session, QWidget *parent)
    : MethodFormPage(parent)
    , m_session(session)
{
    m_fields = new ImsImageFieldsEditor(this);
    m_otherMessage = new InlineMessage(this);
    m_otherMessage->setObjectName(u"imsOtherMessage"_s);

    auto *left = new QVBoxLayout;
    left->addWidget(m_fields);
    left->addWidget(m_fields->tagsBox(), 1);
    left->addWidget(m_otherMessage);

    m_serverBox = new QGroupBox(this);
    m_picker = new ServerPicker(m_serverBox);
    setPicker(m_picker);
    m_picker->setSession(session);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_picker);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_serverBox, 1);

    for (const auto &[field, message] : m_fields->messages())
        bindMessage(field, message);
    registerField(u"ims.name"_s, m_fields->nameEdit());
    registerField(u"ims.serverId*"_s, m_picker, "serverId", SIGNAL(serverIdChanged(QString)));
    connect(m_fields, &ImsImageFieldsEditor::changed, this, &ImsEcsPage::revalidate);
    connect(m_picker, &ServerPicker::serverIdChanged, this, &ImsEcsPage::revalidate);

    retranslateUi();
    revalidate();
}

TagEditor *ImsEcsPage::tagEditor() const
{
    return m_fields->tagEditor();
}

QLineEdit *ImsEcsPage::nameEdit() const
{
    return m_fields->nameEdit();
}

InlineMessage *ImsEcsPage::nameMessage() const
{
    return m_fields->nameMessage();
}

ImsEcsRequest ImsEcsPage::request() const
{
    ImsEcsRequest r;
    static_cast<ImsImageFields &>(r) = m_fields->fields();
    r.instanceId = m_picker->serverId();
    return r;
}

void ImsEcsPage::retranslateUi()
{
    setTitle(CreationMethods::title(CreationMethod::ImsEcs)); // as on the chooser
    setSubTitle(tr("IMS makes a private image of the ECS's system disk. Name and description "
                   "follow the Image Management Service rules."));
    m_serverBox->setTitle(tr("ECS", "group box title: the server the image is made from"));
}

void ImsEcsPage::revalidate()
{
    const FieldErrors all = request().validate();
    QSet<QString> quiet{u"instance_id"_s}; // the picker shows what can be chosen
    if (!m_fields->nameTouched() && m_fields->nameEdit()->text().isEmpty())
        quiet.insert(u"name"_s); // don't greet the operator with an error before they typed
    showFieldErrors(all, m_otherMessage, quiet, m_fields->tagMessages());
    setValid(all.isEmpty());
}
