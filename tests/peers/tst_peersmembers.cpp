// Image members (issue 13) against the real Glance (label peers): a second project and user are
// made with the admin account for this run; the demo project shares a private image with it
// (the client makes it "shared" first), the member is pending; the second project lists it when
// it asks for every member status, accepts it, and then finds it in Glance's default list; the
// owner sees the member accepted and removes it. Glance's own answers are checked with the
// client's parser.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "auth/keystonesession.h"
#include "cloud/cloudsession.h"
#include "library/actions/shareaction.h"
#include "library/imagelister.h"
#include "net/restclient.h"
#include "peerssupport.h"

using namespace Qt::StringLiterals;

class tst_PeersMembers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shareAcceptSeeRemove();

private:
    bool run(ImageActionRun *r);
    QList<LibraryImage> list(CloudSession *session, bool all);

    std::optional<PeersEnv> m_env;
    std::unique_ptr<PeersRest> m_rest;
    std::unique_ptr<RestClient> m_client;
    std::unique_ptr<CloudSession> m_owner;
    std::unique_ptr<CloudSession> m_consumer;
    QString m_tag;
    QString m_password;
    QString m_projectId;
    QString m_userId;
    QString m_imageId;
};

void tst_PeersMembers::initTestCase()
{
    QString why;
    m_env = PeersEnv::load(&why);
    QVERIFY2(m_env, qPrintable(why));
    m_rest = std::make_unique<PeersRest>(*m_env);
    m_client = std::make_unique<RestClient>();
    m_owner = std::make_unique<CloudSession>(m_client.get(), m_env->demoProfile());
    m_owner->auth()->setPassword(m_env->demoPassword());

    // A second project with a user of the same name (PeersRest::token scopes it so).
    m_tag = u"iwshare-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_password = QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray admin = m_rest->adminToken();
    QVERIFY(!admin.isEmpty());
    const QString keystone = m_env->value("OS_AUTH_URL");
    PeersReply r = m_rest->call("POST",
        QUrl(keystone + u"/projects"_s),
        {{u"project"_s, QJsonObject{{u"name"_s, m_tag}, {u"domain_id"_s, u"default"_s}}}},
        admin);
    QVERIFY2(r.status == 201, r.body.constData());
    m_projectId = r.json.value(u"project"_s).toObject().value(u"id"_s).toString();
    r = m_rest->call("POST",
        QUrl(keystone + u"/users"_s),
        {{u"user"_s,
            QJsonObject{{u"name"_s, m_tag},
                {u"password"_s, m_password},
                {u"domain_id"_s, u"default"_s},
                {u"default_project_id"_s, m_projectId}}}},
        admin);
    QVERIFY2(r.status == 201, r.body.constData());
    m_userId = r.json.value(u"user"_s).toObject().value(u"id"_s).toString();
    r = m_rest->call("GET", QUrl(keystone + u"/roles?name=member"_s), {}, admin);
    const QJsonArray roles = r.json.value(u"roles"_s).toArray();
    QVERIFY2(!roles.isEmpty(), r.body.constData());
    const QString role = roles.first().toObject().value(u"id"_s).toString();
    r = m_rest->call("PUT",
        QUrl(keystone + u"/projects/%1/users/%2/roles/%3"_s.arg(m_projectId, m_userId, role)),
        {},
        admin);
    QVERIFY2(r.status == 204, r.body.constData());
    CloudProfile consumer = m_env->demoProfile();
    consumer.id = u"peers-consumer"_s;
    consumer.userName = m_tag;
    consumer.projectName = m_tag;
    m_consumer = std::make_unique<CloudSession>(m_client.get(), consumer);
    m_consumer->auth()->setPassword(m_password);

    // The owner's private image (metadata only is enough for members).
    r = m_rest->call("POST",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images"_s),
        {{u"name"_s, m_tag},
            {u"disk_format"_s, u"raw"_s},
            {u"container_format"_s, u"bare"_s},
            {u"visibility"_s, u"private"_s}},
        m_rest->token());
    QVERIFY2(r.status == 201, r.body.constData());
    m_imageId = r.json.value(u"id"_s).toString();
}

void tst_PeersMembers::cleanupTestCase()
{
    if (!m_rest)
        return;
    if (!m_imageId.isEmpty())
        m_rest->call("DELETE",
            QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images/"_s + m_imageId),
            {},
            m_rest->token());
    const QByteArray admin = m_rest->adminToken();
    const QString keystone = m_env->value("OS_AUTH_URL");
    if (!m_userId.isEmpty())
        m_rest->call("DELETE", QUrl(keystone + u"/users/"_s + m_userId), {}, admin);
    if (!m_projectId.isEmpty())
        m_rest->call("DELETE", QUrl(keystone + u"/projects/"_s + m_projectId), {}, admin);
}

bool tst_PeersMembers::run(ImageActionRun *r)
{
    QSignalSpy done(r, &ImageActionRun::finished);
    r->start();
    return done.wait(60000);
}

QList<LibraryImage> tst_PeersMembers::list(CloudSession *session, bool all)
{
    ImageFilter filter;
    filter.all = all;
    ImageLister lister(session, ImageApi::Glance, filter, 200);
    QList<LibraryImage> images;
    bool more = true;
    connect(&lister, &ImageLister::pageArrived, this, [&](const QList<LibraryImage> &page, bool m) {
        images.append(page);
        more = m;
        if (m)
            lister.fetchNext();
    });
    connect(&lister, &ImageLister::failed, this, [&](const ApiError &e) {
        qWarning("list: %s", qPrintable(e.userMessage()));
        more = false;
    });
    lister.fetchNext();
    if (!QTest::qWaitFor([&] { return !more; }, 60000))
        qWarning("list: no end within 60 s");
    return images;
}

namespace {

bool contains(const QList<LibraryImage> &images, const QString &id)
{
    return std::any_of(
        images.cbegin(), images.cend(), [&id](const LibraryImage &i) { return i.id == id; });
}

} // namespace

void tst_PeersMembers::shareAcceptSeeRemove()
{
    // The owner shares it: Glance wants visibility "shared" first; the member is pending.
    MemberChange share;
    share.op = MemberChange::Op::Add;
    share.imageId = m_imageId;
    share.projects = {m_projectId};
    QVERIFY(share.validate(ImageApi::Glance).isEmpty());
    std::unique_ptr<MemberChangeRun> add(
        MemberChangeRun::create(m_owner.get(), ImageApi::Glance, share));
    QVERIFY(run(add.get()));
    QVERIFY2(!add->error(), qPrintable(add->error().userMessage()));
    QVERIFY(add->jobId().isEmpty());
    QCOMPARE(add->members().size(), 1);
    QCOMPARE(add->members().first().memberId, m_projectId);
    QCOMPARE(add->members().first().status, u"pending"_s);
    QVERIFY(add->members().first().createdAt.isValid());
    const PeersReply image = m_rest->glanceImage(m_imageId);
    QCOMPARE(image.json.value(u"visibility"_s).toString(), u"shared"_s);
    // The same answer, read raw: what the parser read (printed for the fixtures).
    const PeersReply raw = m_rest->call("GET",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images/%1/members"_s.arg(m_imageId)),
        {},
        m_rest->token());
    qInfo("members answer: %s", raw.body.constData());
    QCOMPARE(ImageMember::listFromJson(raw.json)->size(), 1);

    // The second project: not among its own images; listed when every member status is asked.
    QVERIFY(!contains(list(m_consumer.get(), false), m_imageId));
    QVERIFY(m_consumer->projectId() == m_projectId);
    QVERIFY(contains(list(m_consumer.get(), true), m_imageId));
    MemberChange accept;
    accept.op = MemberChange::Op::Accept;
    accept.imageId = m_imageId;
    std::unique_ptr<MemberChangeRun> yes(
        MemberChangeRun::create(m_consumer.get(), ImageApi::Glance, accept));
    QVERIFY(run(yes.get()));
    QVERIFY2(!yes->error(), qPrintable(yes->error().userMessage()));
    QCOMPARE(yes->members().size(), 1);
    QCOMPARE(yes->members().first().status, u"accepted"_s);
    // Accepted: Glance's default list for the project has it now (no owner filter).
    const PeersReply seen = m_rest->call("GET",
        QUrl(m_env->value("IW_PEERS_GLANCE_URL") + u"/v2/images?limit=200"_s),
        {},
        m_rest->token(m_tag, m_password));
    QVERIFY2(seen.body.contains(m_imageId.toLatin1()), seen.body.left(400).constData());

    // The owner sees it accepted, and removes the member.
    MemberListRun members(m_owner.get(), m_imageId);
    QVERIFY(run(&members));
    QCOMPARE(members.members().size(), 1);
    QCOMPARE(members.members().first().status, u"accepted"_s);
    MemberChange unshare;
    unshare.op = MemberChange::Op::Remove;
    unshare.imageId = m_imageId;
    unshare.projects = {m_projectId};
    std::unique_ptr<MemberChangeRun> remove(
        MemberChangeRun::create(m_owner.get(), ImageApi::Glance, unshare));
    QVERIFY(run(remove.get()));
    QVERIFY2(!remove->error(), qPrintable(remove->error().userMessage()));
    QVERIFY(remove->members().isEmpty());
    QVERIFY(!contains(list(m_consumer.get(), true), m_imageId));
}

IW_PEERS_TEST_MAIN(tst_PeersMembers)
#include "tst_peersmembers.moc"
