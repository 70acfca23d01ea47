#pragma once

#include <QObject>

class JobMonitor;
class QAction;
class QWidget;

/// The monitor menu's "Clear Old Finished Jobs…": asks how many days of finished jobs to keep
/// (remembered; 180 by default), says how many jobs that removes, and removes them only on the
/// operator's word. Jobs still running or needing attention are never removed; nothing is
/// removed by itself.
class HistoryRetention final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultKeepDays = 180;

    HistoryRetention(JobMonitor *monitor, QWidget *window);

    QAction *action() const { return m_action; }
    void retranslate();

    /// Days of finished jobs kept, as the operator last chose (settings).
    static int keepDays();

private:
    void run();

    JobMonitor *m_monitor;
    QWidget *m_window;
    QAction *m_action;
};
