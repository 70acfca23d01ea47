// The review page's words (issue 16): CreateSummary read from the body as sent, what Imagewright
// adds per method (nothing for Cinder), the source by name, tags without the marker, and how
// long such a create took on this monitor (the median of the last successes).
#include <QJsonArray>
#include <QTest>

#include "create/createsummary.h"
#include "jobs/jobrecord.h"

using namespace Qt::StringLiterals;

class tst_CreateSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void imsSaysItsTagAndHidesTheMarker();
    void imsDottedTagsForm();
    void cinderAddsNothing();
    void novaNamesTheServer();
    void typicalTimeIsTheMedianOfSuccesses();
};

void tst_CreateSummary::imsSaysItsTagAndHidesTheMarker()
{
    CreateSummary::Input in;
    in.method = CreationMethod::ImsEcs;
    in.marker = u"m-1"_s;
    in.sourceName = u"web-01"_s;
    in.body = QJsonObject{{u"name"_s, u"web-base"_s},
        {u"instance_id"_s, u"srv-1"_s},
        {u"image_tags"_s,
            QJsonArray{QJsonObject{{u"key"_s, u"env"_s}, {u"value"_s, u"prod"_s}},
                QJsonObject{{u"key"_s, u"imagewright_op"_s}, {u"value"_s, u"m-1"_s}}}}};
    const CreateSummary s = CreateSummary::of(in, {});
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Image name"_s, u"web-base"_s}));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"From the server"_s, u"web-01 (srv-1)"_s}));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Tags"_s, u"env=prod"_s})); // not the marker
    QVERIFY(s.imagewrightAdds.contains(u"imagewright_op=m-1"_s));
    QVERIFY(!s.cloudDoes.isEmpty());
    QVERIFY(s.typicalTime.contains(u"depends"_s)); // no history: no figure made up
}

void tst_CreateSummary::imsDottedTagsForm()
{
    CreateSummary::Input in;
    in.method = CreationMethod::ImsObsFile;
    in.marker = u"m-2"_s;
    in.body = QJsonObject{{u"name"_s, u"img"_s},
        {u"image_url"_s, u"bucket:disk.qcow2"_s},
        {u"min_disk"_s, 40},
        {u"os_version"_s, u"Ubuntu 22.04 server 64bit"_s},
        {u"tags"_s, QJsonArray{u"team.web"_s, u"imagewright_op.m-2"_s}}};
    const CreateSummary s = CreateSummary::of(in, {});
    QVERIFY(s.imagewrightAdds.contains(u"imagewright_op.m-2"_s));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Tags"_s, u"team.web"_s}));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Image file"_s, u"bucket:disk.qcow2"_s}));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"OS"_s, u"Ubuntu 22.04 server 64bit"_s}));
}

void tst_CreateSummary::cinderAddsNothing()
{
    CreateSummary::Input in;
    in.method = CreationMethod::CinderUploadToImage;
    in.sourceId = u"vol-1"_s;
    in.sourceName = u"data"_s;
    in.body = QJsonObject{{u"os-volume_upload_image"_s,
        QJsonObject{{u"image_name"_s, u"snap"_s}, {u"disk_format"_s, u"qcow2"_s}}}};
    const CreateSummary s = CreateSummary::of(in, {});
    QVERIFY(s.rows.contains(CreateSummary::Row{u"From the volume"_s, u"data (vol-1)"_s}));
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Image name"_s, u"snap"_s}));
    QVERIFY(s.imagewrightAdds.contains(u"adds nothing"_s));
    QVERIFY(!s.imagewrightAdds.contains(u"imagewright_op"_s));
}

void tst_CreateSummary::novaNamesTheServer()
{
    CreateSummary::Input in;
    in.method = CreationMethod::NovaCreateImage;
    in.sourceId = u"srv-9"_s;
    in.marker = u"m-3"_s;
    in.body = QJsonObject{{u"createImage"_s,
        QJsonObject{{u"name"_s, u"snap"_s},
            {u"metadata"_s,
                QJsonObject{{u"purpose"_s, u"backup"_s}, {u"imagewright_op"_s, u"m-3"_s}}}}}};
    const CreateSummary s = CreateSummary::of(in, {});
    QVERIFY(s.rows.contains(CreateSummary::Row{u"From the server"_s, u"srv-9"_s})); // no name
    QVERIFY(s.rows.contains(CreateSummary::Row{u"Tags"_s, u"purpose=backup"_s}));
    QVERIFY(s.imagewrightAdds.contains(u"property imagewright_op=m-3"_s));
}

void tst_CreateSummary::typicalTimeIsTheMedianOfSuccesses()
{
    const QDateTime t0(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    QList<JobRecord> history;
    const auto job = [&](CreationMethod m, JobState state, int minutes, int hoursAgo) {
        JobRecord r;
        r.method = m;
        r.state = state;
        r.created = t0.addSecs(-hoursAgo * 3600);
        r.finished = r.created.addSecs(minutes * 60);
        history << r;
    };
    job(CreationMethod::ImsEcs, JobState::Succeeded, 10, 1);
    job(CreationMethod::ImsEcs, JobState::Succeeded, 30, 2);
    job(CreationMethod::ImsEcs, JobState::Succeeded, 12, 3);
    job(CreationMethod::ImsEcs, JobState::Failed, 90, 4);            // not a success
    job(CreationMethod::NovaCreateImage, JobState::Succeeded, 2, 5); // another method
    QCOMPARE(CreateSummary::typicalSeconds(CreationMethod::ImsEcs, history), 12 * 60);
    QCOMPARE(CreateSummary::typicalSeconds(CreationMethod::ImsObsFile, history), -1);
    CreateSummary::Input in;
    in.method = CreationMethod::ImsEcs;
    in.body = QJsonObject{{u"name"_s, u"x"_s}, {u"instance_id"_s, u"s"_s}};
    QVERIFY2(CreateSummary::of(in, history).typicalTime.contains(u"about 12 minute"_s),
        qPrintable(CreateSummary::of(in, history).typicalTime));
}

QTEST_GUILESS_MAIN(tst_CreateSummary)
#include "tst_createsummary.moc"
