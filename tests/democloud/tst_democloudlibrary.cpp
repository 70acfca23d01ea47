// The demo cloud's image library routes (docs/democloud.md "Image library"), over loopback with
// raw HTTP: IMS list paging and filters, the time filters of both lists, IMS patch and tag batch
// with their refusals, Glance's JSON patch with its refusals, delete (protected, another project's,
// delete_backup), and the changes kept across a restart.
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "support/democloudprocess.h"

using namespace Qt::StringLiterals;

class tst_DemoCloudLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void imsListPagesAndFilters();
    void timeFiltersOnBothLists();
    void imsPatchRules();
    void imsTagBatch();
    void glancePatchRules();
    void deleteRulesAndRestart();

private:
    QJsonArray imsList(const QString &query);
    QJsonObject sample(const QString &name);
    DemoCloudProcess::Reply send(const QByteArray &method,
        const QString &path,
        const QByteArray &body,
        const QByteArray &contentType = "application/json");
    static QString imsCode(const DemoCloudProcess::Reply &r)
    {
        return r.object().value(u"error"_s).toObject().value(u"code"_s).toString();
    }

    DemoCloudProcess m_cloud;
    QString m_token;
};

void tst_DemoCloudLibrary::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_token = m_cloud.token();
    QVERIFY(!m_token.isEmpty());
}

QJsonArray tst_DemoCloudLibrary::imsList(const QString &query)
{
    const auto r = m_cloud.get(u"/v2/cloudimages?"_s + query, m_token);
    if (r.status != 200)
        qWarning("list: HTTP %d %s", r.status, r.body.constData());
    return r.object().value(u"images"_s).toArray();
}

QJsonObject tst_DemoCloudLibrary::sample(const QString &name)
{
    const QJsonArray list = imsList(u"__imagetype=private&name="_s + name);
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

DemoCloudProcess::Reply tst_DemoCloudLibrary::send(const QByteArray &method,
    const QString &path,
    const QByteArray &body,
    const QByteArray &contentType)
{
    return m_cloud.send(
        method, path, body, {{"X-Auth-Token", m_token.toLatin1()}, {"Content-Type", contentType}});
}

void tst_DemoCloudLibrary::imsListPagesAndFilters()
{
    const QJsonArray all = imsList(u"__imagetype=private"_s);
    QVERIFY(all.size() >= 130);
    QVERIFY(!m_cloud.get(u"/v2/cloudimages?limit=2"_s, m_token).object().contains(u"next"_s));
    // marker = the last id: the next page starts right after it.
    const QString third = all.at(2).toObject().value(u"id"_s).toString();
    const QJsonArray page = imsList(
        u"__imagetype=private&limit=2&marker="_s + all.at(1).toObject().value(u"id"_s).toString());
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).toObject().value(u"id"_s).toString(), third);
    const auto unknown =
        m_cloud.get(u"/v2/cloudimages?marker=00000000-0000-0000-0000-000000000000"_s, m_token);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(imsCode(unknown), u"IMG.0027"_s);
    QCOMPARE(m_cloud.get(u"/v2/cloudimages?limit=0"_s, m_token).status, 400);
    QCOMPARE(imsList(u"__imagetype=gold"_s).size(), 4);
    QCOMPARE(imsList(u"__imagetype=shared"_s).size(), 3);
    for (const QJsonValue &v : imsList(u"tag=team%3Dweb&status=active"_s)) {
        QVERIFY(v.toObject().value(u"tags"_s).toArray().contains(u"team=web"_s));
        QCOMPARE(v.toObject().value(u"status"_s).toString(), u"active"_s);
    }
    const QJsonArray ascending = imsList(u"__imagetype=private&sort_key=name&sort_dir=asc"_s);
    QVERIFY(ascending.first().toObject().value(u"name"_s).toString()
        < ascending.last().toObject().value(u"name"_s).toString());
}

void tst_DemoCloudLibrary::timeFiltersOnBothLists()
{
    const auto created = [this](const QString &path, const QString &query) {
        const auto r = m_cloud.get(path + u"?limit=1000&"_s + query, m_token);
        QStringList times;
        for (const QJsonValue &v : r.object().value(u"images"_s).toArray())
            times << v.toObject().value(u"created_at"_s).toString();
        return std::pair{r.status, times};
    };
    // What each condition must keep, worked out here from the whole list (ISO 8601 in UTC
    // compares as text; the samples' newest is 2026-11-30T09:00:00Z).
    const auto expected = [](const QStringList &all,
                              const std::function<bool(const QString &)> &keep) {
        QStringList kept;
        for (const QString &t : all) {
            if (keep(t))
                kept << t;
        }
        return kept;
    };
    const QString t = u"2026-11-30T09:00:00Z"_s;
    for (const QString &path : {u"/v2/cloudimages"_s, u"/v2/images"_s}) {
        const QStringList all = created(path, QString()).second;
        QVERIFY(all.contains(t));
        QCOMPARE(created(path, u"created_at=gte:"_s + t).second,
            expected(all, [&t](const QString &c) { return c >= t; }));
        QCOMPARE(created(path, u"created_at=gt:"_s + t).second,
            expected(all, [&t](const QString &c) { return c > t; }));
        const QStringList older = created(path, u"created_at=lt:"_s + t).second;
        QCOMPARE(older, expected(all, [&t](const QString &c) { return c < t; }));
        QVERIFY(!older.isEmpty() && older.size() < all.size());
        QCOMPARE(created(path, u"created_at=lte:"_s + t).second,
            expected(all, [&t](const QString &c) { return c <= t; }));
        // A bare time is "eq"; neq; updated_at the same way.
        QCOMPARE(created(path, u"created_at="_s + t).second, QStringList{t});
        QCOMPARE(created(path, u"created_at=eq:"_s + t).second, QStringList{t});
        QCOMPARE(created(path, u"created_at=neq:"_s + t).second.size(), all.size() - 1);
        QVERIFY(created(path, u"updated_at=gt:2099-01-01T00:00:00Z"_s).second.isEmpty());
        // One condition per field: given twice, the last one counts.
        QCOMPARE(created(path, u"created_at=lt:2000-01-01T00:00:00Z&created_at=eq:"_s + t).second,
            QStringList{t});
        QCOMPARE(created(path, u"created_at=after:"_s + t).first, 400);
        QCOMPARE(created(path, u"created_at=gt:yesterday"_s).first, 400);
    }
    // IMS also takes "yyyy-MM-dd hh:mm:ss" (UTC).
    QCOMPARE(created(u"/v2/cloudimages"_s, u"created_at=eq:2026-11-30%2009:00:00"_s).second,
        QStringList{t});
    QCOMPARE(
        imsCode(m_cloud.get(u"/v2/cloudimages?created_at=gt:never"_s, m_token)), u"IMG.0001"_s);
}

void tst_DemoCloudLibrary::imsPatchRules()
{
    const QJsonObject image = sample(u"web-centos76-001"_s);
    const QString path = u"/v2/cloudimages/"_s + image.value(u"id"_s).toString();
    const auto patch = [this, &path](const QJsonArray &ops) {
        return send("PATCH", path, QJsonDocument(ops).toJson(QJsonDocument::Compact));
    };
    const auto op = [](const QString &p, const QJsonValue &v) {
        return QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, p}, {u"value"_s, v}};
    };
    QCOMPARE(imsCode(patch({op(u"/name"_s, u"bad<name"_s)})), u"IMG.0003"_s);
    QCOMPARE(imsCode(patch({op(u"/name"_s, QString(129, u'a'))})), u"IMG.0002"_s);
    QCOMPARE(imsCode(patch({op(u"/__description"_s, QString(1025, u'a'))})), u"IMG.0004"_s);
    QCOMPARE(imsCode(patch({op(u"/min_disk"_s, u"80"_s)})), u"IMG.0001"_s); // not in the table
    QCOMPARE(send("PATCH", path, "{}").status, 400);
    const auto done = patch({op(u"/name"_s, u"web-centos76-first"_s),
        QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"/max_ram"_s}, {u"value"_s, u"4096"_s}}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.object().value(u"name"_s).toString(), u"web-centos76-first"_s);
    QCOMPARE(done.object().value(u"max_ram"_s).toString(), u"4096"_s);
    QCOMPARE(sample(u"web-centos76-first"_s).value(u"id"_s), image.value(u"id"_s));
    // Only active images (IMG.0046): a queued sample.
    const QJsonObject queued = imsList(u"status=queued"_s).first().toObject();
    const auto refused = send("PATCH",
        u"/v2/cloudimages/"_s + queued.value(u"id"_s).toString(),
        QJsonDocument(QJsonArray{op(u"/name"_s, u"x"_s)}).toJson());
    QCOMPARE(refused.status, 400);
    QCOMPARE(imsCode(refused), u"IMG.0046"_s);
}

void tst_DemoCloudLibrary::imsTagBatch()
{
    const QString id = sample(u"db-euleros29-011"_s).value(u"id"_s).toString();
    const QString path = u"/v2/%1/images/%2/tags/action"_s.arg(m_cloud.projectId(), id);
    const auto action = [this, &path](const QString &what, const QJsonArray &tags) {
        return send("POST",
            path,
            QJsonDocument(QJsonObject{{u"action"_s, what}, {u"tags"_s, tags}}).toJson());
    };
    const auto tag = [](const QString &k, const QString &v) {
        return QJsonObject{{u"key"_s, k}, {u"value"_s, v}};
    };
    QCOMPARE(
        action(u"create"_s, {tag(u"env"_s, u"stage"_s), tag(u"owner"_s, u"qa"_s)}).status, 204);
    QJsonArray tags = sample(u"db-euleros29-011"_s).value(u"tags"_s).toArray();
    QVERIFY(tags.contains(u"env=stage"_s) && tags.contains(u"owner=qa"_s));
    QVERIFY(!tags.contains(u"env=prod"_s)); // overwritten, not doubled
    QCOMPARE(action(u"delete"_s, {tag(u"owner"_s, QString()), tag(u"gone"_s, QString())}).status,
        204); // a missing tag is fine
    tags = sample(u"db-euleros29-011"_s).value(u"tags"_s).toArray();
    QVERIFY(!tags.contains(u"owner=qa"_s));
    QJsonArray many;
    for (int i = 0; i < 9; ++i)
        many.append(tag(u"k%1"_s.arg(i), u"v"_s));
    QCOMPARE(action(u"create"_s, many).status, 400); // 2 + 9 > 10
    QCOMPARE(action(u"create"_s, {tag(QString(37, u'k'), u"v"_s)}).status, 400);
    QCOMPARE(action(u"rename"_s, {tag(u"a"_s, u"b"_s)}).status, 400);
    const auto foreign = send("POST",
        u"/v2/%1/images/%2/tags/action"_s.arg(u"someoneelse"_s, id),
        QJsonDocument(QJsonObject{{u"action"_s, u"create"_s}, {u"tags"_s, QJsonArray()}}).toJson());
    QCOMPARE(foreign.status, 403);
}

void tst_DemoCloudLibrary::glancePatchRules()
{
    const QString id = sample(u"app-euleros29-019"_s).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    const QString path = u"/v2/images/"_s + id;
    const QByteArray patchType = "application/openstack-images-v2.1-json-patch";
    const auto patch = [&](const QJsonArray &ops) {
        return send("PATCH", path, QJsonDocument(ops).toJson(QJsonDocument::Compact), patchType);
    };
    const auto op = [](const QString &o, const QString &p, const QJsonValue &v = {}) {
        QJsonObject x{{u"op"_s, o}, {u"path"_s, p}};
        if (o != u"remove")
            x.insert(u"value"_s, v);
        return x;
    };
    QCOMPARE(send("PATCH", path, "[]", "application/json").status, 415);
    QCOMPARE(patch({op(u"replace"_s, u"/status"_s, u"active"_s)}).status, 403);
    QCOMPARE(patch({op(u"replace"_s, u"/nothing_here"_s, u"x"_s)}).status, 409);
    QCOMPARE(patch({op(u"remove"_s, u"/nothing_here"_s)}).status, 409);
    QCOMPARE(patch({op(u"replace"_s, u"/visibility"_s, u"public"_s)}).status, 403);
    QCOMPARE(patch({op(u"replace"_s, u"/min_disk"_s, -1)}).status, 400);
    QCOMPARE(patch({op(u"replace"_s, u"/tags"_s, QJsonArray{u"plain"_s})}).status, 400);
    const auto done = patch({op(u"replace"_s, u"/name"_s, u"renamed-by-glance"_s),
        op(u"add"_s, u"/description"_s, u"via json-patch"_s),
        op(u"replace"_s, u"/protected"_s, true),
        op(u"replace"_s, u"/tags"_s, QJsonArray{u"team=app"_s})});
    QCOMPARE(done.status, 200);
    const QJsonObject image = m_cloud.get(path, m_token).object();
    QCOMPARE(image.value(u"name"_s).toString(), u"renamed-by-glance"_s);
    QCOMPARE(image.value(u"description"_s).toString(), u"via json-patch"_s);
    QCOMPARE(image.value(u"protected"_s).toBool(), true);
    QCOMPARE(image.value(u"tags"_s).toArray(), QJsonArray{u"team=app"_s});
    // The IMS list shows the same image changed.
    QCOMPARE(imsList(u"id="_s + id).first().toObject().value(u"name"_s).toString(),
        u"renamed-by-glance"_s);
}

void tst_DemoCloudLibrary::deleteRulesAndRestart()
{
    const auto del = [this](const QString &id, const QByteArray &body = {}) {
        return send("DELETE", u"/v2/images/"_s + id, body);
    };
    // A protected sample (every 17th from the 4th).
    const QString protectedId = sample(u"web-debian10-004"_s).value(u"id"_s).toString();
    QVERIFY(sample(u"web-debian10-004"_s).value(u"protected"_s).toBool());
    const auto refused = del(protectedId);
    QCOMPARE(refused.status, 403);
    QVERIFY(QString::fromUtf8(refused.body).contains(u"protected"_s));
    const QString publicId =
        imsList(u"__imagetype=gold"_s).first().toObject().value(u"id"_s).toString();
    QCOMPARE(del(publicId).status, 403); // another project's
    const QString id = sample(u"k8s-node-centos76-057"_s).value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(del(id, R"({"delete_backup": "yes"})").status, 400);
    QCOMPARE(del(id, R"({"delete_backup": true})").status, 204);
    QCOMPARE(m_cloud.get(u"/v2/images/"_s + id, m_token).status, 404);
    QCOMPARE(del(id).status, 404);
    // Changes and deletions survive a restart (the state folder).
    m_cloud.stop();
    QVERIFY(m_cloud.start());
    m_token = m_cloud.token();
    QCOMPARE(m_cloud.get(u"/v2/images/"_s + id, m_token).status, 404);
    QVERIFY(!sample(u"web-centos76-first"_s).isEmpty()); // renamed in imsPatchRules
}

QTEST_GUILESS_MAIN(tst_DemoCloudLibrary)
#include "tst_democloudlibrary.moc"
