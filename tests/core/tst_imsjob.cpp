// Parsing of IMS job answers (status and progress queries), from the examples of the vendor
// documents (reference/api-facts.md §1.1), plus Nova server pages.
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "model/imsjob.h"
#include "model/novaserver.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

class tst_ImsJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void progressIsAFraction();
    void subJobsGiveEveryImage();
    void timestamps_data();
    void timestamps();
    void failCarriesCodeAndReason();
    void serverPage();
};

void tst_ImsJob::parse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ImsJob::Status>("status");
    QTest::addColumn<QStringList>("images");
    QTest::newRow("success (status doc)")
        << u"ims_job_success.json"_s << true << ImsJob::Status::Success
        << QStringList{u"3f7185de-b59a-4bb8-aa1d-7a513528b0e9"_s};
    QTest::newRow("success with sub-jobs (OVA)")
        << u"ims_job_ova_subjobs.json"_s << true << ImsJob::Status::Success
        << QStringList{u"fc496c19-40c2-4220-8b1a-eba9d53fca7b"_s};
    QTest::newRow("running (progress doc)")
        << u"ims_job_progress_running.json"_s << true << ImsJob::Status::Running << QStringList{};
    QTest::newRow("init, old dates")
        << u"ims_job_old_dates.json"_s << true << ImsJob::Status::Init << QStringList{};
    QTest::newRow("fail") << u"ims_job_fail.json"_s << true << ImsJob::Status::Fail
                          << QStringList{};
    QTest::newRow("misspelled status is unknown")
        << u"ims_job_misspelled.json"_s << true << ImsJob::Status::Unknown << QStringList{};
    QTest::newRow("no job_id") << u"ims_job_noid.json"_s << false << ImsJob::Status::Unknown
                               << QStringList{};
}

void tst_ImsJob::parse()
{
    QFETCH(QString, fixture);
    QFETCH(bool, valid);
    QFETCH(ImsJob::Status, status);
    QFETCH(QStringList, images);
    QString why;
    const auto job = ImsJob::fromJson(Fixtures::object(fixture), &why);
    QCOMPARE(job.has_value(), valid);
    if (!job) {
        QVERIFY2(!why.isEmpty(), "a rejection without a reason");
        return;
    }
    QCOMPARE(job->status, status);
    QCOMPARE(job->imageIds(), images);
    QCOMPARE(
        job->isTerminal(), status == ImsJob::Status::Success || status == ImsJob::Status::Fail);
}

void tst_ImsJob::progressIsAFraction()
{
    const auto running = ImsJob::fromJson(Fixtures::object(u"ims_job_progress_running.json"_s));
    QVERIFY(running && running->processPercent);
    QCOMPARE(*running->processPercent, 0.24);
    QCOMPARE(running->currentTask, u"ImportImageTask:ObtainImageInfoTask"_s);
    QVERIFY(!running->endTime.isValid()); // "" while running
    const auto done = ImsJob::fromJson(Fixtures::object(u"ims_job_progress_done.json"_s));
    QVERIFY(done && done->processPercent);
    QCOMPARE(*done->processPercent, 1.0);
    QCOMPARE(done->imageIds(), QStringList{u"eacac5cb-0f5e-4a3c-9a57-2c1b0e7d6f11"_s});
    // A status query has no process_percent at all: unknown, not zero.
    const auto status = ImsJob::fromJson(Fixtures::object(u"ims_job_success.json"_s));
    QVERIFY(status && !status->processPercent);
}

void tst_ImsJob::subJobsGiveEveryImage()
{
    QJsonObject o = Fixtures::object(u"ims_job_ova_subjobs.json"_s);
    QJsonObject entities = o.value(u"entities"_s).toObject();
    QJsonArray subs = entities.value(u"sub_jobs_result"_s).toArray();
    QJsonObject second = subs.at(0).toObject();
    second.insert(u"job_id"_s, u"second"_s);
    second.insert(u"entities"_s, QJsonObject{{u"image_id"_s, u"img-2"_s}});
    subs.append(second);
    entities.insert(u"sub_jobs_result"_s, subs);
    entities.insert(u"image_id"_s, u"img-0"_s);
    o.insert(u"entities"_s, entities);
    const auto job = ImsJob::fromJson(o);
    QVERIFY(job);
    QCOMPARE(job->imageIds(),
        (QStringList{u"img-0"_s, u"fc496c19-40c2-4220-8b1a-eba9d53fca7b"_s, u"img-2"_s}));
}

void tst_ImsJob::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime t(QDate(2024, 11, 6), QTime(6, 19, 43, 195), Qt::UTC);
    QTest::newRow("ISO with ms") << u"2024-11-06T06:19:43.195Z"_s << t;
    QTest::newRow("ISO without ms") << u"2024-11-06T06:19:43Z"_s << t.addMSecs(-195);
    QTest::newRow("keystone microseconds")
        << u"2015-11-07T02:58:43.578887Z"_s
        << QDateTime(QDate(2015, 11, 7), QTime(2, 58, 43, 579), Qt::UTC); // rounded to the ms
    QTest::newRow("old IMS form") << u"04-Jun-2015 18:11:06:586"_s
                                  << QDateTime(QDate(2015, 6, 4), QTime(18, 11, 6, 586), Qt::UTC);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
}

void tst_ImsJob::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = ImsJob::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void tst_ImsJob::failCarriesCodeAndReason()
{
    const auto job = ImsJob::fromJson(Fixtures::object(u"ims_job_fail.json"_s));
    QVERIFY(job);
    QCOMPARE(job->errorCode, u"IMG.0087"_s);
    QCOMPARE(job->failReason, u"The system disk could not be read."_s);
    // null on success, never the text "null"
    const auto ok = ImsJob::fromJson(Fixtures::object(u"ims_job_success.json"_s));
    QVERIFY(ok && ok->errorCode.isEmpty() && ok->failReason.isEmpty());
}

void tst_ImsJob::serverPage()
{
    const QJsonObject page{{u"servers"_s,
                               QJsonArray{QJsonObject{{u"id"_s, u"s1"_s},
                                              {u"name"_s, u"web-01"_s},
                                              {u"status"_s, u"SHUTOFF"_s},
                                              {u"os-extended-volumes:volumes_attached"_s,
                                                  QJsonArray{QJsonObject{{u"id"_s, u"v1"_s}}}}},
                                   QJsonObject{{u"name"_s, u"no id: skipped"_s}}}},
        {u"servers_links"_s,
            QJsonArray{QJsonObject{{u"rel"_s, u"next"_s},
                {u"href"_s, u"http://h/v2.1/p/servers/detail?limit=1&marker=s1"_s}}}}};
    const auto parsed = NovaServerPage::fromJson(page);
    QVERIFY(parsed);
    QCOMPARE(parsed->servers.size(), 1);
    QCOMPARE(parsed->servers.at(0).status, u"SHUTOFF"_s);
    QCOMPARE(parsed->servers.at(0).attachedVolumeIds, QStringList{u"v1"_s});
    QCOMPARE(parsed->nextMarker, u"s1"_s);
    QVERIFY(!NovaServerPage::fromJson(QJsonObject{{u"server"_s, 1}}));
}

QTEST_GUILESS_MAIN(tst_ImsJob)
#include "tst_imsjob.moc"
