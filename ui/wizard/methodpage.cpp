#include "wizard/methodpage.h"

#include <algorithm>

#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "auth/keystonesession.h"
#include "cli/obsprofile.h"
#include "cloud/cloudsession.h"
#include "cloud/servicecatalog.h"
#include "widgets/inlinemessage.h"
#include "wizard/createimagewizard.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int Indent = 26; // aligns the texts under a radio button's label

bool familyHasIms(CloudFamily family)
{
    switch (family) {
    case CloudFamily::Demo:
    case CloudFamily::HuaweiCloud:
    case CloudFamily::OpenTelekomCloud:
        return true;
    case CloudFamily::FjcloudO:
    case CloudFamily::OpenStack:
        return false;
    }
    return false;
}
} // namespace

MethodPage::MethodPage(CloudSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    m_group = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    for (int i = 0; i < CreationMethodCount; ++i) {
        Row row;
        row.method = CreationMethod(i);
        row.button = new QRadioButton(this);
        row.button->setObjectName(u"method-"_s + CreationMethods::key(row.method));
        row.description = new QLabel(this);
        row.description->setWordWrap(true);
        row.description->setContentsMargins(Indent, 0, 0, 0);
        row.reason = new InlineMessage(this);
        row.reason->setContentsMargins(Indent, 0, 0, 0);
        m_group->addButton(row.button, i);
        row.button->installEventFilter(this);
        layout->addWidget(row.button);
        layout->addWidget(row.description);
        layout->addWidget(row.reason);
        layout->addSpacing(2); // eight methods fit 700 px in every language
        m_rows.append(row);
    }
    m_connection = new InlineMessage(this);
    m_connection->setObjectName(u"connectionMessage"_s);
    layout->addStretch(1);
    layout->addWidget(m_connection);

    registerField(u"method"_s, this, "method", SIGNAL(methodChanged(int)));
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        Q_EMIT methodChanged(method());
        Q_EMIT completeChanged();
    });

    retranslateUi();
    updateAvailability();
}

int MethodPage::method() const
{
    return m_group->checkedId(); // -1 when none
}

void MethodPage::setMethod(int method)
{
    if (QAbstractButton *b = m_group->button(method); b && b->isEnabled())
        b->setChecked(true);
}

QRadioButton *MethodPage::button(CreationMethod method) const
{
    return m_rows.value(int(method)).button;
}

bool MethodPage::isAvailable(CreationMethod method) const
{
    return !unavailableReason(method).has_value();
}

std::optional<QString> MethodPage::unavailableReason(CreationMethod method) const
{
    QStringList reasons;
    if (!CreationMethods::isImplemented(method))
        reasons << tr("This version of Imagewright does not build it yet.");
    else if (!hasPage(method))
        //: %1 = the request-file method key, e.g. ims-local-file
        reasons << tr("Not in the wizard yet: send a request file of method %1 with "
                      "imagewright submit.")
                       .arg(CreationMethods::key(method));
    if (!m_session) {
        reasons << tr("No cloud profile is selected.");
    } else if (CreationMethods::isIms(method) && !familyHasIms(m_session->profile().family)) {
        //: %1 = cloud family, e.g. "FJcloud-O" or "OpenStack"
        reasons << tr("%1 clouds have no Image Management Service (IMS).")
                       .arg(CloudProfile::familyDisplayName(m_session->profile().family));
    } else if (const QStringList types = CreationMethods::serviceTypes(method);
               m_session->isConnected()
               && std::none_of(types.cbegin(), types.cend(), [this](const QString &type) {
                      return m_session->catalog().hasService(type);
                  })) {
        //: %1 = a service type of the Keystone catalog, e.g. "image" or "volumev3"
        reasons << tr("The cloud's service catalog lists no “%1” service.")
                       .arg(CreationMethods::serviceType(method));
    } else if (QString why; method == CreationMethod::ImsLocalFile && m_session->isConnected()
               && !ObsProfile::endpointFor(m_session->profile(), m_session->catalog(), &why)) {
        reasons << why; // the upload needs the profile's object storage (OBS)
    }
    if (reasons.isEmpty())
        return std::nullopt;
    return reasons.join(u' ');
}

void MethodPage::initializePage()
{
    if (!m_session || m_session->isConnected() || m_connecting) {
        updateAvailability();
        return;
    }
    m_connecting = true;
    m_connectionError.clear();
    updateAvailability();
    m_session->connectToCloud(this, [this](const ApiError &error) {
        m_connecting = false;
        m_connectionError = error ? error.userMessage() : QString();
        updateAvailability();
    });
}

bool MethodPage::isComplete() const
{
    const int m = method();
    return m >= 0 && m < CreationMethodCount && isAvailable(CreationMethod(m));
}

int MethodPage::nextId() const
{
    const int m = method();
    return m >= 0 && m < CreationMethodCount ? pageOf(CreationMethod(m)) : -1;
}

int MethodPage::pageOf(CreationMethod method)
{
    switch (method) {
    case CreationMethod::ImsEcs:
        return CreateImageWizard::Page_ImsEcs;
    case CreationMethod::ImsEcsDataDisks:
        return CreateImageWizard::Page_ImsDataDisks;
    case CreationMethod::ImsObsFile:
        return CreateImageWizard::Page_ImsObs;
    case CreationMethod::ImsDataDisk:
        return CreateImageWizard::Page_ImsDataDisk;
    case CreationMethod::NovaCreateImage:
        return CreateImageWizard::Page_Nova;
    case CreationMethod::CinderUploadToImage:
        return CreateImageWizard::Page_Cinder;
    case CreationMethod::GlanceCreateUpload:
        return CreateImageWizard::Page_Glance;
    case CreationMethod::ImsLocalFile:
        return CreateImageWizard::Page_ImsLocalFile;
    }
    return -1;
}

bool MethodPage::eventFilter(QObject *watched, QEvent *event)
{
    // The method list is worked with the arrow keys: its focus frame shows whenever it has the
    // focus, not only after a Tab (Qt draws it only while WA_KeyboardFocusChange is set).
    if (event->type() == QEvent::FocusIn) {
        if (auto *button = qobject_cast<QRadioButton *>(watched)) {
            button->window()->setAttribute(Qt::WA_KeyboardFocusChange);
            button->update();
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void MethodPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateAvailability();
    }
    QWizardPage::changeEvent(event);
}

void MethodPage::retranslateUi()
{
    setTitle(tr("Create Image"));
    setSubTitle(tr("Choose how the private image is made."));
    for (const Row &row : std::as_const(m_rows)) {
        row.button->setText(CreationMethods::title(row.method));
        row.description->setText(CreationMethods::description(row.method));
    }
}

void MethodPage::updateAvailability()
{
    for (const Row &row : std::as_const(m_rows)) {
        const std::optional<QString> reason = unavailableReason(row.method);
        row.button->setEnabled(!reason);
        row.description->setEnabled(!reason);
        //: Shown under a creation method that cannot be chosen. %1 = the reason(s)
        row.reason->showMessage(
            InlineMessage::Kind::Info, reason ? tr("Unavailable: %1").arg(*reason) : QString());
        if (reason && row.button->isChecked()) {
            m_group->setExclusive(false); // the only way to uncheck a radio button in a group
            row.button->setChecked(false);
            m_group->setExclusive(true);
            Q_EMIT methodChanged(method());
        }
    }
    if (method() < 0) { // preselect the first method that can be used
        for (const Row &row : std::as_const(m_rows)) {
            if (row.button->isEnabled()) {
                row.button->setChecked(true);
                break;
            }
        }
    }

    if (m_connecting)
        m_connection->showMessage(
            InlineMessage::Kind::Info, tr("Checking which services the cloud offers…"));
    else if (!m_connectionError.isEmpty())
        m_connection->showError(m_connectionError);
    else
        m_connection->clearMessage();
    Q_EMIT completeChanged();
}
