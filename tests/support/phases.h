#pragma once

#include <QList>

/// Whether `seen`, the values a poll saw in the order it saw them (each once per change), follows
/// `order` and reached its last value. A poll on a loaded machine, or across a step of the wall
/// clock, may miss a phase of a few hundred milliseconds: which phase comes when is asked for at
/// chosen instants in tst_democloudclock, not over loopback.
template<typename T>
bool followsInOrder(const QList<T> &seen, const QList<T> &order)
{
    qsizetype next = 0;
    for (const T &value : seen) {
        while (next < order.size() && !(order.at(next) == value))
            ++next;
        if (next == order.size())
            return false;
    }
    return !seen.isEmpty() && seen.constLast() == order.constLast();
}
