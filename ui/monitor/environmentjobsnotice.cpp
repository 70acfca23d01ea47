#include "monitor/environmentjobsnotice.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

#include "appcore.h"
#include "cloud/profilestore.h"
#include "jobs/jobmonitor.h"
#include "monitor/jobdetailspane.h"
#include "monitor/jobmonitorview.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

EnvironmentJobsNotice::EnvironmentJobsNotice(AppCore *core, JobMonitorView *view)
    : QWidget(view)
    , m_core(core)
    , m_view(view)
{
    setObjectName(u"environmentJobsNotice"_s);
    m_message = new InlineMessage(this);
    m_message->setObjectName(u"environmentJobsMessage"_s);
    m_message->setWordWrap(true);
    m_button = new QPushButton(this);
    m_button->setObjectName(u"signInForJobsButton"_s);
    m_button->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    view->details()->addNotice(this);
    m_action = new QAction(this);
    m_action->setObjectName(u"signInForJobsAction"_s);
    view->addMenuAction(m_action);

    connect(m_button, &QPushButton::clicked, this, &EnvironmentJobsNotice::signIn);
    connect(m_action, &QAction::triggered, this, &EnvironmentJobsNotice::signIn);
    connect(view, &JobMonitorView::currentJobChanged, this, &EnvironmentJobsNotice::refresh);
    connect(core->profiles(), &ProfileStore::changed, this, &EnvironmentJobsNotice::refresh);
    JobMonitor *monitor = core->monitor();
    connect(monitor, &JobMonitor::jobRemoved, this, &EnvironmentJobsNotice::refresh);
    connect(monitor, &JobMonitor::jobChanged, this, [this](int row, JobMonitor::Changes changes) {
        if ((changes & JobChange::State)
            && row == m_core->monitor()->rowOf(m_view->currentLocalId()))
            refresh();
    });
    retranslate();
    refresh();
}

CloudProfile EnvironmentJobsNotice::startingProfile() const
{
    CloudProfile p;
    p.family = CloudFamily::OpenStack;
    if (!m_kept)
        return p;
    p = *m_kept;
    // The Demo family is the app's own demo profile (the editor keeps it as the app writes it);
    // a profile of the operator's for the local demo cloud is an OpenStack one.
    if (p.family == CloudFamily::Demo)
        p.family = CloudFamily::OpenStack;
    return p;
}

void EnvironmentJobsNotice::signIn()
{
    if (!environmentId().isEmpty())
        Q_EMIT newProfileWanted(startingProfile());
}

void EnvironmentJobsNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnvironmentJobsNotice::refresh()
{
    const JobMonitor *monitor = m_core->monitor();
    const int row = monitor->rowOf(m_view->currentLocalId());
    m_environmentId.clear();
    // A finished job needs no session; one that may still change (running, needing attention,
    // not watched) does.
    if (row >= 0 && !monitor->at(row).isTerminal()
        && m_core->isUnfollowedEnvironment(monitor->at(row).profileId))
        m_environmentId = monitor->at(row).profileId;
    if (!m_environmentId.isEmpty() && m_environmentId != m_readFor) {
        m_kept = m_core->environmentProfile(m_environmentId);
        m_readFor = m_environmentId;
    }
    setVisible(!m_environmentId.isEmpty());
    m_action->setEnabled(!m_environmentId.isEmpty());
    retranslate();
}

void EnvironmentJobsNotice::retranslate()
{
    m_button->setText(tr("Sign &In for These Jobs…"));
    m_button->setToolTip(tr("Make a saved profile for the jobs submitted with these OS_* "
                            "variables. You enter the password once; it is kept in the system "
                            "keychain."));
    m_action->setText(tr("Sign In for These &Jobs…", "Job menu"));
    m_action->setStatusTip(m_button->toolTip());
    if (m_environmentId.isEmpty()) {
        m_message->clearMessage();
        return;
    }
    QString text = tr("This job is not followed: it was submitted with OS_* variables that no "
                      "saved profile matches. A saved profile with the same auth URL, user, "
                      "project and region follows every job of those variables.");
    if (!m_kept)
        text += u' '
            + tr("The version that submitted it kept no connection data: enter the auth URL, "
                 "user, project and region it was submitted with.");
    m_message->showMessage(InlineMessage::Kind::Warning, text);
}
