#include "dialogs/profiletlssection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/inlinemessage.h"
#include "widgets/insecurebanner.h"

using namespace Qt::StringLiterals;

ProfileTlsSection::ProfileTlsSection(QWidget *form, QObject *parent)
    : QObject(parent)
    , m_form(form)
{
    m_mode = new QComboBox(m_form);
    m_mode->setObjectName(u"tlsMode"_s);
    m_mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (TlsMode mode : {TlsMode::Verify, TlsMode::CaBundle, TlsMode::Insecure})
        m_mode->addItem(QString(), CloudProfile::tlsModeKey(mode));

    m_caRow = new QWidget(m_form);
    m_caBundle = new QLineEdit(m_caRow);
    m_caBundle->setObjectName(u"caBundle"_s);
    m_caBrowse = new QPushButton(m_caRow);
    m_caBrowse->setObjectName(u"caBundleBrowse"_s);
    m_caBrowse->setAutoDefault(false);
    auto *caLine = new QHBoxLayout(m_caRow);
    caLine->setContentsMargins(0, 0, 0, 0);
    caLine->addWidget(m_caBundle, 1);
    caLine->addWidget(m_caBrowse);
    m_caMessage = new InlineMessage(m_form);
    m_caMessage->setObjectName(u"caBundleMessage"_s);

    m_insecureConfirm = new QCheckBox(m_form);
    m_insecureConfirm->setObjectName(u"insecureConfirm"_s);
    m_warning = new InlineMessage(m_form);
    m_warning->setObjectName(u"tlsWarning"_s);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility({});
        Q_EMIT edited();
    });
    connect(m_caBundle, &QLineEdit::textChanged, this, &ProfileTlsSection::edited);
    connect(m_insecureConfirm, &QCheckBox::toggled, this, &ProfileTlsSection::edited);
    connect(m_caBrowse, &QPushButton::clicked, this, &ProfileTlsSection::chooseCaBundle);
}

void ProfileTlsSection::addRow(QFormLayout *layout)
{
    auto *box = new QWidget(m_form);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_mode);
    column->addWidget(m_caRow);
    column->addWidget(m_caMessage);
    column->addWidget(m_insecureConfirm);
    column->addWidget(m_warning);
    m_label = new QLabel(m_form);
    m_label->setBuddy(m_mode);
    layout->addRow(m_label, box);
    updateVisibility({});
}

QList<QWidget *> ProfileTlsSection::tabOrder() const
{
    return {m_mode, m_caBundle, m_caBrowse, m_insecureConfirm};
}

void ProfileTlsSection::retranslate(const QString &profileName)
{
    m_label->setText(tr("Certificate chec&ks:"));
    m_mode->setItemText(0, tr("Verify certificates (system CAs)"));
    m_mode->setItemText(1, tr("Verify with a CA bundle file"));
    m_mode->setItemText(2, tr("Insecure: do not verify certificates"));
    m_mode->setToolTip(tr("How the cloud's TLS certificate is checked. Use a CA bundle file "
                          "for a cloud with a private certificate authority."));
    m_caBundle->setPlaceholderText(tr("CA bundle file (PEM), e.g. /etc/ssl/private-ca.pem"));
    m_caBrowse->setText(tr("&Browse…"));
    m_caBrowse->setToolTip(tr("Choose the CA bundle file"));
    m_insecureConfirm->setText(tr("I understand the risk: do not verify certificates"));
    updateVisibility(profileName);
}

TlsMode ProfileTlsSection::mode() const
{
    return CloudProfile::tlsModeFromKey(m_mode->currentData().toString());
}

void ProfileTlsSection::load(const CloudProfile &profile)
{
    const int index = m_mode->findData(CloudProfile::tlsModeKey(profile.tlsMode));
    m_mode->setCurrentIndex(index < 0 ? 0 : index);
    m_caBundle->setText(profile.caBundlePath);
    // A saved insecure profile already opted in; a new choice needs the tick again.
    m_insecureConfirm->setChecked(profile.tlsMode == TlsMode::Insecure);
    updateVisibility(profile.name);
    setDemo(profile.family == CloudFamily::Demo);
}

void ProfileTlsSection::setDemo(bool demo)
{
    for (QWidget *w :
        std::initializer_list<QWidget *>{m_mode, m_caBundle, m_caBrowse, m_insecureConfirm})
        w->setEnabled(!demo);
}

void ProfileTlsSection::apply(CloudProfile *profile) const
{
    profile->tlsMode = mode();
    const QString path = m_caBundle->text().trimmed();
    profile->caBundlePath = profile->tlsMode == TlsMode::CaBundle ? path : QString();
}

bool ProfileTlsSection::insecureConfirmed() const
{
    return m_insecureConfirm->isChecked();
}

void ProfileTlsSection::updateVisibility(const QString &profileName)
{
    const TlsMode current = mode();
    m_caRow->setVisible(current == TlsMode::CaBundle);
    m_insecureConfirm->setVisible(current == TlsMode::Insecure);
    if (current == TlsMode::Insecure) {
        const QString name = profileName.isEmpty() ? tr("New profile") : profileName;
        m_warning->showMessage(InlineMessage::Kind::Warning, InsecureBanner::warningText(name));
    } else {
        m_warning->clearMessage();
    }
    if (current != TlsMode::CaBundle)
        m_caMessage->clearMessage();
}

void ProfileTlsSection::showIssues(const ProfileCheck &check, const QString &profileName)
{
    updateVisibility(profileName);
    const TlsMode current = mode();
    if (current == TlsMode::CaBundle) {
        if (check.isError(ProfileField::CaBundle))
            m_caMessage->showError(check.message(ProfileField::CaBundle));
        else
            m_caMessage->clearMessage();
    } else if (current == TlsMode::Insecure && check.isError(ProfileField::InsecureConfirm)) {
        m_caMessage->clearMessage();
        m_warning->showError(check.message(ProfileField::InsecureConfirm) + u'\n'
            + InsecureBanner::warningText(profileName));
    }
}

void ProfileTlsSection::chooseCaBundle()
{
    const QString caption = tr("Choose CA Bundle File");
    const QString current = m_caBundle->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = m_chooser
        ? m_chooser(m_form, caption, dir)
        : QFileDialog::getOpenFileName(
            m_form, caption, dir, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caBundle->setText(QDir::toNativeSeparators(path));
}
