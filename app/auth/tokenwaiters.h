#pragma once

#include <utility>

#include <QList>
#include <QMetaObject>
#include <QPointer>

#include "net/authprovider.h"

/// The callers waiting for one sign-in (KeystoneSession's token request, AkSkAuth's
/// preparation): the first one's arrival starts it, and every caller whose context still exists
/// hears its one outcome. GUI thread.
class TokenWaiters
{
public:
    void add(QObject *context, AuthProvider::TokenCallback callback)
    {
        m_waiters.append({context, std::move(callback)});
    }
    bool isEmpty() const { return m_waiters.isEmpty(); }

    /// Answers every waiter now. The list is emptied first, so a callback may wait again.
    void deliver(const QByteArray &token, const ApiError &error)
    {
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (w.context)
                w.callback(token, error);
        }
    }

    /// Answers every waiter later (from the event loop) with Aborted: the provider is going, and
    /// a request waiting for it would otherwise wait forever.
    void abortAll()
    {
        const QList<Waiter> waiters = std::exchange(m_waiters, {});
        for (const Waiter &w : waiters) {
            if (!w.context)
                continue;
            QMetaObject::invokeMethod(
                w.context.data(),
                [callback = w.callback] { callback({}, ApiError::make(ApiError::Kind::Aborted)); },
                Qt::QueuedConnection);
        }
    }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        AuthProvider::TokenCallback callback;
    };
    QList<Waiter> m_waiters;
};
