#include "dialogs/firstrundialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/accessiblenames.h"

using namespace Qt::StringLiterals;

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"firstRunDialog"_s);
    AccessibleNames::install(this);
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_demo = new QCommandLinkButton(this);
    m_demo->setObjectName(u"demoCloudButton"_s);
    m_demo->setDefault(true);
    m_profilesNote = new QLabel(this);
    m_profilesNote->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    m_addProfile = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_addProfile->setObjectName(u"addProfileButton"_s);
    m_later = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_quit = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addWidget(m_demo);
    layout->addWidget(m_profilesNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_demo, &QCommandLinkButton::clicked, this, &QDialog::accept);
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_quit, &QPushButton::clicked, this, [this] { done(Quit); });
    connect(m_addProfile, &QPushButton::clicked, this, [this] { done(AddProfile); });

    retranslateUi();
    resize(520, 320);
}

void FirstRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Imagewright"));
    m_heading->setText(tr("Welcome to Imagewright"));
    m_text->setText(tr("There is no cloud profile yet. The demo cloud runs on this computer and "
                       "answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It "
                       "makes no real images and needs no account."));
    m_demo->setText(tr("Demo cloud (local)"));
    m_demo->setDescription(tr("Start the bundled demo cloud and try every step with it."));
    m_profilesNote->setText(tr("Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, "
                               "FJcloud-O, OpenStack) come with the profile editor."));
    m_addProfile->setText(tr("&Add a Cloud Profile…"));
    m_later->setText(tr("&Later"));
    m_quit->setText(tr("&Quit"));
}
