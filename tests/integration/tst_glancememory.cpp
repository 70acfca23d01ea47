// Memory stays flat in the file's size: a 2 GiB sparse file (truncate, no disk used) is
// uploaded through JobMonitor to the demo cloud, and the process's peak resident set (VmHWM)
// must not grow by more than a generous bound. A memory bound, not a timed test.
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "create/glancecreaterequest.h"
#include "jobs/jobmonitor.h"
#include "net/restclient.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

/// Peak resident set size of this process in KiB (/proc/self/status VmHWM).
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class tst_GlanceMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sparse2GiBUploadKeepsMemoryFlat();
};

void tst_GlanceMemory::sparse2GiBUploadKeepsMemoryFlat()
{
    QStandardPaths::setTestModeEnabled(true);
    DemoCloudProcess demo;
    QVERIFY2(demo.start(), "the demo cloud did not start");
    TestDir dir;
    QVERIFY(dir.isValid());
    constexpr qint64 Size = 2LL * 1024 * 1024 * 1024;
    QFile file(dir.filePath(u"sparse.raw"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Size)); // sparse: reads as zeros
    file.close();

    RestClient client;
    CloudSession session(&client, CloudProfile::demo(demo.authUrl()));
    session.auth()->setPassword(u"demo"_s);
    JobMonitor monitor(JobStore(dir.filePath(u"jobs.sqlite"_s)));
    monitor.setSessionResolver([&session](const QString &) { return &session; });

    GlanceCreateRequest r;
    r.name = u"sparse-2g"_s;
    r.diskFormat = u"raw"_s;
    r.minDisk = 2;
    r.osVersion = u"Ubuntu 22.04 server 64bit"_s;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const qint64 before = peakRssKiB();
    QVERIFY(before > 0);
    QSignalSpy finished(&monitor, &JobMonitor::jobFinished);
    QString localId;
    monitor.submitGlance(&session,
        r.name,
        id,
        r.toBodyWithId(id),
        file.fileName(),
        this,
        [&localId](const ApiError &, const QString &lid) { localId = lid; });
    QVERIFY(finished.wait(240000));
    const JobRecord &rec = monitor.at(monitor.rowOf(localId));
    QCOMPARE(rec.state, JobState::Succeeded);
    QCOMPARE(rec.uploadedBytes, Size);
    const qint64 after = peakRssKiB();
    qInfo("peak RSS: %lld MiB before, %lld MiB after a 2 GiB upload", before / 1024, after / 1024);
    QVERIFY2(after - before < 300 * 1024,
        qPrintable(u"the peak grew by %1 MiB"_s.arg((after - before) / 1024)));
}

QTEST_GUILESS_MAIN(tst_GlanceMemory)
#include "tst_glancememory.moc"
