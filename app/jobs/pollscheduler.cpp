#include "jobs/pollscheduler.h"

#include <algorithm>

using namespace std::chrono;

namespace {
// A profile at its cap waits for an answer to free a slot (markAnswered fires at once); this
// late check only guards against an answer that never comes.
constexpr qint64 CappedRecheckMs = 1000;
} // namespace

PollScheduler::PollScheduler(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    // wakeAt() chose the time: a coarse timer would move it, and firing early wakes twice.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::fireDue);
}

void PollScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_manual = bool(m_clock);
    if (m_manual)
        m_timer.stop();
    else
        arm();
}

void PollScheduler::setWallClock(WallClock clock)
{
    m_wallClock = std::move(clock);
    arm();
}

qint64 PollScheduler::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

QDateTime PollScheduler::wallNow() const
{
    return m_wallClock ? m_wallClock() : QDateTime::currentDateTimeUtc();
}

qint64 PollScheduler::wallNowMs() const
{
    return wallNow().toMSecsSinceEpoch();
}

void PollScheduler::setMaxInFlightPerProfile(int n)
{
    m_maxInFlight = std::max(1, n);
    arm();
}

void PollScheduler::index(const QString &id, const Entry &entry)
{
    if (!entry.inFlight)
        m_byDue.emplace(entry.dueMs, id);
}

void PollScheduler::unindex(const QString &id, const Entry &entry)
{
    if (!entry.inFlight)
        m_byDue.erase({entry.dueMs, id});
}

void PollScheduler::schedule(const QString &id, const QString &profileId, milliseconds in)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        it = m_entries.insert(id, Entry{});
        it->profileId = profileId;
    } else {
        unindex(id, *it);
        if (it->profileId != profileId && !profileId.isEmpty()) {
            if (it->inFlight) {
                --m_inFlight[it->profileId];
                ++m_inFlight[profileId];
            }
            it->profileId = profileId;
        }
    }
    it->dueMs = now() + in.count();
    index(id, *it);
    arm();
}

std::optional<qint64> PollScheduler::dueAt(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->dueMs;
}

void PollScheduler::remove(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    unindex(id, *it);
    if (it->inFlight) {
        if (--m_inFlight[it->profileId] <= 0)
            m_inFlight.remove(it->profileId);
    }
    if (it->giveUpMs)
        m_giveUps.erase({*it->giveUpMs, id});
    m_entries.erase(it);
    arm();
}

void PollScheduler::markSent(const QString &id, const QString &profileId)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        it = m_entries.insert(id, Entry{});
        it->profileId = profileId;
        it->dueMs = now();
    }
    if (it->inFlight)
        return;
    unindex(id, *it);
    it->inFlight = true;
    ++m_inFlight[it->profileId];
    arm();
}

void PollScheduler::markAnswered(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->inFlight)
        return;
    it->inFlight = false;
    if (--m_inFlight[it->profileId] <= 0)
        m_inFlight.remove(it->profileId);
    index(id, *it);
    if (!m_capped.isEmpty() && m_capped.remove(it->profileId) && !m_manual && !m_firing) {
        m_timer.start(0); // a slot is free: the jobs waiting for one go now
        m_armedAt = now();
        return;
    }
    arm();
}

bool PollScheduler::isInFlight(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it != m_entries.cend() && it->inFlight;
}

QStringList PollScheduler::waiting(const QString &profileId) const
{
    QStringList ids;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->profileId == profileId && !it->inFlight)
            ids << it.key();
    }
    return ids;
}

void PollScheduler::pauseProfile(const QString &profileId)
{
    m_paused.insert(profileId);
    arm();
}

void PollScheduler::resumeProfile(const QString &profileId)
{
    if (m_paused.remove(profileId))
        arm();
}

void PollScheduler::setGiveUp(const QString &id, const QDateTime &at)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !at.isValid())
        return;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (it->giveUpMs == ms)
        return;
    if (it->giveUpMs)
        m_giveUps.erase({*it->giveUpMs, id});
    it->giveUpMs = ms;
    m_giveUps.emplace(ms, id);
    arm();
}

void PollScheduler::clearGiveUp(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->giveUpMs)
        return;
    m_giveUps.erase({*it->giveUpMs, id});
    it->giveUpMs.reset();
    arm();
}

void PollScheduler::scheduleProfile(const QString &profileId, milliseconds in)
{
    m_profileDeadlines.insert(profileId, now() + in.count());
    arm();
}

void PollScheduler::cancelProfile(const QString &profileId)
{
    if (m_profileDeadlines.remove(profileId))
        arm();
}

void PollScheduler::fireDue()
{
    m_firing = true;
    const qint64 at = now();
    m_capped.clear(); // found again below

    QStringList profiles;
    for (auto it = m_profileDeadlines.cbegin(); it != m_profileDeadlines.cend(); ++it) {
        if (it.value() <= at)
            profiles << it.key();
    }
    for (const QString &profileId : std::as_const(profiles))
        m_profileDeadlines.remove(profileId); // one-shot: the receiver sets the next one
    for (const QString &profileId : std::as_const(profiles))
        Q_EMIT profileDue(profileId);

    if (!m_giveUps.empty()) {
        const qint64 wall = wallNowMs();
        QStringList reached;
        while (!m_giveUps.empty() && m_giveUps.begin()->first <= wall) {
            const QString id = m_giveUps.begin()->second;
            m_giveUps.erase(m_giveUps.begin());
            if (const auto it = m_entries.find(id); it != m_entries.end())
                it->giveUpMs.reset();
            reached << id;
        }
        for (const QString &id : std::as_const(reached)) {
            if (m_entries.contains(id)) // still scheduled: not removed by an earlier receiver
                Q_EMIT giveUpReached(id);
        }
    }

    QStringList due;
    for (const auto &[dueMs, id] : m_byDue) {
        if (dueMs > at)
            break;
        if (!m_paused.contains(m_entries.value(id).profileId))
            due << id;
    }
    for (const QString &id : std::as_const(due)) {
        const auto it = m_entries.constFind(id);
        if (it == m_entries.cend() || it->inFlight || it->dueMs > at
            || m_paused.contains(it->profileId))
            continue; // changed by an earlier receiver
        if (m_inFlight.value(it->profileId) >= m_maxInFlight) {
            // The profile's cap is reached: the job stays due and goes as soon as an answer
            // frees a slot (markAnswered), not a fixed while later.
            m_capped.insert(it->profileId);
            continue;
        }
        Q_EMIT pollDue(id);
    }
    m_firing = false;
    arm();
}

std::optional<qint64> PollScheduler::nextWakeIn() const
{
    return nextWakeIn(now());
}

std::optional<qint64> PollScheduler::nextWakeIn(qint64 at) const
{
    std::optional<qint64> earliest;
    const auto consider = [&earliest](qint64 t) {
        if (!earliest || t < *earliest)
            earliest = t;
    };
    for (const auto &[dueMs, id] : m_byDue) {
        const QString &profileId = m_entries.value(id).profileId;
        if (m_paused.contains(profileId))
            continue; // waiting for the cloud to be reachable
        if (m_capped.contains(profileId)) {
            consider(at + CappedRecheckMs); // waiting for a free slot
            continue;
        }
        consider(dueMs);
        break; // the first free one is the earliest
    }
    for (const qint64 dueMs : std::as_const(m_profileDeadlines))
        consider(dueMs);
    if (!m_giveUps.empty())
        consider(at + std::max<qint64>(0, m_giveUps.begin()->first - wallNowMs()));
    if (!earliest)
        return std::nullopt;
    return std::max<qint64>(0, *earliest - at);
}

std::optional<qint64> PollScheduler::nextWakeAt() const
{
    return nextWakeAt(now());
}

std::optional<qint64> PollScheduler::nextWakeAt(qint64 at) const
{
    const std::optional<qint64> in = nextWakeIn(at);
    if (!in)
        return std::nullopt;
    const qint64 earliest = at + *in;
    if (*in == 0)
        return at;
    qint64 wake = earliest;
    for (auto it = m_byDue.lower_bound({earliest, QString()});
         it != m_byDue.end() && it->first <= earliest + WakeGrainMs;
         ++it) {
        const QString &profileId = m_entries.value(it->second).profileId;
        if (!m_paused.contains(profileId) && !m_capped.contains(profileId))
            wake = it->first;
    }
    return wake;
}

void PollScheduler::arm()
{
    if (m_manual || m_firing)
        return;
    // One reading of the clock for the wake-up and the interval: read twice, a millisecond
    // between them would make "due now" a negative interval, which QTimer takes as active but
    // never fires, and the check below would then keep it so.
    const qint64 at = now();
    const std::optional<qint64> wake = nextWakeAt(at);
    if (!wake) {
        m_timer.stop();
        return;
    }
    if (m_timer.isActive() && m_armedAt == *wake)
        return; // armed for it already
    // QTimer takes int milliseconds: a far give-up deadline is checked again on the way.
    m_timer.start(int(std::clamp<qint64>(*wake - at, 0, 24 * 3600 * 1000)));
    m_armedAt = *wake;
}
