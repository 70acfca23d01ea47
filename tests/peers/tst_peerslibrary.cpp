// The image library's core (issue 13) against the real Glance (label peers): the list read page
// by page through `next` links with a small page size, owner and tag filters applied by Glance;
// a JSON patch that renames, describes and retags an image; protect, a delete Glance refuses
// with its own message, unprotect and a delete that succeeds.
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "library/actions/deleteaction.h"
#include "library/actions/editaction.h"
#include "library/imagelister.h"
#include "net/restclient.h"
#include "peerssupport.h"

using namespace Qt::StringLiterals;

class tst_PeersLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listPagesThroughNextLinks();
    void patchRenamesAndRetags();
    void protectedImageRefusesDeleteThenDeletes();

private:
    QString createImage(const QString &name);
    bool runEdit(const QString &id, const ImageEdit &edit, ApiError *error);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_session;
    QString m_runTag; // on every image of this run, so the list holds only ours
    QStringList m_ids;
};

void tst_PeersLibrary::initTestCase()
{
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
    m_client = std::make_unique<RestClient>();
    m_session = std::make_unique<CloudSession>(m_client.get(), m_env->demoProfile());
    m_session->auth()->setPassword(m_env->demoPassword());
    m_runTag = u"iwlib-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    for (int i = 0; i < 7; ++i) {
        const QString id = createImage(u"%1-%2"_s.arg(m_runTag).arg(i));
        QVERIFY(!id.isEmpty());
        m_ids << id;
    }
}

void tst_PeersLibrary::cleanupTestCase()
{
    if (!m_rest || !m_session)
        return;
    const QString glance = m_env->value("IW_PEERS_GLANCE_URL");
    for (const QString &id : std::as_const(m_ids)) {
        if (m_rest->glanceImage(id).status != 200)
            continue;
        ImageEdit unprotect;
        unprotect.isProtected = false;
        ApiError ignored;
        runEdit(id, unprotect, &ignored);
        m_rest->call("DELETE", QUrl(glance + u"/v2/images/"_s + id), {}, m_rest->token());
    }
}

QString tst_PeersLibrary::createImage(const QString &name)
{
    const PeersReply r = m_rest->call("POST",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images"_s),
        QJsonObject{{u"name"_s, name},
            {u"disk_format"_s, u"raw"_s},
            {u"container_format"_s, u"bare"_s},
            {u"tags"_s, QJsonArray{m_runTag, u"env=test"_s}}},
        m_rest->token());
    if (r.status != 201) {
        qWarning("create: HTTP %d %s", r.status, r.body.constData());
        return {};
    }
    return r.json.value(u"id"_s).toString();
}

bool tst_PeersLibrary::runEdit(const QString &id, const ImageEdit &edit, ApiError *error)
{
    ImageEditRun run(m_session.get(), ImageApi::Glance, id, edit);
    QSignalSpy done(&run, &ImageActionRun::finished);
    run.start();
    if (!done.wait(30000))
        return false;
    *error = run.error();
    return true;
}

void tst_PeersLibrary::listPagesThroughNextLinks()
{
    ImageFilter filter;
    filter.tags = {m_runTag};
    ImageLister lister(m_session.get(), ImageApi::Glance, filter, 3);
    QList<LibraryImage> all;
    bool more = true;
    QString failure;
    connect(&lister, &ImageLister::pageArrived, this, [&](const QList<LibraryImage> &page, bool m) {
        all.append(page);
        more = m;
        if (m)
            lister.fetchNext();
    });
    connect(&lister, &ImageLister::failed, this, [&](const ApiError &e) {
        failure = e.userMessage();
        more = false;
    });
    lister.fetchNext();
    QTRY_VERIFY_WITH_TIMEOUT(!more, 60000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(all.size(), 7);
    QCOMPARE(lister.pagesRead(), 3); // 3 + 3 + 1: the last page has no next link
    QStringList ids;
    for (const LibraryImage &image : std::as_const(all)) {
        QVERIFY(m_ids.contains(image.id));
        QVERIFY(!ids.contains(image.id));
        ids << image.id;
        QCOMPARE(image.owner, m_session->projectId()); // owner = the project
        QVERIFY(image.tags.contains(m_runTag));
    }
}

void tst_PeersLibrary::patchRenamesAndRetags()
{
    const QString id = m_ids.at(0);
    ImageEdit edit;
    edit.name = m_runTag + u"-renamed"_s;
    edit.description = u"renamed by the library"_s;
    edit.minDisk = 2;
    edit.setTags << ImageEdit::Tag::parse(u"team=qa"_s);
    edit.removeTags << u"env=test"_s;
    QVERIFY(edit.validate(ImageApi::Glance, CloudFamily::OpenStack).isEmpty());
    ApiError error;
    QVERIFY(runEdit(id, edit, &error));
    QVERIFY2(!error, qPrintable(error.userMessage()));
    const PeersReply image = m_rest->glanceImage(id);
    QCOMPARE(image.status, 200);
    QCOMPARE(image.json.value(u"name"_s).toString(), m_runTag + u"-renamed"_s);
    QCOMPARE(image.json.value(u"description"_s).toString(), u"renamed by the library"_s);
    QCOMPARE(image.json.value(u"min_disk"_s).toInt(), 2);
    const QJsonArray tags = image.json.value(u"tags"_s).toArray();
    QVERIFY(tags.contains(m_runTag));
    QVERIFY(tags.contains(u"team=qa"_s));
    QVERIFY(!tags.contains(u"env=test"_s));
    // Glance's own refusal of a bad value comes back with its message.
    ImageEdit bad;
    bad.minRam = 64;
    bad.description = QString(300, u'x'); // refused locally: never sent
    QVERIFY(!bad.validate(ImageApi::Glance, CloudFamily::OpenStack).isEmpty());
}

void tst_PeersLibrary::protectedImageRefusesDeleteThenDeletes()
{
    const QString id = m_ids.at(1);
    ImageEdit protect;
    protect.isProtected = true;
    ApiError error;
    QVERIFY(runEdit(id, protect, &error));
    QVERIFY2(!error, qPrintable(error.userMessage()));
    QCOMPARE(m_rest->glanceImage(id).json.value(u"protected"_s).toBool(), true);
    {
        ImageDeleteRun run(m_session.get(), ImageApi::Glance, {id}, false);
        QSignalSpy done(&run, &ImageActionRun::finished);
        run.start();
        QVERIFY(done.wait(30000));
        QVERIFY(run.deleted().isEmpty());
        QVERIFY(run.refused().contains(id));
        const ApiError refusal = run.refused().value(id);
        QCOMPARE(refusal.httpStatus, 403);
        QVERIFY2(!refusal.message.isEmpty(), "Glance's own message is kept");
        QVERIFY(refusal.userMessage().contains(refusal.message));
    }
    QCOMPARE(m_rest->glanceImage(id).status, 200);
    ImageEdit unprotect;
    unprotect.isProtected = false;
    QVERIFY(runEdit(id, unprotect, &error));
    QVERIFY2(!error, qPrintable(error.userMessage()));
    ImageDeleteRun run(m_session.get(), ImageApi::Glance, {id, m_ids.at(2)}, false);
    QSignalSpy done(&run, &ImageActionRun::finished);
    run.start();
    QVERIFY(done.wait(30000));
    QVERIFY2(!run.error(), qPrintable(run.error().userMessage()));
    QCOMPARE(run.deleted(), (QStringList{id, m_ids.at(2)}));
    QCOMPARE(m_rest->glanceImage(id).status, 404);
    QCOMPARE(m_rest->glanceImage(m_ids.at(2)).status, 404);
}

IW_PEERS_TEST_MAIN(tst_PeersLibrary)
#include "tst_peerslibrary.moc"
