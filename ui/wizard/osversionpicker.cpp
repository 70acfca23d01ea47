#include "wizard/osversionpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "cloud/cloudsession.h"
#include "net/restjob.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

OsVersionPicker::OsVersionPicker(QWidget *parent)
    : QWidget(parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"osVersionCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"osVersionText"_s);
    m_text->hide();
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(u"osVersionRefresh"_s);
    m_freeText = new QCheckBox(this);
    m_freeText->setObjectName(u"osVersionFreeText"_s);
    m_status = new InlineMessage(this);
    m_status->setObjectName(u"osVersionStatus"_s);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_combo, 1);
    row->addWidget(m_text, 1);
    row->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_freeText);
    layout->addWidget(m_status);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!isFreeText())
            Q_EMIT osVersionChanged(osVersion());
    });
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (isFreeText())
            Q_EMIT osVersionChanged(osVersion());
    });
    connect(m_freeText, &QCheckBox::toggled, this, &OsVersionPicker::applyFreeText);
    connect(m_refresh, &QToolButton::clicked, this, [this] { load(true); });
    retranslateUi();
    populate();
}

void OsVersionPicker::setSession(CloudSession *session)
{
    m_session = session;
}

void OsVersionPicker::load(bool refresh)
{
    if (!m_session)
        return;
    if (!refresh && m_session->cachedOsVersions()) {
        m_versions = *m_session->cachedOsVersions();
        m_error.clear();
        populate();
        Q_EMIT loaded(int(m_versions.size()));
        return;
    }
    const int generation = ++m_generation;
    m_loading = true;
    m_refresh->setEnabled(false);
    setStatus(tr("Reading the OS versions IMS accepts…"));
    RestJob *job = m_session->imsOsVersions(this);
    connect(job, &RestJob::finished, this, [this, generation](RestJob *j) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_refresh->setEnabled(true);
        QString why;
        std::optional<QList<ImsOsVersion>> list;
        if (j->error())
            m_error = j->error().userMessage();
        else if (!(list = ImsOsVersion::listFromJson(j->body(), &why)))
            //: %1 = technical detail of what was wrong in the answer
            m_error = tr("The cloud's OS version list could not be read (%1).").arg(why);
        if (list) {
            m_error.clear();
            m_versions = *list;
            if (m_session)
                m_session->setCachedOsVersions(m_versions);
        }
        populate();
        Q_EMIT loaded(int(m_versions.size()));
    });
}

QString OsVersionPicker::osVersion() const
{
    if (isFreeText())
        return m_text->text().trimmed();
    return m_combo->currentData().toString();
}

void OsVersionPicker::setOsVersion(const QString &version)
{
    m_pending = version;
    const int index = version.isEmpty() ? 0 : m_combo->findData(version);
    if (index >= 0) {
        m_freeText->setChecked(false);
        m_combo->setCurrentIndex(index);
        return;
    }
    if (m_versions.isEmpty() && m_loading)
        return; // applied when the list arrives
    m_text->setText(version);
    m_freeText->setChecked(true);
}

bool OsVersionPicker::isFreeText() const
{
    return m_freeText->isChecked();
}

void OsVersionPicker::applyFreeText(bool on)
{
    m_combo->setVisible(!on);
    m_text->setVisible(on);
    if (on && m_text->text().isEmpty())
        m_text->setText(m_combo->currentData().toString());
    Q_EMIT osVersionChanged(osVersion());
}

void OsVersionPicker::populate()
{
    const QString current = m_pending.isEmpty() ? m_combo->currentData().toString() : m_pending;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Choose an OS version", "first entry of the OS version list"), QString());
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    QString platform;
    for (const ImsOsVersion &v : std::as_const(m_versions)) {
        if (v.platform != platform) {
            platform = v.platform;
            m_combo->addItem(platform);
            if (model) { // a heading, not a value
                QStandardItem *heading = model->item(m_combo->count() - 1);
                heading->setFlags(heading->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                QFont font = heading->font();
                font.setBold(true);
                heading->setFont(font);
            }
        }
        m_combo->addItem(u"    "_s + v.osVersion, v.osVersion);
    }
    const int index = current.isEmpty() ? 0 : m_combo->findData(current);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty() && !m_loading) {
        m_text->setText(current);
        m_freeText->setChecked(true);
    }
    m_pending.clear();
    if (!m_error.isEmpty())
        //: %1 = why the list could not be read
        setStatus(tr("%1 Type the OS version instead, exactly as IMS lists it.").arg(m_error));
    else if (m_loading)
        setStatus(tr("Reading the OS versions IMS accepts…"));
    else
        setStatus({});
    Q_EMIT osVersionChanged(osVersion());
}

void OsVersionPicker::setStatus(const QString &text)
{
    m_status->showMessage(
        m_error.isEmpty() ? InlineMessage::Kind::Info : InlineMessage::Kind::Warning, text);
}

void OsVersionPicker::retranslateUi()
{
    m_refresh->setText(tr("Refresh", "reload a list from the cloud"));
    m_refresh->setToolTip(tr("Read the OS version list from the cloud again"));
    m_freeText->setText(tr("Type a version that is not listed"));
    m_text->setPlaceholderText(tr("e.g. %1").arg(u"CentOS 7.0 64bit"_s));
    if (m_combo->count() > 0)
        m_combo->setItemText(0, tr("Choose an OS version", "first entry of the OS version list"));
}

void OsVersionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
