#pragma once

#include <optional>

#include <QWidget>

#include "cloud/cloudprofile.h"

class AppCore;
class InlineMessage;
class JobMonitorView;
class QAction;
class QPushButton;

/// Above the job details: a job `imagewright submit` sent with OS_* variables (or OS_CLOUD)
/// that no saved profile matches is not followed, as no session signs in for it (issue 12,
/// defect 14). The notice says so and offers "Sign In for These Jobs…": a new profile started
/// from the connection data `submit` kept (AppCore::environmentProfile); the operator enters
/// the password once, and once the profile is saved every job of those variables is followed
/// (OpenStackEnv::environmentIdsOf). For a job an earlier version submitted nothing was kept:
/// the new profile starts empty and the notice says what to enter. GUI thread.
class EnvironmentJobsNotice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentJobsNotice)
public:
    /// Puts itself into `view`'s details pane, its action into the view's menus, and follows
    /// the view's current job.
    EnvironmentJobsNotice(AppCore *core, JobMonitorView *view);

    /// The environment id of the shown job while the notice is shown; empty otherwise.
    QString environmentId() const { return isHidden() ? QString() : m_environmentId; }
    /// Whether connection data was kept for the shown job's environment.
    bool hasConnectionData() const { return m_kept.has_value(); }
    /// What "Sign In for These Jobs…" starts the new profile from.
    CloudProfile startingProfile() const;
    /// "Sign In for These Jobs…": asks for a new profile from startingProfile().
    void signIn();
    /// The same in the Job menu and the job's context menu, enabled while the notice shows.
    QAction *signInAction() const { return m_action; }

Q_SIGNALS:
    void newProfileWanted(const CloudProfile &start);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    AppCore *m_core;
    JobMonitorView *m_view;
    QString m_environmentId; // of the current job, when it is not followed
    QString m_readFor;       // the environment id m_kept was read for
    std::optional<CloudProfile> m_kept;
    InlineMessage *m_message = nullptr;
    QPushButton *m_button = nullptr;
    QAction *m_action = nullptr;
};
