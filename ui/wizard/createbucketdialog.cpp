#include "wizard/createbucketdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "obs/bucketcreator.h"
#include "obs/bucketrules.h"
#include "widgets/accessiblenames.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

CreateBucketDialog::CreateBucketDialog(S3Client *client, const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_region(region)
    , m_creator(new ObsBucketCreator(this))
{
    AccessibleNames::install(this);
    setObjectName(u"createBucketDialog"_s);
    setWindowModality(Qt::WindowModal);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"createBucketName"_s);
    m_name->setMaxLength(63);
    m_nameLabel->setBuddy(m_name);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"createBucketNameMessage"_s);
    m_message->setField(m_name);

    auto *field = new QVBoxLayout;
    field->setContentsMargins(0, 0, 0, 0);
    field->setSpacing(2);
    field->addWidget(m_name);
    field->addWidget(m_message);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, field);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { create(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBucketDialog::nameChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_name->setFocus();
    retranslateUi();
    nameChanged();
}

bool CreateBucketDialog::isBusy() const
{
    return m_creator->isBusy();
}

void CreateBucketDialog::nameChanged()
{
    const QString name = m_name->text().trimmed();
    const auto why = ObsBucketRules::checkBucketName(name);
    // Nothing typed yet: no complaint, Create waits.
    m_message->showError(name.isEmpty() ? QString() : why.value_or(QString()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!why && !m_creator->isBusy());
}

bool CreateBucketDialog::create()
{
    const QString name = m_name->text().trimmed();
    if (const auto why = ObsBucketRules::checkBucketName(name)) {
        m_message->reveal();
        m_message->showError(*why);
        return false;
    }
    m_name->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    //: %1 = bucket name
    m_message->showMessage(InlineMessage::Kind::Info, tr("Creating the bucket %1…").arg(name));
    m_creator->create(m_client, name, m_region, [this, name](const QString &error) {
        m_name->setEnabled(true);
        if (error.isEmpty()) {
            m_created = name;
            m_message->clearMessage();
            accept();
            return;
        }
        m_message->reveal();
        m_message->showError(error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_name->setFocus();
    });
    return true;
}

void CreateBucketDialog::retranslateUi()
{
    setWindowTitle(tr("Create OBS Bucket"));
    //: %1 = region such as eu-de
    m_heading->setText(tr("The bucket is created in the profile's region %1 with the Standard "
                          "storage class, so IMS can import from it. Its name must be unique "
                          "across all OBS accounts.")
                           .arg(m_region));
    m_nameLabel->setText(tr("Bucket &name:"));
    m_name->setPlaceholderText(tr("3–63 lowercase letters, digits, hyphens or periods"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create", "create the bucket"));
}

void CreateBucketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
