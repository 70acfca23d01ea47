#include "dialogs/profilesdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cloud/profilestore.h"

using namespace Qt::StringLiterals;

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(u"profilesDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(6);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &ProfileStore::changed, this, &ProfilesDialog::populate);
    retranslateUi();
    populate();
    resize(900, 360);
}

void ProfilesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        populate();
    }
    QDialog::changeEvent(event);
}

void ProfilesDialog::retranslateUi()
{
    setWindowTitle(tr("Cloud Profiles"));
    m_intro->setText(tr("The cloud profiles saved on this computer. Passwords are kept in the "
                        "system keychain, never here."));
    m_list->setHeaderLabels({tr("Name", "profile name"),
        tr("Cloud", "profile list column"),
        tr("Region", "profile list column"),
        tr("Project", "profile list column"),
        tr("User", "profile list column"),
        tr("Identity URL")});
}

void ProfilesDialog::populate()
{
    m_list->clear();
    const std::optional<CloudProfile> current = m_profiles->current();
    for (const CloudProfile &p : m_profiles->profiles()) {
        const bool isCurrent = current && current->id == p.id;
        auto *item = new QTreeWidgetItem(m_list,
            {p.name,
                CloudProfile::familyDisplayName(p.family),
                p.region,
                p.projectName.isEmpty() ? p.projectId : p.projectName,
                p.userName,
                p.authUrl.toString(QUrl::RemoveUserInfo)});
        if (isCurrent) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setToolTip(0, tr("The profile in use"));
        }
    }
}
