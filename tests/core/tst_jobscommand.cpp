// `imagewright jobs` (interfaces.md §3): the job monitor's jobs from the job store, as a table or
// as JSON with stable keys, filtered by state and profile; exit 2 for a bad command line, 3 when
// the job history cannot be read.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

#include "cli/jobscommand.h"
#include "jobs/jobstore.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

class tst_JobsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void jsonHasStableKeys();
    void filtersByStateAndProfile();
    void tableNamesEveryJob();
    void badCommandLinesExitTwo();
    void unreadableHistoryExitsThree();

private:
    int run(const QStringList &arguments, QString *out, QString *err, const QString &path = {});

    std::unique_ptr<TestDir> m_dir;
    QList<CloudProfile> m_profiles;
};

void tst_JobsCommand::init()
{
    m_dir = std::make_unique<TestDir>();
    QVERIFY(m_dir->isValid());
    CloudProfile a;
    a.id = u"pa"_s;
    a.name = u"prod"_s;
    CloudProfile b;
    b.id = u"pb"_s;
    b.name = u"lab"_s;
    m_profiles = {a, b};
    const QDateTime t0 = QDateTime::fromString(u"2026-12-01T10:00:00Z"_s, Qt::ISODate);
    const auto job = [&](const QString &id, const QString &profile, JobState state) {
        JobRecord r;
        r.localId = id;
        r.profileId = profile;
        r.cloudLabel = profile == u"pa" ? u"prod · eu-de"_s : u"lab"_s;
        r.name = u"image-"_s + id;
        r.method = CreationMethod::NovaCreateImage;
        r.created = t0;
        r.state = state;
        if (state == JobState::Succeeded) {
            r.finished = t0.addSecs(90);
            r.imageIds = {u"img-"_s + id};
            r.progress = 1;
        }
        r.addNote(QT_TRANSLATE_NOOP("JobMonitor", "Create request being sent"), {}, t0);
        return r;
    };
    QVERIFY(JobStore(m_dir->filePath(u"jobs.sqlite"_s))
                .save({job(u"1"_s, u"pa"_s, JobState::Succeeded),
                    job(u"2"_s, u"pa"_s, JobState::Running),
                    job(u"3"_s, u"pb"_s, JobState::NeedsAttention)}));
}

int tst_JobsCommand::run(
    const QStringList &arguments, QString *out, QString *err, const QString &path)
{
    QString error;
    const std::optional<JobsCommand::Options> options =
        JobsCommand::parseArguments(QStringList{u"jobs"_s} + arguments, &error);
    if (!options) {
        *err = error;
        return 2;
    }
    QTextStream o(out);
    QTextStream e(err);
    const int code = JobsCommand::run(
        *options, path.isEmpty() ? m_dir->filePath(u"jobs.sqlite"_s) : path, m_profiles, o, e);
    o.flush();
    e.flush();
    return code;
}

void tst_JobsCommand::jsonHasStableKeys()
{
    QString out, err;
    QCOMPARE(run({u"--json"_s}, &out, &err), 0);
    const QJsonArray jobs = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(jobs.size(), 3);
    const QJsonObject first = jobs.at(0).toObject();
    QCOMPARE(first.value(u"local_id"_s).toString(), u"1"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"nova-create-image"_s);
    QCOMPARE(first.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(first.value(u"image_ids"_s).toArray().at(0).toString(), u"img-1"_s);
    QCOMPARE(first.value(u"created"_s).toString(), u"2026-12-01T10:00:00Z"_s);
    QCOMPARE(first.value(u"finished"_s).toString(), u"2026-12-01T10:01:30Z"_s);
    QCOMPARE(first.value(u"profile_id"_s).toString(), u"pa"_s);
    QCOMPARE(first.value(u"progress"_s).toDouble(), 1.0);
    QVERIFY(jobs.at(1).toObject().value(u"finished"_s).isNull());
    for (const QString &key : {u"cloud"_s,
             u"name"_s,
             u"job_id"_s,
             u"marker"_s,
             u"cloud_status"_s,
             u"error_code"_s,
             u"fail_reason"_s,
             u"incomplete_upload"_s})
        QVERIFY2(first.contains(key), qPrintable(key));
}

void tst_JobsCommand::filtersByStateAndProfile()
{
    QString out, err;
    QCOMPARE(run({u"--json"_s, u"--state"_s, u"running,needs-attention"_s}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 2);
    out.clear();
    QCOMPARE(run({u"--json"_s, u"--profile"_s, u"prod"_s}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 2);
    out.clear();
    QCOMPARE(
        run({u"--json"_s, u"--profile"_s, u"pb"_s, u"--state"_s, u"running"_s}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 0);
}

void tst_JobsCommand::tableNamesEveryJob()
{
    QString out, err;
    QCOMPARE(run({}, &out, &err), 0);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // a header and three jobs
    QVERIFY(lines.at(1).contains(u"image-1"_s));
    QVERIFY(lines.at(1).contains(u"img-1"_s));
    QVERIFY(lines.at(3).contains(u"Needs attention"_s));
}

void tst_JobsCommand::badCommandLinesExitTwo()
{
    QString out, err;
    QCOMPARE(run({u"--state"_s, u"done"_s}, &out, &err), 2);
    QVERIFY2(err.contains(u"needs-attention"_s), qPrintable(err)); // the valid states are listed
    QCOMPARE(run({u"--profile"_s, u"nobody"_s}, &out, &err), 2);
    QCOMPARE(run({u"--bogus"_s}, &out, &err), 2);
    QCOMPARE(run({u"extra"_s}, &out, &err), 2);
}

void tst_JobsCommand::unreadableHistoryExitsThree()
{
    // A folder where the file should be: neither readable nor movable aside.
    const QString path = m_dir->filePath(u"folder.sqlite"_s);
    QVERIFY(QDir().mkpath(path));
    QString out, err;
    QCOMPARE(run({u"--json"_s}, &out, &err, path), 3);
    QVERIFY(out.isEmpty()); // never an empty list that would look like "no jobs"
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_JobsCommand)
#include "tst_jobscommand.moc"
