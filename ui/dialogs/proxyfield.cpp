#include "dialogs/proxyfield.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "net/proxyresolver.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

ProxyField::ProxyField(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(parent))
    , m_mode(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    m_mode->setObjectName(u"proxyMode"_s);
    m_mode->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (ProxyMode mode : {ProxyMode::Environment, ProxyMode::None, ProxyMode::Url})
        m_mode->addItem(QString(), CloudProfile::proxyModeKey(mode));
    m_url->setObjectName(u"proxyUrl"_s);
    m_message->setObjectName(u"proxyMessage"_s);
    m_label->setBuddy(m_mode);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_mode);
    column->addWidget(m_url);
    column->addWidget(m_message);
    setTabOrder(m_mode, m_url);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        Q_EMIT edited();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ProxyField::edited);
    retranslateUi();
    updateVisibility();
}

QWidget *ProxyField::firstFocus() const
{
    return m_mode;
}

QWidget *ProxyField::lastFocus() const
{
    return m_url;
}

ProxyMode ProxyField::mode() const
{
    return CloudProfile::proxyModeFromKey(m_mode->currentData().toString());
}

void ProxyField::load(const CloudProfile &profile)
{
    const int index = m_mode->findData(CloudProfile::proxyModeKey(profile.proxyMode));
    m_mode->setCurrentIndex(index < 0 ? 0 : index);
    m_url->setText(profile.proxyUrl);
    m_message->clearMessage();
    updateVisibility();
}

void ProxyField::apply(CloudProfile *profile) const
{
    profile->proxyMode = mode();
    profile->proxyUrl = profile->proxyMode == ProxyMode::Url ? m_url->text().trimmed() : QString();
}

bool ProxyField::validate()
{
    if (mode() != ProxyMode::Url) {
        m_message->clearMessage();
        return true;
    }
    const QString problem = ProxyResolver::checkProfileUrl(m_url->text());
    if (problem.isEmpty()) {
        m_message->clearMessage();
        return true;
    }
    m_message->showError(problem);
    return false;
}

void ProxyField::updateVisibility()
{
    m_url->setVisible(mode() == ProxyMode::Url);
    if (mode() != ProxyMode::Url)
        m_message->clearMessage();
}

void ProxyField::retranslateUi()
{
    m_label->setText(tr("Pro&xy:"));
    m_mode->setItemText(0, tr("From the environment or the system"));
    m_mode->setItemText(1, tr("None: connect directly"));
    m_mode->setItemText(2, tr("This proxy:"));
    m_mode->setToolTip(tr("The environment means https_proxy, http_proxy and no_proxy as curl "
                          "reads them, else the system's proxy settings."));
    m_url->setPlaceholderText(tr("Proxy URL, e.g. http://proxy.example.com:3128"));
}

void ProxyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
