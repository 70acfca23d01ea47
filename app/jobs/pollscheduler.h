#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <utility>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

/// When each followed job is asked next. Knows jobs by id and profile only: nothing of HTTP or
/// records. Holds three kinds of deadline:
/// - a job's next poll, on a monotonic clock, ordered by time; pollDue() when it passes, unless
///   the job is in flight, its profile is paused (its cloud is unreachable) or the profile's
///   cap on requests in flight is reached (the job then goes as soon as an answer frees a slot);
/// - a job's give-up deadline, on the wall clock (a limit counts from the job's start, a wall
///   time, and survives restarts); giveUpReached() once, while the job is scheduled;
/// - one deadline per profile (the reachability probe); profileDue() once.
///
/// By default the clocks are real and a timer fires what is due. With an injected clock
/// (setClock) nothing fires by itself: the caller moves its clock and calls fireDue(), so tests
/// run in fake time. Signals are emitted from fireDue() only; a receiver of pollDue() marks the
/// job sent, schedules it again or removes it (else it stays due). GUI thread.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)
public:
    /// Monotonic milliseconds (any origin).
    using Clock = std::function<qint64()>;
    using WallClock = std::function<QDateTime()>;

    explicit PollScheduler(QObject *parent = nullptr);

    /// Replaces the monotonic clock and turns the timer off: fireDue() is then called by hand.
    void setClock(Clock clock);
    /// Replaces the wall clock the give-up deadlines are checked against (default: now, UTC).
    void setWallClock(WallClock clock);
    qint64 now() const;
    QDateTime wallNow() const;

    /// At most this many jobs of one profile in flight (QNetworkAccessManager opens at most 6
    /// connections per host, the default).
    void setMaxInFlightPerProfile(int n);
    int maxInFlightPerProfile() const { return m_maxInFlight; }

    /// Sets (or moves) the job's next poll to `in` from now. A job in flight keeps the new time
    /// for when it is answered.
    void schedule(const QString &id, const QString &profileId, std::chrono::milliseconds in);
    bool contains(const QString &id) const { return m_entries.contains(id); }
    /// The job's next poll on the monotonic clock; none when it is not scheduled.
    std::optional<qint64> dueAt(const QString &id) const;
    /// Forgets the job: its deadline, its in-flight mark and its give-up deadline.
    void remove(const QString &id);

    /// The job's request is on its way (counts against its profile's cap); a job that was not
    /// scheduled is tracked from now on, without a deadline of its own until it is answered.
    void markSent(const QString &id, const QString &profileId);
    /// The job's answer came: it no longer counts against the cap, and a job that waited for a
    /// free slot goes soon. Its deadline is the one it had (scheduled again by the caller).
    void markAnswered(const QString &id);
    bool isInFlight(const QString &id) const;
    int inFlightCount(const QString &profileId) const { return m_inFlight.value(profileId); }
    /// The profile's scheduled jobs that are not in flight.
    QStringList waiting(const QString &profileId) const;

    /// A paused profile's jobs keep their deadlines but none is due until resumeProfile().
    void pauseProfile(const QString &profileId);
    void resumeProfile(const QString &profileId);
    bool isPaused(const QString &profileId) const { return m_paused.contains(profileId); }

    /// The job's give-up deadline (wall clock); only for a scheduled job, dropped with it.
    void setGiveUp(const QString &id, const QDateTime &at);
    void clearGiveUp(const QString &id);

    /// A one-shot deadline for the profile (replaces the one it had).
    void scheduleProfile(const QString &profileId, std::chrono::milliseconds in);
    void cancelProfile(const QString &profileId);
    bool hasProfileDeadline(const QString &profileId) const
    {
        return m_profileDeadlines.contains(profileId);
    }

    /// Emits what is due now: profile deadlines, then give-ups, then polls in deadline order.
    void fireDue();
    /// Milliseconds from now to the next time something may be due; none when nothing waits.
    std::optional<qint64> nextWakeIn() const;
    /// When the timer wakes next (monotonic ms); none when nothing waits. At once when something
    /// is due now. Otherwise at the earliest deadline, or, when other jobs' polls fall due less
    /// than WakeGrainMs after it, at the last of those: the polls of many jobs then share one
    /// wake-up (and their answers mostly one pass of the event loop), each at most WakeGrainMs
    /// late, never early. A lone job (a `submit --wait`) is asked on time.
    std::optional<qint64> nextWakeAt() const;
    static constexpr qint64 WakeGrainMs = 250;

Q_SIGNALS:
    void pollDue(const QString &id);
    void giveUpReached(const QString &id);
    void profileDue(const QString &profileId);

private:
    struct Entry
    {
        QString profileId;
        qint64 dueMs = 0;
        bool inFlight = false;
        std::optional<qint64> giveUpMs; // wall clock, ms since the epoch
    };

    void arm();
    std::optional<qint64> nextWakeIn(qint64 at) const;
    std::optional<qint64> nextWakeAt(qint64 at) const;
    void index(const QString &id, const Entry &entry);
    void unindex(const QString &id, const Entry &entry);
    qint64 wallNowMs() const;

    QHash<QString, Entry> m_entries;
    std::set<std::pair<qint64, QString>> m_byDue;   // jobs not in flight, by next poll
    std::set<std::pair<qint64, QString>> m_giveUps; // by give-up deadline (wall ms)
    QHash<QString, qint64> m_profileDeadlines;
    QHash<QString, int> m_inFlight; // profile -> jobs in flight
    QSet<QString> m_paused;
    QSet<QString> m_capped; // profiles whose due jobs wait for a free slot
    int m_maxInFlight = 6;
    Clock m_clock;
    WallClock m_wallClock;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    qint64 m_armedAt = -1; // when m_timer fires (monotonic ms), while it is active
    bool m_manual = false;
    bool m_firing = false;
};
