// The demo cloud's long-running work (IMS jobs, Nova snapshots, Cinder uploads) as a function of
// the clock, asked at chosen instants in process. Over loopback (tst_democloud) a poll cannot
// promise to land in a phase of a few hundred milliseconds on a loaded machine; here every phase
// and boundary is asked for by its time.
#include <QDateTime>
#include <QStringList>
#include <QTest>

#include "cinderupload.h"
#include "imsjob.h"
#include "novasnapshot.h"

using namespace Qt::StringLiterals;
using namespace DemoCloud;

namespace {

const QDateTime Start = QDateTime::fromString(u"2026-12-06T10:00:00.000Z"_s, Qt::ISODateWithMs);

QDateTime at(qint64 ms)
{
    return Start.addMSecs(ms);
}

/// The distinct values of `valueAt` from the start to past the end, in the order they come.
template <typename F> QStringList phasesOver(qint64 durationMs, F valueAt)
{
    QStringList seen;
    for (qint64 ms = 0; ms <= durationMs + 10; ++ms) {
        const QString value = valueAt(at(ms));
        if (seen.isEmpty() || seen.last() != value)
            seen << value;
    }
    return seen;
}

ImsJob imsJob(qint64 durationMs, bool fails)
{
    ImsJob job;
    job.id = QString(32, u'a');
    job.jobType = u"imsCreateImageByInstance"_s;
    job.createdAt = Start;
    job.durationMs = durationMs;
    ImsImagePart part;
    part.name = fails ? u"fail-web"_s : u"web"_s;
    part.imageId = u"4f5b1c2e-0000-4000-8000-000000000001"_s;
    part.fails = fails;
    job.systemImage = part;
    return job;
}

} // namespace

class tst_DemoCloudClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imsJobPhases();
    void imsJobProgress();
    void imsFailedJobFreezes();
    void novaSnapshotThirds();
    void novaFailedSnapshotIsPurged();
    void cinderUploadPhases();
    void cinderFailedUploadKillsTheImage();
};

void tst_DemoCloudClock::imsJobPhases()
{
    const ImsJob job = imsJob(1000, false);
    QCOMPARE(job.phaseAt(at(0)), ImsJob::Phase::Init);
    QCOMPARE(job.phaseAt(at(99)), ImsJob::Phase::Init);
    QCOMPARE(job.phaseAt(at(100)), ImsJob::Phase::Running); // INIT for the first 10 %
    QCOMPARE(job.phaseAt(at(999)), ImsJob::Phase::Running);
    QCOMPARE(job.phaseAt(at(1000)), ImsJob::Phase::Success);
    QCOMPARE(phasesOver(1000,
                 [&](const QDateTime &now) {
                     return job.toApiJson(now, true).value(u"status"_s).toString();
                 }),
        (QStringList{u"INIT"_s, u"RUNNING"_s, u"SUCCESS"_s}));
    // The image ID appears with SUCCESS, not before; end_time too.
    const QJsonObject running = job.toApiJson(at(999), true);
    QVERIFY(!running.value(u"entities"_s).toObject().contains(u"image_id"_s));
    QCOMPARE(running.value(u"end_time"_s).toString(), QString());
    const QJsonObject done = job.toApiJson(at(1000), true);
    QCOMPARE(done.value(u"entities"_s).toObject().value(u"image_id"_s).toString(),
        u"4f5b1c2e-0000-4000-8000-000000000001"_s);
    QCOMPARE(done.value(u"end_time"_s).toString(), u"2026-12-06T10:00:01.000Z"_s);
    QCOMPARE(done.value(u"entities"_s).toObject().value(u"current_task"_s).toString(), QString());
}

void tst_DemoCloudClock::imsJobProgress()
{
    const ImsJob job = imsJob(1000, false);
    double previous = -1.0;
    for (qint64 ms = 0; ms < 1000; ++ms) {
        const double p = job.progressAt(at(ms));
        QVERIFY2(p >= previous, qPrintable(QString::number(ms)));
        QVERIFY2(p < 1.0, qPrintable(QString::number(ms))); // below 1 until SUCCESS
        QVERIFY(!job.currentTaskAt(at(ms)).isEmpty());
        previous = p;
    }
    QCOMPARE(job.progressAt(at(500)), 0.5);
    QCOMPARE(job.progressAt(at(999)), 0.99);
    QCOMPARE(job.progressAt(at(1000)), 1.0);
}

void tst_DemoCloudClock::imsFailedJobFreezes()
{
    const ImsJob job = imsJob(1000, true);
    QCOMPARE(
        phasesOver(1000, [&](const QDateTime &now) { return ImsJob::phaseName(job.phaseAt(now)); }),
        (QStringList{u"INIT"_s, u"RUNNING"_s, u"FAIL"_s}));
    const QJsonObject failed = job.toApiJson(at(5000), true);
    QVERIFY(failed.value(u"entities"_s).toObject().value(u"process_percent"_s).toDouble() < 1.0);
    QVERIFY(!failed.value(u"entities"_s).toObject().contains(u"image_id"_s));
}

void tst_DemoCloudClock::novaSnapshotThirds()
{
    NovaSnapshot snapshot;
    snapshot.createdAt = Start;
    snapshot.durationMs = 999;
    // nova/compute/task_states.py order, a third of the duration each, then null.
    QCOMPARE(phasesOver(999, [&](const QDateTime &now) { return snapshot.taskStateAt(now); }),
        (QStringList{
            u"image_snapshot"_s, u"image_pending_upload"_s, u"image_uploading"_s, QString()}));
    QCOMPARE(snapshot.taskStateAt(at(332)), u"image_snapshot"_s);
    QCOMPARE(snapshot.taskStateAt(at(333)), u"image_pending_upload"_s);
    QCOMPARE(snapshot.taskStateAt(at(666)), u"image_uploading"_s);
    QVERIFY(snapshot.taskStateAt(at(999)).isNull());
    // The image: queued until the upload starts, saving while it runs, then active.
    QCOMPARE(phasesOver(999, [&](const QDateTime &now) { return snapshot.imageStatusAt(now); }),
        (QStringList{u"queued"_s, u"saving"_s, u"active"_s}));
    QCOMPARE(snapshot.imageStatusAt(at(665)), u"queued"_s);
    QCOMPARE(snapshot.imageStatusAt(at(666)), u"saving"_s);
    QCOMPARE(snapshot.endTime(), at(999));
}

void tst_DemoCloudClock::novaFailedSnapshotIsPurged()
{
    NovaSnapshot snapshot;
    snapshot.createdAt = Start;
    snapshot.durationMs = 999;
    snapshot.fails = true;
    // The image is there while the snapshot runs (over loopback a 1 s snapshot may be over
    // before a loaded machine asks), then purged.
    QCOMPARE(phasesOver(999, [&](const QDateTime &now) { return snapshot.imageStatusAt(now); }),
        (QStringList{u"queued"_s, u"saving"_s, QString()}));
    QCOMPARE(snapshot.phaseAt(at(999)), NovaSnapshot::Phase::Purged);
    QVERIFY(snapshot.taskStateAt(at(999)).isNull());
    QVERIFY(snapshot.imageStatusAt(at(999)).isNull()); // gone: 404
}

void tst_DemoCloudClock::cinderUploadPhases()
{
    CinderUpload upload;
    upload.createdAt = Start;
    upload.durationMs = 900;
    upload.previousStatus = u"in-use"_s;
    QCOMPARE(phasesOver(900, [&](const QDateTime &now) { return upload.volumeStatusAt(now); }),
        (QStringList{u"uploading"_s, u"in-use"_s}));
    QCOMPARE(phasesOver(900, [&](const QDateTime &now) { return upload.imageStatusAt(now); }),
        (QStringList{u"queued"_s, u"saving"_s, u"active"_s}));
    QCOMPARE(upload.imageStatusAt(at(299)), u"queued"_s); // the first third
    QCOMPARE(upload.imageStatusAt(at(300)), u"saving"_s);
    upload.previousStatus = u"available"_s;
    QCOMPARE(upload.volumeStatusAt(at(900)), u"available"_s); // back where it was
}

void tst_DemoCloudClock::cinderFailedUploadKillsTheImage()
{
    CinderUpload upload;
    upload.createdAt = Start;
    upload.durationMs = 900;
    upload.previousStatus = u"in-use"_s;
    upload.fails = true;
    QCOMPARE(phasesOver(900, [&](const QDateTime &now) { return upload.volumeStatusAt(now); }),
        (QStringList{u"uploading"_s, u"error"_s}));
    QCOMPARE(phasesOver(900, [&](const QDateTime &now) { return upload.imageStatusAt(now); }),
        (QStringList{u"queued"_s, u"saving"_s, u"killed"_s}));
}

QTEST_GUILESS_MAIN(tst_DemoCloudClock)
#include "tst_democloudclock.moc"
