#include "dialogs/passwordprompt.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/accessiblenames.h"

using namespace Qt::StringLiterals;

PasswordPrompt::PasswordPrompt(const QString &profileName, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_profileName(profileName)
    , m_userName(userName)
{
    AccessibleNames::install(this);
    setObjectName(u"passwordPrompt"_s);
    setWindowModality(Qt::WindowModal);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setVisible(false);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
        | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    m_reveal = new QToolButton(this);
    m_reveal->setObjectName(u"revealPassword"_s);
    // Press and hold: the password shows only while the button is down (reliability.md §5).
    connect(m_reveal, &QToolButton::pressed, this, [this] {
        m_password->setEchoMode(QLineEdit::Normal);
    });
    connect(m_reveal, &QToolButton::released, this, [this] {
        m_password->setEchoMode(QLineEdit::Password);
    });
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_reveal);

    m_save = new QRadioButton(this);
    m_save->setObjectName(u"saveInKeychain"_s);
    m_save->setChecked(true);
    m_sessionOnly = new QRadioButton(this);
    m_sessionOnly->setObjectName(u"sessionOnly"_s);

    auto *form = new QFormLayout;
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, passwordRow);
    form->addRow(QString(), m_save);
    form->addRow(QString(), m_sessionOnly);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordPrompt::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    setTabOrder(m_password, m_reveal);
    setTabOrder(m_reveal, m_save);
    setTabOrder(m_save, m_sessionOnly);
    m_password->setFocus();
    retranslateUi();
    updateOk();
}

PasswordPrompt::~PasswordPrompt()
{
    m_password->clear();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

void PasswordPrompt::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool PasswordPrompt::saveInKeychain() const
{
    return m_save->isChecked();
}

void PasswordPrompt::setSaveInKeychain(bool save)
{
    (save ? m_save : m_sessionOnly)->setChecked(true);
}

void PasswordPrompt::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void PasswordPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PasswordPrompt::retranslateUi()
{
    setWindowTitle(tr("Password Needed"));
    //: %1 = cloud profile name, %2 = user name
    m_heading->setText(tr("Enter the password of user %2 for the cloud profile “%1”.")
                           .arg(m_profileName, m_userName));
    m_passwordLabel->setText(tr("&Password:"));
    m_reveal->setText(tr("Show", "press and hold to show the password"));
    m_reveal->setToolTip(tr("Press and hold to show the password"));
    m_save->setText(tr("&Save in the system keychain"));
    m_sessionOnly->setText(tr("&Use for this session only (forgotten when Imagewright quits)"));
}

void PasswordPrompt::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_password->text().isEmpty());
}
