#pragma once

#include <functional>
#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include "jobs/jobmonitor.h"

/// The job monitor as a table. Raw values for sorting and painting come through roles; a poll
/// tick emits one narrow dataChanged per changed row (never a reset). Models get no widget
/// events: the view calls retranslate() on LanguageChange.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)
public:
    enum Column
    {
        Name,
        Method,
        Cloud,
        State,
        Progress,
        Started,
        Elapsed,
        Result,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        ProgressRole,                // 0..100, -1 = busy (no percentage known)
        StateRole,                   // int(JobState)
        LocalIdRole,                 // JobRecord::localId
        ImageIdsRole,                // QStringList
        ProfileRole,                 // profile id
        SearchRole,                  // the cloud's job id, marker and image ids, for filtering
    };

    explicit JobTableModel(JobMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    JobMonitor *monitor() const { return m_monitor; }
    void retranslate();

    /// Tells a running job that no profile can follow until the operator signs in (one sent
    /// by `imagewright submit` with OS_* variables, AppCore::isUnfollowedEnvironment): its
    /// state says so instead of a plain "Running".
    using SignInCheck = std::function<bool(const JobRecord &)>;
    void setWaitsForSignIn(SignInCheck check) { m_waitsForSignIn = std::move(check); }

    /// Poll answers arrive in bursts; their updates are gathered for this long and sent as
    /// few dataChanged signals as possible (a sorting proxy re-lays-out its view per signal).
    /// A burst of more than two rows waits for the next Elapsed tick (at most a second) and
    /// goes out with it.
    void setCoalescingInterval(int ms) { m_flushTimer.setInterval(ms); }
    void flushPendingChanges();

private:
    void handleChanged(int row, JobMonitor::Changes changes);
    /// A running job's progress estimated between polls, when it is ahead of the last answer.
    std::optional<double> estimatedProgress(const JobRecord &r) const;
    void flushUnlessBurst();
    void handleElapsedTick();
    QString resultText(const JobRecord &r) const;

    JobMonitor *m_monitor;
    SignInCheck m_waitsForSignIn;
    QTimer m_elapsedTimer;
    QTimer m_flushTimer;
    QHash<int, std::pair<int, int>> m_pending; // row -> first, last changed column
};
