// PollScheduler in fake time: deadlines fire in order, a rescheduled job moves, a profile's cap
// on requests in flight holds and frees a slot on an answer, a give-up fires once, a paused
// profile waits. The clocks are variables moved by hand; nothing sleeps and no timer runs.
#include <QSignalSpy>
#include <QTest>

#include "jobs/pollscheduler.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_PollScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firesInDeadlineOrder();
    void rescheduleMovesTheDeadline();
    void inFlightIsNotDue();
    void capHoldsAndReleases();
    void capIsPerProfile();
    void giveUpFiresOnce();
    void giveUpGoesWithTheJob();
    void pausedProfileWaits();
    void profileDeadlineIsOneShot();
    void nextWakeIn();
    void wakeUpsAreShared();

private:
    /// Fires what is due and returns the jobs whose poll came due, in order.
    QStringList fire();

    std::unique_ptr<PollScheduler> m_s;
    qint64 m_now = 0;
    QDateTime m_wall;
    QStringList m_polled;
    QStringList m_gaveUp;
    QStringList m_profiles;
};

void tst_PollScheduler::init()
{
    m_now = 1000;
    m_wall = QDateTime(QDate(2024, 11, 6), QTime(12, 0), Qt::UTC);
    m_polled.clear();
    m_gaveUp.clear();
    m_profiles.clear();
    m_s = std::make_unique<PollScheduler>();
    m_s->setClock([this] { return m_now; });
    m_s->setWallClock([this] { return m_wall; });
    connect(
        m_s.get(), &PollScheduler::pollDue, this, [this](const QString &id) { m_polled << id; });
    connect(m_s.get(), &PollScheduler::giveUpReached, this, [this](const QString &id) {
        m_gaveUp << id;
    });
    connect(m_s.get(), &PollScheduler::profileDue, this, [this](const QString &profileId) {
        m_profiles << profileId;
    });
}

QStringList tst_PollScheduler::fire()
{
    m_polled.clear();
    m_s->fireDue();
    return m_polled;
}

void tst_PollScheduler::firesInDeadlineOrder()
{
    m_s->schedule(u"c"_s, u"p"_s, 300ms);
    m_s->schedule(u"a"_s, u"p"_s, 100ms);
    m_s->schedule(u"b"_s, u"p"_s, 200ms);
    m_s->schedule(u"late"_s, u"p"_s, 5s);
    QVERIFY(fire().isEmpty()); // nothing due yet
    m_now += 99;
    QVERIFY(fire().isEmpty());
    m_now += 250;
    // Due ones are not in flight yet (nobody marked them sent): they stay due, in order.
    QCOMPARE(fire(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(fire(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    m_now += 5000;
    QCOMPARE(fire(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"late"_s}));
}

void tst_PollScheduler::rescheduleMovesTheDeadline()
{
    m_s->schedule(u"a"_s, u"p"_s, 100ms);
    m_s->schedule(u"b"_s, u"p"_s, 200ms);
    QCOMPARE(m_s->dueAt(u"a"_s), std::optional<qint64>(m_now + 100));
    m_s->schedule(u"a"_s, u"p"_s, 1s); // moved later: not due at its old time
    QCOMPARE(m_s->dueAt(u"a"_s), std::optional<qint64>(m_now + 1000));
    m_now += 500;
    QCOMPARE(fire(), QStringList{u"b"_s});
    m_s->schedule(u"b"_s, u"p"_s, 2s);
    m_now += 500;
    QCOMPARE(fire(), QStringList{u"a"_s});
    m_s->schedule(u"a"_s, u"p"_s, 0ms); // moved earlier
    m_s->remove(u"b"_s);
    m_now += 5000;
    QCOMPARE(fire(), QStringList{u"a"_s});
    QVERIFY(!m_s->dueAt(u"b"_s));
}

void tst_PollScheduler::inFlightIsNotDue()
{
    m_s->schedule(u"a"_s, u"p"_s, 0ms);
    connect(m_s.get(), &PollScheduler::pollDue, this, [this](const QString &id) {
        m_s->markSent(id, u"p"_s);
    });
    QCOMPARE(fire(), QStringList{u"a"_s});
    QVERIFY(m_s->isInFlight(u"a"_s));
    m_now += 60000;
    QVERIFY(fire().isEmpty()); // waiting for its answer, however long
    m_s->markAnswered(u"a"_s);
    m_s->schedule(u"a"_s, u"p"_s, 10s);
    m_now += 9999;
    QVERIFY(fire().isEmpty());
    m_now += 1;
    QCOMPARE(fire(), QStringList{u"a"_s});
}

void tst_PollScheduler::capHoldsAndReleases()
{
    m_s->setMaxInFlightPerProfile(2);
    connect(m_s.get(), &PollScheduler::pollDue, this, [this](const QString &id) {
        m_s->markSent(id, u"p"_s);
    });
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        m_s->schedule(id, u"p"_s, 10ms);
    m_now += 10;
    QCOMPARE(fire(), (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(m_s->inFlightCount(u"p"_s), 2);
    QVERIFY(fire().isEmpty()); // the cap holds: c and d stay due
    QVERIFY(m_s->dueAt(u"c"_s).has_value());
    QCOMPARE(m_s->nextWakeIn(), std::optional<qint64>(1000)); // a late check only

    m_s->markAnswered(u"a"_s); // one slot frees: the earliest waiting job goes
    m_s->schedule(u"a"_s, u"p"_s, 5s);
    QCOMPARE(m_s->inFlightCount(u"p"_s), 1);
    QCOMPARE(fire(), QStringList{u"c"_s});
    QCOMPARE(m_s->inFlightCount(u"p"_s), 2);
    QVERIFY(fire().isEmpty());

    m_s->markAnswered(u"b"_s);
    m_s->remove(u"b"_s);
    m_s->remove(u"c"_s); // an abandoned job frees its slot too
    QCOMPARE(m_s->inFlightCount(u"p"_s), 0);
    QCOMPARE(fire(), QStringList{u"d"_s});
}

void tst_PollScheduler::capIsPerProfile()
{
    m_s->setMaxInFlightPerProfile(1);
    connect(m_s.get(), &PollScheduler::pollDue, this, [this](const QString &id) {
        m_s->markSent(id, id.startsWith(u'p') ? u"p"_s : u"q"_s);
    });
    m_s->schedule(u"p1"_s, u"p"_s, 0ms);
    m_s->schedule(u"p2"_s, u"p"_s, 0ms);
    m_s->schedule(u"q1"_s, u"q"_s, 0ms);
    m_s->schedule(u"q2"_s, u"q"_s, 0ms);
    QCOMPARE(fire(), (QStringList{u"p1"_s, u"q1"_s}));
    m_s->markAnswered(u"q1"_s);
    m_s->remove(u"q1"_s);
    QCOMPARE(fire(), QStringList{u"q2"_s}); // p2 still waits for p's slot
}

void tst_PollScheduler::giveUpFiresOnce()
{
    m_s->schedule(u"a"_s, u"p"_s, 60s);
    m_s->setGiveUp(u"a"_s, m_wall.addSecs(3600));
    m_s->fireDue();
    QVERIFY(m_gaveUp.isEmpty());
    m_wall = m_wall.addSecs(3599);
    m_s->fireDue();
    QVERIFY(m_gaveUp.isEmpty());
    m_wall = m_wall.addSecs(1); // the wall clock alone moves: no poll is due
    m_s->fireDue();
    QCOMPARE(m_gaveUp, QStringList{u"a"_s});
    m_wall = m_wall.addSecs(7200);
    m_s->fireDue();
    m_s->fireDue();
    QCOMPARE(m_gaveUp, QStringList{u"a"_s}); // once
    QVERIFY(m_s->contains(u"a"_s));          // what to do about it is the receiver's call
}

void tst_PollScheduler::giveUpGoesWithTheJob()
{
    m_s->setGiveUp(u"unknown"_s, m_wall); // not scheduled: nothing to give up
    m_s->schedule(u"a"_s, u"p"_s, 60s);
    m_s->setGiveUp(u"a"_s, m_wall.addSecs(10));
    m_s->schedule(u"b"_s, u"p"_s, 60s);
    m_s->setGiveUp(u"b"_s, m_wall.addSecs(10));
    m_s->clearGiveUp(u"b"_s);
    m_s->remove(u"a"_s);
    m_wall = m_wall.addSecs(60);
    m_s->fireDue();
    QVERIFY(m_gaveUp.isEmpty());
}

void tst_PollScheduler::pausedProfileWaits()
{
    m_s->schedule(u"a"_s, u"p"_s, 0ms);
    m_s->schedule(u"b"_s, u"q"_s, 0ms);
    m_s->pauseProfile(u"p"_s);
    QCOMPARE(fire(), QStringList{u"b"_s});
    m_s->remove(u"b"_s);
    QVERIFY(!m_s->nextWakeIn()); // only a paused job is left: nothing to wake for
    QCOMPARE(m_s->waiting(u"p"_s), QStringList{u"a"_s});
    m_s->resumeProfile(u"p"_s);
    QCOMPARE(fire(), QStringList{u"a"_s});
}

void tst_PollScheduler::profileDeadlineIsOneShot()
{
    m_s->scheduleProfile(u"p"_s, 2s);
    m_now += 1999;
    m_s->fireDue();
    QVERIFY(m_profiles.isEmpty());
    m_now += 1;
    m_s->fireDue();
    m_s->fireDue();
    QCOMPARE(m_profiles, QStringList{u"p"_s});
    QVERIFY(!m_s->hasProfileDeadline(u"p"_s));
    m_s->scheduleProfile(u"p"_s, 1s);
    m_s->cancelProfile(u"p"_s);
    m_now += 5000;
    m_s->fireDue();
    QCOMPARE(m_profiles, QStringList{u"p"_s});
}

void tst_PollScheduler::nextWakeIn()
{
    QVERIFY(!m_s->nextWakeIn());
    m_s->schedule(u"a"_s, u"p"_s, 700ms);
    QCOMPARE(m_s->nextWakeIn(), std::optional<qint64>(700));
    m_s->scheduleProfile(u"q"_s, 300ms);
    QCOMPARE(m_s->nextWakeIn(), std::optional<qint64>(300));
    m_s->cancelProfile(u"q"_s);
    m_s->setGiveUp(u"a"_s, m_wall.addMSecs(200));
    QCOMPARE(m_s->nextWakeIn(), std::optional<qint64>(200));
    m_now += 1000;
    QCOMPARE(m_s->nextWakeIn(), std::optional<qint64>(0)); // overdue
}

void tst_PollScheduler::wakeUpsAreShared()
{
    // Nothing waits: no wake-up. A lone job: on its deadline, not a moment later.
    constexpr qint64 G = PollScheduler::WakeGrainMs;
    m_now += 7; // off any grid of the grain
    QVERIFY(!m_s->nextWakeAt());
    m_s->schedule(u"a"_s, u"p"_s, 2000ms);
    QCOMPARE(m_s->nextWakeAt().value_or(-1), m_now + 2000);

    // Deadlines less than the grain after the earliest share its wake-up, at the last of them;
    // one further away does not stretch it (never more than the grain late).
    m_s->schedule(u"b"_s, u"p"_s, std::chrono::milliseconds(2000 + G / 2));
    m_s->schedule(u"c"_s, u"q"_s, std::chrono::milliseconds(2000 + G));
    m_s->schedule(u"d"_s, u"p"_s, std::chrono::milliseconds(2000 + G + 1));
    QCOMPARE(m_s->nextWakeAt().value_or(-1), m_now + 2000 + G);

    // A paused profile's job does not hold the others back.
    m_s->pauseProfile(u"q"_s);
    QCOMPARE(m_s->nextWakeAt().value_or(-1), m_now + 2000 + G / 2);

    // The shared wake-up polls every job it waited for; the next one is not held by them.
    m_s->resumeProfile(u"q"_s);
    m_now += 2000 + G;
    QCOMPARE(fire(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
    m_s->markSent(u"a"_s, u"p"_s);
    m_s->markSent(u"b"_s, u"p"_s);
    m_s->markSent(u"c"_s, u"q"_s);
    QCOMPARE(m_s->nextWakeAt().value_or(-1), m_now + 1);

    // Something due now: at once, not held for what comes later.
    m_s->schedule(u"e"_s, u"p"_s, 0ms);
    QCOMPARE(m_s->nextWakeAt().value_or(-1), m_now);
}

QTEST_GUILESS_MAIN(tst_PollScheduler)
#include "tst_pollscheduler.moc"
