// `imagewright images list|show|set|delete` (issue 13) against the demo cloud, as an operator
// runs it: the imagewright executable as a child process with OS_* variables pointing at the
// demo cloud and a private home. Paging is checked on the requests the cloud recorded.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class tst_ImagesCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void imsListPagesByMarker();
    void glanceListFollowsNextLinks();
    void filtersAppliedByTheCloud();
    void createdDatesFilteredByTheCloud();
    void showAndUnknownImage();
    void imsSetRenamesAndTags();
    void imsSetRefusedForInactiveImage();
    void invalidSetSendsNothing();
    void glanceProtectRefusedDeleteThenDelete();
    void deleteNeedsYesWithoutTerminal();
    void imsDeleteWithBackups();
    void badCommandLineExitsTwo();
    void wrongPasswordExitsThree();

private:
    QProcessEnvironment environment(const QString &password = u"demo"_s) const;
    Run images(const QStringList &arguments, const QString &password = u"demo"_s);
    QJsonArray recorded(const QByteArray &method, const QString &path);
    QString firstImageId(const QStringList &filters, const QString &api = u"ims"_s);

    DemoCloudProcess m_demo;
    std::unique_ptr<TestDir> m_home;
};

void tst_ImagesCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(IW_IMAGEWRIGHT_PATH)), IW_IMAGEWRIGHT_PATH);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
}

void tst_ImagesCli::init()
{
    m_demo.clearRequests();
    m_home = std::make_unique<TestDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment tst_ImagesCli::environment(const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"OS_"))
            env.remove(key);
    }
    const QString home = m_home->path();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"OS_AUTH_URL"_s, m_demo.authUrl().toString());
    env.insert(u"OS_USERNAME"_s, u"demo"_s);
    env.insert(u"OS_PASSWORD"_s, password);
    env.insert(u"OS_PROJECT_NAME"_s, u"demo"_s);
    env.insert(u"OS_USER_DOMAIN_NAME"_s, u"Default"_s);
    env.insert(u"OS_PROJECT_DOMAIN_ID"_s, u"default"_s);
    env.insert(u"OS_REGION_NAME"_s, u"demo-1"_s);
    return env;
}

Run tst_ImagesCli::images(const QStringList &arguments, const QString &password)
{
    QProcess p;
    p.setProcessEnvironment(environment(password));
    p.start(QStringLiteral(IW_IMAGEWRIGHT_PATH), QStringList{u"images"_s} + arguments);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = u"imagewright did not start"_s;
        return r;
    }
    p.closeWriteChannel(); // standard input: a closed pipe, not a terminal
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(3000);
        r.err = u"imagewright images did not end in time"_s;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    // Kept where the suite's canary check (tests/canary) reads it.
    QFile log(QDir::temp().filePath(u"tst_imagescli-cli.log"_s));
    if (log.open(QIODevice::Append)) {
        log.write(u"$ imagewright images %1\n"_s.arg(arguments.join(u' ')).toUtf8());
        log.write(r.out.toUtf8() + r.err.toUtf8());
    }
    return r;
}

QJsonArray tst_ImagesCli::recorded(const QByteArray &method, const QString &path)
{
    QJsonArray matching;
    const QJsonArray all = m_demo.requests();
    for (const QJsonValue &v : all) {
        const QJsonObject r = v.toObject();
        if (r.value(u"method"_s).toString().toLatin1() == method
            && r.value(u"path"_s).toString().startsWith(path))
            matching.append(r);
    }
    return matching;
}

QString tst_ImagesCli::firstImageId(const QStringList &filters, const QString &api)
{
    const Run r = images(QStringList{u"list"_s, u"--json"_s, u"--api"_s, api} + filters);
    if (r.exitCode != 0 || r.array().isEmpty())
        return {};
    return r.array().first().toObject().value(u"id"_s).toString();
}

void tst_ImagesCli::imsListPagesByMarker()
{
    const Run r = images({u"list"_s, u"--json"_s, u"--page-size"_s, u"40"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray list = r.array();
    QVERIFY2(list.size() >= 130, qPrintable(QString::number(list.size()))); // several pages
    QStringList ids;
    for (const QJsonValue &v : list) {
        const QJsonObject image = v.toObject();
        QVERIFY(!ids.contains(image.value(u"id"_s).toString())); // no image twice
        ids << image.value(u"id"_s).toString();
        QCOMPARE(image.value(u"image_type"_s).toString(), u"private"_s);
        QVERIFY(image.contains(u"job_marker"_s));
        QVERIFY(!image.contains(u"properties"_s)); // only `show` gives every property
    }
    const QJsonArray pages = recorded("GET", u"/v2/cloudimages"_s);
    QCOMPARE(pages.size(), int(list.size()) / 40 + 1);
    // The second page starts after the first page's last image; the answer has no next link.
    const QUrlQuery second(pages.at(1).toObject().value(u"query"_s).toString());
    QCOMPARE(second.queryItemValue(u"marker"_s), ids.at(39));
    QCOMPARE(second.queryItemValue(u"limit"_s), u"40"_s);
    QCOMPARE(second.queryItemValue(u"__imagetype"_s), u"private"_s);
}

void tst_ImagesCli::glanceListFollowsNextLinks()
{
    const Run ims = images({u"list"_s, u"--json"_s});
    QCOMPARE(ims.exitCode, 0);
    const Run r =
        images({u"list"_s, u"--json"_s, u"--api"_s, u"glance"_s, u"--page-size"_s, u"25"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.array().size(), ims.array().size()); // the project's own images either way
    const QJsonArray pages = recorded("GET", u"/v2/images"_s);
    QVERIFY(pages.size() >= 6);
    const QUrlQuery first(pages.at(0).toObject().value(u"query"_s).toString());
    QCOMPARE(first.queryItemValue(u"owner"_s), m_demo.projectId());
    const QUrlQuery second(pages.at(1).toObject().value(u"query"_s).toString());
    QVERIFY(second.hasQueryItem(u"marker"_s)); // from the next link, filters kept
    QCOMPARE(second.queryItemValue(u"owner"_s), m_demo.projectId());
    // --all: the public and shared images too.
    const Run all = images({u"list"_s, u"--json"_s, u"--all"_s});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.array().size() > ims.array().size());
}

void tst_ImagesCli::filtersAppliedByTheCloud()
{
    const Run killed = images({u"list"_s, u"--json"_s, u"--status"_s, u"killed"_s});
    QCOMPARE(killed.exitCode, 0);
    QVERIFY(!killed.array().isEmpty());
    for (const QJsonValue &v : killed.array())
        QCOMPARE(v.toObject().value(u"status"_s).toString(), u"killed"_s);
    QCOMPARE(
        QUrlQuery(
            recorded("GET", u"/v2/cloudimages"_s).at(0).toObject().value(u"query"_s).toString())
            .queryItemValue(u"status"_s),
        u"killed"_s);
    // Two tags: IMS takes one per query, the second is applied to each page.
    const Run tagged =
        images({u"list"_s, u"--json"_s, u"--tag"_s, u"team=db"_s, u"--tag"_s, u"env=prod"_s});
    QCOMPARE(tagged.exitCode, 0);
    QVERIFY(!tagged.array().isEmpty());
    for (const QJsonValue &v : tagged.array()) {
        const QJsonArray tags = v.toObject().value(u"tags"_s).toArray();
        QVERIFY(tags.contains(u"team=db"_s) && tags.contains(u"env=prod"_s));
    }
    const Run glanceTagged = images({u"list"_s,
        u"--json"_s,
        u"--api"_s,
        u"glance"_s,
        u"--tag"_s,
        u"team=db"_s,
        u"--tag"_s,
        u"env=prod"_s});
    QCOMPARE(glanceTagged.array().size(), tagged.array().size());
    const Run named = images({u"list"_s, u"--json"_s, u"--name"_s, u"web-centos76-001"_s});
    QCOMPARE(named.array().size(), 1);
    // A table for people, too.
    const Run table = images({u"list"_s, u"--name"_s, u"web-centos76-001"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"web-centos76-001"_s));
}

void tst_ImagesCli::createdDatesFilteredByTheCloud()
{
    // What the filters must give, worked out here from the whole list.
    const Run all = images({u"list"_s, u"--json"_s});
    QCOMPARE(all.exitCode, 0);
    const auto idsCreated = [](const QJsonArray &list, const QString &from, const QString &before) {
        QStringList ids;
        for (const QJsonValue &v : list) {
            const QString created = v.toObject().value(u"created_at"_s).toString();
            if ((from.isEmpty() || created >= from) && (before.isEmpty() || created < before))
                ids << v.toObject().value(u"id"_s).toString();
        }
        ids.sort();
        return ids;
    };
    const auto ids = [&idsCreated](const Run &r) { return idsCreated(r.array(), {}, {}); };
    const QStringList expectedAfter = idsCreated(all.array(), u"2026-11-20T00:00:00Z"_s, {});
    const QStringList expectedBetween =
        idsCreated(all.array(), u"2026-11-10T00:00:00Z"_s, u"2026-11-20T00:00:00Z"_s);
    QVERIFY(!expectedBetween.isEmpty() && expectedBetween.size() < all.array().size());
    for (const QString &api : {u"ims"_s, u"glance"_s}) {
        const QString path = api == u"ims" ? u"/v2/cloudimages"_s : u"/v2/images"_s;
        m_demo.clearRequests();
        const Run after = images({u"list"_s,
            u"--json"_s,
            u"--api"_s,
            api,
            u"--page-size"_s,
            u"10"_s,
            u"--created-after"_s,
            u"2026-11-20"_s});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(ids(after), expectedAfter);
        // Every page asked the cloud for it (a Glance next link keeps it too).
        const QJsonArray lists = recorded("GET", path);
        QVERIFY(lists.size() > 1);
        for (const QJsonValue &v : lists)
            QCOMPARE(QUrlQuery(v.toObject().value(u"query"_s).toString())
                         .queryItemValue(u"created_at"_s, QUrl::FullyDecoded),
                u"gte:2026-11-20T00:00:00Z"_s);
        // Both bounds: the cloud gets the lower one, the upper one is applied to each page.
        m_demo.clearRequests();
        const Run between = images({u"list"_s,
            u"--json"_s,
            u"--api"_s,
            api,
            u"--created-after"_s,
            u"2026-11-10"_s,
            u"--created-before"_s,
            u"2026-11-20T00:00:00Z"_s});
        QCOMPARE(between.exitCode, 0);
        QCOMPARE(ids(between), expectedBetween);
        QCOMPARE(QUrlQuery(recorded("GET", path).at(0).toObject().value(u"query"_s).toString())
                     .allQueryItemValues(u"created_at"_s, QUrl::FullyDecoded),
            QStringList{u"gte:2026-11-10T00:00:00Z"_s});
    }
    // Bad dates (and an empty range) are refused before anything is sent, not even a sign-in.
    m_demo.clearRequests();
    for (const QStringList &bad : {QStringList{u"--created-after"_s, u"2026-02-30"_s},
             QStringList{u"--created-before"_s, u"last week"_s},
             QStringList{u"--created-after"_s, u"2026-11-20T10:00:00"_s},
             QStringList{
                 u"--created-after"_s, u"2026-11-20"_s, u"--created-before"_s, u"2026-11-20"_s}}) {
        const Run r = images(QStringList{u"list"_s} + bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--created-"_s), qPrintable(r.err));
    }
    QCOMPARE(m_demo.requests().size(), 0);
}

void tst_ImagesCli::showAndUnknownImage()
{
    const QString id = firstImageId({u"--name"_s, u"db-ubuntu1804-010"_s});
    QVERIFY(!id.isEmpty());
    const Run r = images({u"show"_s, id, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.object().value(u"id"_s).toString(), id);
    const QJsonObject properties = r.object().value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"__os_version"_s).toString(), u"Ubuntu 18.04 server 64bit"_s);
    const Run text = images({u"show"_s, id});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"__os_version: Ubuntu 18.04 server 64bit"_s));
    QCOMPARE(images({u"show"_s, u"00000000-0000-0000-0000-000000000000"_s}).exitCode, 1);
    QCOMPARE(images({u"show"_s, u"00000000-0000-0000-0000-000000000000"_s, u"--api"_s, u"glance"_s})
                 .exitCode,
        1);
}

void tst_ImagesCli::imsSetRenamesAndTags()
{
    const QString id = firstImageId({u"--name"_s, u"app-euleros29-019"_s});
    QVERIFY(!id.isEmpty());
    const Run r = images({u"set"_s,
        id,
        u"--name"_s,
        u"app-euleros29-renamed"_s,
        u"--description"_s,
        u"Renamed by a test"_s,
        u"--tag"_s,
        u"owner=qa"_s,
        u"--untag"_s,
        u"env"_s,
        u"--max-ram"_s,
        u"8192"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"image_id="_s + id));
    const QJsonArray patches = recorded("PATCH", u"/v2/cloudimages/"_s + id);
    QCOMPARE(patches.size(), 1);
    const QJsonArray ops = patches.at(0).toObject().value(u"body"_s).toArray();
    QCOMPARE(ops.at(0).toObject().value(u"path"_s).toString(), u"/name"_s);
    QCOMPARE(recorded("POST", u"/v2/"_s + m_demo.projectId() + u"/images/"_s + id).size(), 2);
    const Run shown = images({u"show"_s, id, u"--json"_s});
    const QJsonObject image = shown.object();
    QCOMPARE(image.value(u"name"_s).toString(), u"app-euleros29-renamed"_s);
    QCOMPARE(image.value(u"description"_s).toString(), u"Renamed by a test"_s);
    QCOMPARE(image.value(u"max_ram"_s).toInt(), 8192);
    const QJsonArray tags = image.value(u"tags"_s).toArray();
    QVERIFY(tags.contains(u"owner=qa"_s));
    QVERIFY(tags.contains(u"team=app"_s));
    for (const QJsonValue &t : tags)
        QVERIFY(!t.toString().startsWith(u"env="_s));
}

void tst_ImagesCli::imsSetRefusedForInactiveImage()
{
    const QString id = firstImageId({u"--status"_s, u"queued"_s});
    QVERIFY(!id.isEmpty());
    m_demo.clearRequests();
    const Run r = images({u"set"_s, id, u"--name"_s, u"new-name"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"active"_s));
    QCOMPARE(recorded("PATCH", u"/v2/"_s).size(), 0); // checked before sending
}

void tst_ImagesCli::invalidSetSendsNothing()
{
    const Run r = images({u"set"_s,
        u"some-id"_s,
        u"--name"_s,
        u"bad<name>"_s,
        u"--min-disk"_s,
        u"50"_s,
        u"--tag"_s,
        u"novalue"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"name: "_s));
    QVERIFY(r.err.contains(u"min_disk: "_s));
    QVERIFY(r.err.contains(u"tags[0]: "_s));
    QVERIFY2(!r.err.contains(u"QCommandLineParser"_s), qPrintable(r.err));
    QCOMPARE(m_demo.requests().size(), 0);                  // not even a sign-in
    QCOMPARE(images({u"set"_s, u"some-id"_s}).exitCode, 2); // nothing to change
}

void tst_ImagesCli::glanceProtectRefusedDeleteThenDelete()
{
    const QString id = firstImageId({u"--name"_s, u"cache-openeuler2003-109"_s}, u"glance"_s);
    QVERIFY(!id.isEmpty());
    const QStringList glance{u"--api"_s, u"glance"_s};
    Run r = images(
        QStringList{u"set"_s, id, u"--protected"_s, u"yes"_s, u"--tag"_s, u"keep=yes"_s} + glance);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray patches = recorded("PATCH", u"/v2/images/"_s + id);
    QCOMPARE(patches.size(), 1);
    r = images(QStringList{u"delete"_s, id, u"--yes"_s} + glance);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(u"not_deleted="_s + id));
    QVERIFY2(r.err.contains(u"protected"_s), qPrintable(r.err)); // the cloud's message
    QCOMPARE(images(QStringList{u"show"_s, id} + glance).exitCode, 0);
    r = images(QStringList{u"set"_s, id, u"--protected"_s, u"no"_s} + glance);
    QCOMPARE(r.exitCode, 0);
    r = images(QStringList{u"delete"_s, id, u"--yes"_s} + glance);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"deleted="_s + id));
    QCOMPARE(images(QStringList{u"show"_s, id} + glance).exitCode, 1);
}

void tst_ImagesCli::deleteNeedsYesWithoutTerminal()
{
    const QString id = firstImageId({u"--name"_s, u"base-rhel8-046"_s});
    QVERIFY(!id.isEmpty());
    m_demo.clearRequests();
    const Run r = images({u"delete"_s, id});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--yes"_s));
    QCOMPARE(m_demo.requests().size(), 0);
    QCOMPARE(images({u"show"_s, id}).exitCode, 0);
}

void tst_ImagesCli::imsDeleteWithBackups()
{
    const QString a = firstImageId({u"--name"_s, u"bastion-win2016-056"_s});
    const QString b = firstImageId({u"--name"_s, u"bastion-centos76-049"_s});
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    m_demo.clearRequests();
    const Run r = images({u"delete"_s, a, b, u"--yes"_s, u"--delete-backups"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"deleted="_s + a) && r.out.contains(u"deleted="_s + b));
    const QJsonArray deletes = recorded("DELETE", u"/v2/images/"_s);
    QCOMPARE(deletes.size(), 2);
    QCOMPARE(deletes.at(0).toObject().value(u"body"_s).toObject().value(u"delete_backup"_s),
        QJsonValue(true));
    QCOMPARE(
        images({u"list"_s, u"--json"_s, u"--name"_s, u"bastion-win2016-056"_s}).array().size(), 0);
}

void tst_ImagesCli::badCommandLineExitsTwo()
{
    QCOMPARE(images({}).exitCode, 2);
    QCOMPARE(images({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(images({u"list"_s, u"--page-size"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(images({u"list"_s, u"--api"_s, u"nova"_s}).exitCode, 2);
    QCOMPARE(images({u"show"_s}).exitCode, 2);
    QCOMPARE(images({u"delete"_s}).exitCode, 2);
    const Run help = images({u"list"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--page-size"_s));
    QCOMPARE(images({u"--help"_s}).exitCode, 0);
}

void tst_ImagesCli::wrongPasswordExitsThree()
{
    const Run r = images({u"list"_s}, u"wrong"_s);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.err.contains(u"wrong"_s)); // the secret never shows
}

QTEST_GUILESS_MAIN(tst_ImagesCli)
#include "tst_imagescli.moc"
