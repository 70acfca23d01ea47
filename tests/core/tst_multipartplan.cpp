// Multipart part sizes (10,000 parts at most, 16 MiB at least by default, the S3 limits) and the
// resume state's JSON and file checks.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "obs/multipartplan.h"
#include "obs/uploadstate.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

class tst_MultipartPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void partSize_data();
    void partSize();
    void partsCoverTheFile_data();
    void partsCoverTheFile();
    void multipartEtag();
    void stateRoundTrip();
    void stateRefusesMalformed();
    void changedFileIsNamed();
};

void tst_MultipartPlan::partSize_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("empty file") << 0LL << 0LL << 16 * MiB;
    QTest::newRow("1 GiB: the 16 MiB floor") << GiB << 0LL << 16 * MiB;
    QTest::newRow("156.25 GiB: exactly 10,000 x 16 MiB") << 10000 * 16 * MiB << 0LL << 16 * MiB;
    QTest::newRow("one byte more: 17 MiB") << 10000 * 16 * MiB + 1 << 0LL << 17 * MiB;
    QTest::newRow("1 TB (quick import)") << 1000LL * 1000 * 1000 * 1000 << 0LL << 96 * MiB;
    QTest::newRow("requested 64 MiB") << GiB << 64 * MiB << 64 * MiB;
    QTest::newRow("requested below 5 MiB") << GiB << 4 * MiB << -1LL;
    QTest::newRow("requested above 5 GiB") << GiB << 6 * GiB << -1LL;
    QTest::newRow("requested too small for 10,000 parts") << 100 * GiB << 5 * MiB << -1LL;
    QTest::newRow("over 10,000 x 5 GiB") << 10000 * 5 * GiB + 1 << 0LL << -1LL;
}

void tst_MultipartPlan::partSize()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, requested);
    QFETCH(qint64, expected);
    QString why;
    const auto size = MultipartPlan::choosePartSize(fileSize, requested, &why);
    if (expected < 0) {
        QVERIFY(!size);
        QVERIFY(!why.isEmpty());
        return;
    }
    QVERIFY2(size, qPrintable(why));
    QCOMPARE(*size, expected);
    QVERIFY(MultipartPlan(fileSize, *size).partCount() <= MultipartPlan::MaxParts);
}

void tst_MultipartPlan::partsCoverTheFile_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("partSize");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("last");
    QTest::newRow("exact") << 64 * MiB << 16 * MiB << 4 << 16 * MiB;
    QTest::newRow("remainder") << 64 * MiB + 7 << 16 * MiB << 5 << 7LL;
    QTest::newRow("smaller than a part") << 1000LL << 16 * MiB << 1 << 1000LL;
    QTest::newRow("empty") << 0LL << 16 * MiB << 1 << 0LL;
}

void tst_MultipartPlan::partsCoverTheFile()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, partSize);
    QFETCH(int, count);
    QFETCH(qint64, last);
    const MultipartPlan plan(fileSize, partSize);
    QCOMPARE(plan.partCount(), count);
    qint64 covered = 0;
    for (int n = 1; n <= plan.partCount(); ++n) {
        QCOMPARE(plan.offsetOf(n), covered);
        covered += plan.sizeOf(n);
    }
    QCOMPARE(covered, fileSize);
    QCOMPARE(plan.sizeOf(count), last);
    QCOMPARE(plan.sizeOf(count + 1), 0);
}

void tst_MultipartPlan::multipartEtag()
{
    // AWS's documented rule, checked by hand: two parts of "a" and "b".
    const QByteArray a = QByteArray::fromHex("0cc175b9c0f1b6a831c399e269772661");
    const QByteArray b = QByteArray::fromHex("92eb5ffee6ae2fec3ad71c777531578f");
    QCOMPARE(MultipartPlan::multipartEtag({a, b}),
        QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(a + b), QCryptographicHash::Md5).toHex() + "-2"));
}

void tst_MultipartPlan::stateRoundTrip()
{
    UploadState s;
    s.endpoint = u"https://obs.eu-de.otc.t-systems.com"_s;
    s.bucket = u"images"_s;
    s.key = u"disks/web base.qcow2"_s;
    s.uploadId = u"00000165A1B2C3D4E5F6"_s;
    s.filePath = u"/data/web base.qcow2"_s;
    s.fileSize = 300 * GiB;
    s.fileModified = QDateTime(QDate(2026, 12, 1), QTime(8, 30, 1, 250), Qt::UTC);
    s.partSize = 32 * MiB;
    s.confirmed.insert(1, QByteArray(16, '\x01'));
    s.confirmed.insert(9600, QByteArray(16, '\xfe'));
    // An SSE-KMS bucket's ETag (not the MD5) is kept: Complete must name the part by it.
    s.confirm(2, QByteArray(16, '\x02'), u"9d1e6b3a0c7f4e2d8a5b1c3e7f9a0b2c"_s);
    s.confirm(3, QByteArray(16, '\x03'), u"03030303030303030303030303030303"_s);
    QCOMPARE(s.opaqueEtags.keys(), QList<int>{2}); // an ETag that is the MD5 is not repeated
    QString why;
    const auto back = UploadState::fromJson(s.toJson(), &why);
    QVERIFY2(back, qPrintable(why));
    QCOMPARE(back->toJson(), s.toJson());
    QCOMPARE(back->fileSize, 300 * GiB); // a string in JSON: no double rounding
    QCOMPARE(back->confirmed.value(9600), QByteArray(16, '\xfe'));
    QCOMPARE(back->etagOf(9600), u"fe"_s.repeated(16));
    QCOMPARE(back->etagOf(2), u"9d1e6b3a0c7f4e2d8a5b1c3e7f9a0b2c"_s);
    QCOMPARE(back->etagOf(3), u"03"_s.repeated(16));
    QCOMPARE(back->fileModified, s.fileModified);
}

void tst_MultipartPlan::stateRefusesMalformed()
{
    UploadState s;
    s.bucket = u"b"_s;
    s.key = u"k"_s;
    s.filePath = u"/f"_s;
    s.partSize = 16 * MiB;
    s.fileModified = QDateTime::currentDateTimeUtc();
    QJsonObject o = s.toJson();
    QString why;
    QVERIFY(UploadState::fromJson(o, &why));
    o.insert(u"parts"_s, QJsonArray{QJsonObject{{u"n"_s, 1}, {u"md5"_s, u"abc"_s}}});
    QVERIFY(!UploadState::fromJson(o, &why));
    QVERIFY(!why.isEmpty());
    o = s.toJson();
    o.remove(u"bucket"_s);
    QVERIFY(!UploadState::fromJson(o, &why));
    o.insert(u"parts"_s,
        QJsonArray{QJsonObject{{u"n"_s, 1}, {u"md5"_s, u"01"_s.repeated(16)}, {u"etag"_s, 7}}});
    QVERIFY(!UploadState::fromJson(o, &why));
    o = s.toJson();
    o.insert(u"format"_s, 2);
    QVERIFY(!UploadState::fromJson(o, &why));
}

void tst_MultipartPlan::changedFileIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"disk.raw"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(1000, 'x'));
    f.close();
    UploadState s;
    s.filePath = path;
    s.fileSize = 1000;
    s.fileModified = QFileInfo(path).lastModified().toUTC();
    QCOMPARE(s.fileChangedReason(), QString());
    s.fileSize = 999;
    QVERIFY(s.fileChangedReason().contains(u"999"_s));
    s.fileSize = 1000;
    s.fileModified = s.fileModified.addSecs(-60);
    QVERIFY(s.fileChangedReason().contains(u"modified"_s));
    QFile::remove(path);
    QVERIFY(s.fileChangedReason().contains(u"no longer"_s));
}

QTEST_GUILESS_MAIN(tst_MultipartPlan)
#include "tst_multipartplan.moc"
