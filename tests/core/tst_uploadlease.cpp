// UploadLease (issue 14): one holder of a job's upload at a time; the second is told who holds
// it; a released lease is free again; leases of other jobs are independent; no folder: always
// held. (A lease left by a process killed mid-upload is taken over: tests/integration/
// tst_localfile, secondProcessDoesNotUploadTheSameJob.)
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>

#include "jobs/uploadlease.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_UploadLease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneHolderAtATime();
    void otherJobsAreIndependent();
    void noFolderIsAlwaysHeld();
    void unwritableFolderSaysWhy();
};

void tst_UploadLease::oneHolderAtATime()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    const QString leases = dir.filePath(u"upload-locks"_s);
    const QString job = u"3f2b6c1e-9a4d-4c1e-8f00-1b2c3d4e5f60"_s;
    QVERIFY(!UploadLease::heldElsewhere(leases, job, nullptr));
    UploadLease first = UploadLease::take(leases, job);
    QVERIFY(first.isHeld());
    QVERIFY(QDir(leases).exists());

    UploadLease second = UploadLease::take(leases, job);
    QVERIFY(!second.isHeld());
    QVERIFY(second.error().isEmpty());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QVERIFY2(second.holder().contains(pid), qPrintable(second.holder()));
    QString holder;
    QVERIFY(UploadLease::heldElsewhere(leases, job, &holder));
    QCOMPARE(holder, second.holder());

    // Moved, it is still held once; released, it is free.
    UploadLease moved = std::move(first);
    QVERIFY(moved.isHeld());
    QVERIFY(!first.isHeld()); // NOLINT(bugprone-use-after-move): the moved-from state
    QVERIFY(UploadLease::heldElsewhere(leases, job, nullptr));
    moved.release();
    QVERIFY(!moved.isHeld());
    QVERIFY(!UploadLease::heldElsewhere(leases, job, nullptr));
    UploadLease again = UploadLease::take(leases, job);
    QVERIFY(again.isHeld());
}

void tst_UploadLease::otherJobsAreIndependent()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    UploadLease a = UploadLease::take(dir.path(), u"job-a"_s);
    UploadLease b = UploadLease::take(dir.path(), u"job-b"_s);
    QVERIFY(a.isHeld());
    QVERIFY(b.isHeld());
    // A name that is not a file name is kept inside the folder.
    UploadLease odd = UploadLease::take(dir.path(), u"../job c"_s);
    QVERIFY(odd.isHeld());
    QVERIFY(!QFile::exists(dir.filePath(u"../job c.lock"_s)));
}

void tst_UploadLease::noFolderIsAlwaysHeld()
{
    UploadLease a = UploadLease::take({}, u"job"_s);
    UploadLease b = UploadLease::take({}, u"job"_s);
    QVERIFY(a.isHeld());
    QVERIFY(b.isHeld());
    QVERIFY(!UploadLease::heldElsewhere({}, u"job"_s, nullptr));
}

void tst_UploadLease::unwritableFolderSaysWhy()
{
    TestDir dir;
    QVERIFY(dir.isValid());
    // A file where the folder should be: the lock cannot be written, said as such (not as
    // another process holding it).
    QFile blocker(dir.filePath(u"upload-locks"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    UploadLease lease = UploadLease::take(dir.filePath(u"upload-locks"_s), u"job"_s);
    QVERIFY(!lease.isHeld());
    QVERIFY(lease.holder().isEmpty());
    QVERIFY(!lease.error().isEmpty());
    QVERIFY(!UploadLease::heldElsewhere(dir.filePath(u"upload-locks"_s), u"job"_s, nullptr));
}

QTEST_GUILESS_MAIN(tst_UploadLease)
#include "tst_uploadlease.moc"
