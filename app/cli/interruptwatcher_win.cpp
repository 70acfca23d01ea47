// InterruptWatcher on Windows: the console's Ctrl+C and Ctrl+Break events arrive on a thread of
// their own; the handler queues interrupted() to the watcher's thread and tells the console the
// event is handled, so the process is not ended at once. (Not yet built: docs/platforms.md.)
#include <atomic>

#include <QMetaObject>

#include "cli/interruptwatcher.h"

#include <windows.h>

namespace {

std::atomic<InterruptWatcher *> s_watcher{nullptr};

BOOL WINAPI handleConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE; // closing the console, log-off, shutdown: the default handling
    InterruptWatcher *watcher = s_watcher.load();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    InterruptWatcher *none = nullptr;
    if (!s_watcher.compare_exchange_strong(none, this))
        return;
    m_active = SetConsoleCtrlHandler(handleConsoleEvent, TRUE) != 0;
    if (!m_active)
        s_watcher.store(nullptr);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_active)
        return;
    SetConsoleCtrlHandler(handleConsoleEvent, FALSE);
    s_watcher.store(nullptr);
}
