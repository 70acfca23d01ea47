#pragma once

#include <QObject>

/// Turns Ctrl+C into a Qt signal on the thread that made the watcher: SIGINT on Unix
/// (interruptwatcher_unix.cpp: a self-pipe read by a QSocketNotifier), the console's Ctrl+C and
/// Ctrl+Break events on Windows (interruptwatcher_win.cpp). The only platform code of the
/// headless commands. One watcher at a time; the destructor restores the default handling.
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    /// False when the handler could not be installed: Ctrl+C then ends the process at once.
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void interrupted();

private:
    bool m_active = false;
    QObject *m_notifier = nullptr; // Unix: the QSocketNotifier of the self-pipe
};
