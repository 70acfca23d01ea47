// Retry and polling rules as pure functions: backoff with jitter, Retry-After in both forms,
// and the polling aims of interfaces.md §8 on simulated jobs (no real waiting).
#include <cmath>

#include <QTest>

#include "jobs/pollpolicy.h"
#include "net/retrypolicy.h"

using namespace Qt::StringLiterals;
using namespace std::chrono;

class tst_Retry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsAndIsCapped();
    void jitterStaysInRange();
    void retryAfterWins();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void pollBacksOffWhileNothingChanges();
    void probesBackOffToACapWithJitter();
    void progressEstimatedBetweenPolls();
    void imsPollingMeetsTheAim_data();
    void imsPollingMeetsTheAim();
    void manyJobsShareARequestBudget();
    void statusOnlyPollingMeetsTheAim();
};

void tst_Retry::backoffGrowsAndIsCapped()
{
    RetryPolicy p;
    p.base = 500ms;
    p.cap = 4000ms;
    const auto top = [] { return 0.999999; };
    QCOMPARE(p.delay(2, std::nullopt, top).count(), 499);
    QCOMPARE(p.delay(3, std::nullopt, top).count(), 999);
    QCOMPARE(p.delay(4, std::nullopt, top).count(), 1999);
    QCOMPARE(p.delay(5, std::nullopt, top).count(), 3999);
    QCOMPARE(p.delay(12, std::nullopt, top).count(), 3999); // capped
}

void tst_Retry::jitterStaysInRange()
{
    RetryPolicy p;
    for (double r : {0.0, 0.25, 0.5, 0.75}) {
        const auto d = p.delay(4, std::nullopt, [r] { return r; });
        QCOMPARE(d.count(), qint64(2000 * r)); // full jitter: uniform in [0, 2000]
    }
}

void tst_Retry::retryAfterWins()
{
    RetryPolicy p;
    QCOMPARE(p.delay(2, 3000ms, [] { return 0.1; }).count(), 3000);
    QCOMPARE(p.delay(2, 10ms, [] { return 0.5; }).count(), 250);
}

void tst_Retry::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: no value
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
    QTest::newRow("http-date 90 s ahead")
        << QByteArray("Mon, 23 Nov 2026 10:01:30 GMT") << qint64(90000);
    QTest::newRow("http-date in the past")
        << QByteArray("Mon, 23 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    // Found by fuzz_headers (issue 17): seconds * 1000 overflowed qint64 (UB; with gcc it wrapped
    // to 384 ms and the client retried at once). Far beyond maxRetryAfter: a year is enough.
    QTest::newRow("overflowing seconds")
        << QByteArray("18446744073709552") << qint64(365LL * 24 * 3600 * 1000);
    QTest::newRow("largest qint64")
        << QByteArray("9223372036854775807") << qint64(365LL * 24 * 3600 * 1000);
}

void tst_Retry::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
    const auto parsed = ::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed)
        QCOMPARE(parsed->count(), expectedMs);
}

void tst_Retry::pollBacksOffWhileNothingChanges()
{
    PollPolicy p;
    p.jitter = 0;
    milliseconds interval = p.first;
    QList<qint64> seen;
    for (int i = 0; i < 8; ++i) {
        interval = p.next(interval, false, std::nullopt, std::nullopt, 0.5);
        seen << interval.count();
    }
    QCOMPARE(seen.first(), qint64(3200));
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) >= seen.at(i - 1));
    QCOMPARE(seen.last(), qint64(p.maximum.count())); // an end is noticed within maximum
    // A change keeps the pace instead of backing off.
    QCOMPARE(p.next(4000ms, true, std::nullopt, std::nullopt, 0.5).count(), qint64(4000));
}

void tst_Retry::progressEstimatedBetweenPolls()
{
    // Issue 12, defect 10: between two polls 30 s apart, progress moves on by the measured rate.
    using S = PollPolicy::Sample;
    const S first{0, 0.10};
    const S last{10'000, 0.20}; // 1 % a second
    QVERIFY(!PollPolicy::estimate(std::nullopt, last, 12'000));
    QVERIFY(!PollPolicy::estimate(first, std::nullopt, 12'000));
    QVERIFY(!PollPolicy::estimate(last, last, 12'000)); // one sample: no rate
    QVERIFY(!PollPolicy::estimate(S{0, 0.2}, S{10'000, 0.2}, 12'000)); // no movement
    QCOMPARE(qRound(*PollPolicy::estimate(first, last, 10'000) * 100), 20);
    QCOMPARE(qRound(*PollPolicy::estimate(first, last, 25'000) * 100), 35);
    // Never at the end (only the cloud says done), never behind the last answer.
    QCOMPARE(*PollPolicy::estimate(first, last, 10'000'000), 0.99);
    QCOMPARE(*PollPolicy::estimate(first, last, 5'000), 0.20); // a clock before the sample
    QVERIFY(!PollPolicy::estimate(first, S{20'000, 1.0}, 25'000)); // done: the answer says it
    QVERIFY(!PollPolicy::estimate(S{0, -1}, last, 12'000)); // no progress reported
}

void tst_Retry::probesBackOffToACapWithJitter()
{
    PollPolicy p;
    p.probeFirst = 1000ms;
    p.probeMaximum = 30000ms;
    p.jitter = 0.1;
    // Without jitter (random 0.5): 1, 2, 4, 8, 16, then the cap of 30 s, and it stays there.
    const QList<qint64> expected{1000, 2000, 4000, 8000, 16000, 30000, 30000};
    for (int n = 0; n < expected.size(); ++n)
        QCOMPARE(p.probeDelay(n, 0.5).count(), expected.at(n));
    QCOMPARE(p.probeDelay(1000, 0.5).count(), qint64(30000)); // no overflow for long outages
    // Jitter spreads probes of different profiles by ± 10 %.
    QCOMPARE(p.probeDelay(0, 0.0).count(), qint64(900));
    QVERIFY(p.probeDelay(0, 0.999).count() >= 1099);
    QVERIFY(p.probeDelay(5, 0.999).count() <= 33000);
}

namespace {

struct SimResult
{
    int polls = 0;
    double noticedLateMs = 0;
};

// A job whose progress rises linearly from 0 at t=0 to 1 at `durationMs` (as the demo cloud's
// and, roughly, IMS's do); the monitor polls by the policy until it sees the end.
SimResult simulate(const PollPolicy &p,
    qint64 durationMs,
    bool reportsProgress,
    double random,
    qsizetype followed = 1)
{
    SimResult r;
    qint64 t = p.first.count();
    milliseconds interval = p.first;
    std::optional<PollPolicy::Sample> first;
    std::optional<PollPolicy::Sample> last;
    double lastProgress = -1;
    while (true) {
        ++r.polls;
        const double progress = std::min(1.0, double(t) / double(durationMs));
        if (progress >= 1.0) {
            r.noticedLateMs = double(t - durationMs);
            return r;
        }
        bool changed = false;
        if (reportsProgress) {
            const PollPolicy::Sample s{t, progress};
            if (!first)
                first = s;
            last = s;
            changed = progress != lastProgress;
            lastProgress = progress;
        }
        interval = p.next(interval, changed, first, last, random, followed);
        t += interval.count();
    }
}

} // namespace

void tst_Retry::imsPollingMeetsTheAim_data()
{
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<double>("random");
    QTest::addColumn<qsizetype>("followed");
    for (qint64 d : {60000LL, 180000LL, 600000LL, 3600000LL}) {
        for (double r : {0.0, 0.5, 0.99}) {
            for (qsizetype n : {1, 1000, 100000})
                QTest::addRow("%llds jitter %.2f, %lld jobs", d / 1000, r, qlonglong(n))
                    << d << r << n;
        }
    }
}

void tst_Retry::imsPollingMeetsTheAim()
{
    // interfaces.md §8: for IMS, guided by process_percent, at most a fifth of a fixed 2-second
    // poll's requests, and the end noticed within 15 s.
    QFETCH(qint64, durationMs);
    QFETCH(double, random);
    QFETCH(qsizetype, followed);
    const SimResult r = simulate(PollPolicy(), durationMs, true, random, followed);
    const int fixed = int(std::ceil(double(durationMs) / 2000.0));
    QVERIFY2(r.polls * 5 <= fixed,
        qPrintable(u"%1 polls vs %2 for a fixed 2 s poll"_s.arg(r.polls).arg(fixed)));
    QVERIFY2(r.noticedLateMs <= 15000, qPrintable(u"noticed %1 ms late"_s.arg(r.noticedLateMs)));
}

void tst_Retry::manyJobsShareARequestBudget()
{
    // Issue 12's aim for 1,000 live IMS jobs: the jobs far from their predicted end are asked
    // about at most 20 times a second together. Up to 600 jobs keep the 30 s gap.
    PollPolicy p;
    p.jitter = 0;
    QCOMPARE(p.predictedGap(1).count(), qint64(30000));
    QCOMPARE(p.predictedGap(600).count(), qint64(30000));
    QCOMPARE(p.predictedGap(1000).count(), qint64(50000));
    QCOMPARE(p.predictedGap(100000).count(), qint64(120000)); // the ceiling
    p.farPollsPerSecond = 0;                                  // no budget: the plain maximum
    QCOMPARE(p.predictedGap(1000).count(), qint64(30000));
    p.farPollsPerSecond = 20;

    // A job 1 % done after 10 s: its end is about 1,000 s away, so the gap is the cap.
    using S = PollPolicy::Sample;
    const S first{0, 0.0};
    const S last{10'000, 0.01};
    QCOMPARE(p.next(2000ms, true, first, last, 0.5, 1).count(), qint64(30000));
    QCOMPARE(p.next(2000ms, true, first, last, 0.5, 1000).count(), qint64(50000));
    QCOMPARE(p.next(2000ms, true, first, last, 0.5, 100000).count(), qint64(120000));
    // Near its end the budget changes nothing: it is asked just after the predicted end.
    const S nearEnd{10'000, 0.98};
    QCOMPARE(p.next(30000ms, true, S{0, 0.97}, nearEnd, 0.5, 1).count(),
        p.next(30000ms, true, S{0, 0.97}, nearEnd, 0.5, 100000).count());
    // A job without a percentage keeps the maximum of 15 s, whatever the number of jobs.
    milliseconds interval = p.first;
    for (int i = 0; i < 10; ++i)
        interval = p.next(interval, false, std::nullopt, std::nullopt, 0.5, 100000);
    QCOMPARE(interval.count(), qint64(p.maximum.count()));
}

void tst_Retry::statusOnlyPollingMeetsTheAim()
{
    // Jobs without a percentage (Glance, Cinder, Nova): at most a third, end within 15 s.
    for (qint64 d : {60000LL, 600000LL, 3600000LL}) {
        const SimResult r = simulate(PollPolicy(), d, false, 0.5);
        const int fixed = int(std::ceil(double(d) / 2000.0));
        QVERIFY2(r.polls * 3 <= fixed, qPrintable(u"%1 vs %2"_s.arg(r.polls).arg(fixed)));
        QVERIFY(r.noticedLateMs <= 15000);
    }
}

QTEST_GUILESS_MAIN(tst_Retry)
#include "tst_retry.moc"
