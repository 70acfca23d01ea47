// InterruptWatcher on Unix (Linux, macOS): SIGINT writes one byte into a socket pair (the only
// async-signal-safe way out of a handler); a QSocketNotifier on the other end emits
// interrupted() from the event loop.
#include <csignal>

#include <QSocketNotifier>

#include "cli/interruptwatcher.h"

#include <sys/socket.h>
#include <unistd.h>

namespace {

int s_fds[2] = {-1, -1}; // the handler writes [0], the event loop reads [1]

void handleSigint(int)
{
    const char byte = 1;
    const auto written = ::write(s_fds[0], &byte, 1); // async-signal-safe
    static_cast<void>(written);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (s_fds[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        const auto got = ::read(s_fds[1], buffer, sizeof buffer);
        static_cast<void>(got);
        Q_EMIT interrupted();
    });
    m_notifier = notifier;
    struct sigaction action = {};
    action.sa_handler = handleSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_active = ::sigaction(SIGINT, &action, nullptr) == 0;
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    std::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
}
