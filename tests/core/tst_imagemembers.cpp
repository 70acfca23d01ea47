// Image members (issue 13) in the core: the members answer parser from recorded answers
// (tests/fixtures/library: Glance's reference example, a real Glance answer, the IMS batch answer
// and job), the rules
// checked before sending, the job kind stored with a job record, and the follower registered
// for it (it keeps the shared image when the IMS job names none).
#include <QJsonArray>
#include <QTest>

#include "jobs/actionjobkinds.h"
#include "jobs/followerregistry.h"
#include "jobs/jobrecord.h"
#include "library/actions/shareaction.h"
#include "library/imageaction.h"
#include "library/imagemembers.h"
#include "library/memberjob.h"
#include "support/fixtures.h"

using namespace Qt::StringLiterals;

namespace {

const QString Own = u"0d9e5ac0d6b14c2a9d0e4c7f5b3a1e21"_s;
const QString Other = u"7a3c9e5b1d2f4a6c8e0b2d4f6a8c0e13"_s;

LibraryImage image(const QString &owner,
    const QString &status = u"active"_s,
    const QString &visibility = u"private"_s,
    const QString &type = u"private"_s)
{
    LibraryImage i;
    i.id = u"img-1"_s;
    i.owner = owner;
    i.status = status;
    i.visibility = visibility;
    i.imageType = type;
    return i;
}

MemberChange change(MemberChange::Op op, const QStringList &projects = {})
{
    MemberChange c;
    c.op = op;
    c.imageId = u"img-1"_s;
    c.projects = projects;
    c.ownProject = Own;
    return c;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList list;
    for (const FieldError &e : errors)
        list << e.field;
    return list;
}

} // namespace

class tst_ImageMembers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGlanceMembers();
    void parsesRealGlanceAnswer();
    void refusesAnswerWithoutMembers();
    void projectIdsByApi();
    void ownAndRepeatedProjectsRefused();
    void acceptNeedsNoProject();
    void ownerSharesActivePrivateImages();
    void acceptOnlyImagesOfOthers();
    void registeredActions();
    void jobKindStoredAndFollowed();
    void followerKeepsTheSharedImage();
};

void tst_ImageMembers::parsesGlanceMembers()
{
    QString why;
    const auto members =
        ImageMember::listFromJson(Fixtures::object(u"library/glance_members.json"_s), &why);
    QVERIFY2(members, qPrintable(why));
    QCOMPARE(members->size(), 2);
    const ImageMember &first = members->at(0);
    QCOMPARE(first.imageId, u"dbc999e3-c52f-4200-bedd-3b18fe7f87fe"_s);
    QCOMPARE(first.memberId, u"123456789"_s);
    QCOMPARE(first.status, u"pending"_s);
    QCOMPARE(first.createdAt, QDateTime(QDate(2013, 10, 7), QTime(17, 58, 3), Qt::UTC));
    QCOMPARE(members->at(1).status, u"accepted"_s);
    QCOMPARE(members->at(1).updatedAt.date(), QDate(2013, 10, 8));
    const QJsonObject json = first.toJson();
    QCOMPARE(json.keys(),
        (QStringList{u"created_at"_s, u"image_id"_s, u"member_id"_s, u"status"_s, u"updated_at"_s}));
    QCOMPARE(json.value(u"created_at"_s).toString(), u"2013-10-07T17:58:03Z"_s);
}

void tst_ImageMembers::parsesRealGlanceAnswer()
{
    // Recorded from the real Glance of tests/peers (tst_peersmembers) right after a share.
    QString why;
    const auto members = ImageMember::listFromJson(
        Fixtures::object(u"library/glance_members_peers.json"_s), &why);
    QVERIFY2(members, qPrintable(why));
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().memberId, u"1caef6639d9f4226b3293da58c6cf099"_s);
    QCOMPARE(members->first().imageId, u"beef6d34-abdd-442d-8d61-b96f38858542"_s);
    QCOMPARE(members->first().status, u"pending"_s);
    QCOMPARE(members->first().updatedAt,
        QDateTime(QDate(2026, 12, 5), QTime(17, 22, 53), Qt::UTC));
}

void tst_ImageMembers::refusesAnswerWithoutMembers()
{
    QString why;
    QVERIFY(!ImageMember::listFromJson(
        Fixtures::object(u"library/ims_members_job_id.json"_s), &why));
    QVERIFY(!why.isEmpty());
    // An item without member_id is skipped, the rest kept.
    const auto some = ImageMember::listFromJson(QJsonObject{{u"members"_s,
        QJsonArray{QJsonObject{{u"status"_s, u"pending"_s}},
            QJsonObject{{u"member_id"_s, u"p"_s}, {u"status"_s, u"rejected"_s}}}}});
    QVERIFY(some);
    QCOMPARE(some->size(), 1);
    QCOMPARE(some->first().status, u"rejected"_s);
}

void tst_ImageMembers::projectIdsByApi()
{
    // IMS: Huawei project IDs, 32 hexadecimal characters.
    QVERIFY(change(MemberChange::Op::Add, {Other}).validate(ImageApi::Ims).isEmpty());
    QCOMPARE(fields(change(MemberChange::Op::Add, {u"demo"_s}).validate(ImageApi::Ims)),
        QStringList{u"project"_s});
    QCOMPARE(fields(change(MemberChange::Op::Add, {Other.left(31)}).validate(ImageApi::Ims)),
        QStringList{u"project"_s});
    // Glance: any project id without spaces, up to 255 characters.
    QVERIFY(change(MemberChange::Op::Add, {u"123456789"_s}).validate(ImageApi::Glance).isEmpty());
    QCOMPARE(fields(change(MemberChange::Op::Add, {u"a b"_s}).validate(ImageApi::Glance)),
        QStringList{u"project"_s});
    QCOMPARE(
        fields(change(MemberChange::Op::Add, {QString(256, u'a')}).validate(ImageApi::Glance)),
        QStringList{u"project"_s});
    // None at all; several, the bad one named by its index.
    QCOMPARE(fields(change(MemberChange::Op::Add).validate(ImageApi::Ims)),
        QStringList{u"project"_s});
    QCOMPARE(fields(change(MemberChange::Op::Remove, {Other, u"x"_s}).validate(ImageApi::Ims)),
        QStringList{u"project[1]"_s});
}

void tst_ImageMembers::ownAndRepeatedProjectsRefused()
{
    QCOMPARE(fields(change(MemberChange::Op::Add, {Own}).validate(ImageApi::Ims)),
        QStringList{u"project"_s});
    QCOMPARE(fields(change(MemberChange::Op::Add, {Other, Other.toUpper()}).validate(ImageApi::Ims)),
        QStringList{u"project[1]"_s});
    MemberChange noImage = change(MemberChange::Op::Add, {Other});
    noImage.imageId.clear();
    QCOMPARE(fields(noImage.validate(ImageApi::Glance)), QStringList{u"image"_s});
}

void tst_ImageMembers::acceptNeedsNoProject()
{
    QVERIFY(change(MemberChange::Op::Accept).validate(ImageApi::Ims).isEmpty());
    QCOMPARE(change(MemberChange::Op::Accept).status(), u"accepted"_s);
    QCOMPARE(change(MemberChange::Op::Reject).status(), u"rejected"_s);
    QVERIFY(change(MemberChange::Op::Add).status().isEmpty());
}

void tst_ImageMembers::ownerSharesActivePrivateImages()
{
    const MemberChange add = change(MemberChange::Op::Add, {Other});
    QVERIFY(add.checkAgainst(ImageApi::Ims, image(Own)).isEmpty());
    QCOMPARE(add.checkAgainst(ImageApi::Ims, image(Own, u"queued"_s)).size(), 1);
    QCOMPARE(add.checkAgainst(ImageApi::Ims, image(Own, u"active"_s, u"public"_s, u"gold"_s)).size(),
        1);
    QCOMPARE(add.checkAgainst(ImageApi::Ims, image(Other)).size(), 1); // not the owner
    // Glance: private (made shared when sending) or shared; never public or community.
    QVERIFY(add.checkAgainst(ImageApi::Glance, image(Own, u"queued"_s, u"private"_s, {})).isEmpty());
    QVERIFY(add.checkAgainst(ImageApi::Glance, image(Own, u"active"_s, u"shared"_s, {})).isEmpty());
    QCOMPARE(add.checkAgainst(ImageApi::Glance, image(Own, u"active"_s, u"public"_s, {})).size(), 1);
    QCOMPARE(
        add.checkAgainst(ImageApi::Glance, image(Own, u"active"_s, u"community"_s, {})).size(), 1);
}

void tst_ImageMembers::acceptOnlyImagesOfOthers()
{
    const MemberChange accept = change(MemberChange::Op::Accept);
    QVERIFY(accept.checkAgainst(ImageApi::Ims, image(Other, u"active"_s, u"private"_s, u"shared"_s))
                .isEmpty());
    QVERIFY(accept.checkAgainst(ImageApi::Glance, image(Other, u"active"_s, u"shared"_s, {}))
                .isEmpty());
    QCOMPARE(accept.checkAgainst(ImageApi::Ims, image(Own)).size(), 1);
    QCOMPARE(
        accept.checkAgainst(ImageApi::Glance, image(Other, u"active"_s, u"public"_s, {})).size(), 1);
}

void tst_ImageMembers::registeredActions()
{
    const ImageActionRegistry &r = ImageActionRegistry::standard();
    for (const QString &key : {u"share"_s, u"accept"_s, u"reject"_s}) {
        const ImageActionKind *kind = r.find(key);
        QVERIFY2(kind, qPrintable(key));
        QVERIFY(!kind->title().isEmpty());
        for (CloudFamily f : {CloudFamily::HuaweiCloud, CloudFamily::FjcloudO, CloudFamily::OpenStack})
            QVERIFY(!kind->unavailableReason(f, ImageApis::forFamily(f)));
    }
}

void tst_ImageMembers::jobKindStoredAndFollowed()
{
    CloudProfile profile;
    profile.id = u"p-1"_s;
    profile.name = u"Demo"_s;
    profile.region = u"demo-1"_s;
    JobRecord r = MemberJob::record(
        profile, change(MemberChange::Op::Add, {Other}), u"web"_s, u"edc89b490d7d4392898e19b2deb34797"_s);
    r.localId = u"l-1"_s;
    QCOMPARE(r.kindKey(), QString::fromLatin1(ActionJobKinds::ImsMembers));
    QCOMPARE(r.imageIds, QStringList{u"img-1"_s});
    QCOMPARE(r.cloudLabel, u"Demo · demo-1"_s);
    QVERIFY(!r.timeline.isEmpty());
    QVERIFY(r.timeline.constFirst().display().contains(Other));
    QCOMPARE(r.kindText(), ActionJobKinds::title(r.actionKind));
    QVERIFY(r.kindText() != r.actionKind); // a title, not the key

    const QJsonObject stored = r.toJson();
    QCOMPARE(stored.value(u"method"_s).toString(), u"ims-members"_s);
    const auto back = JobRecord::fromJson(stored);
    QVERIFY(back);
    QVERIFY(!back->isForeign());
    QCOMPARE(back->actionKind, r.actionKind);
    QVERIFY(FollowerRegistry::standard().forRecord(*back));
    QVERIFY(FollowerRegistry::standard().canFollow(*back));
    // A kind no version knows stays foreign.
    QJsonObject unknown = stored;
    unknown.insert(u"method"_s, u"ims-something-new"_s);
    QVERIFY(JobRecord::fromJson(unknown)->isForeign());
}

void tst_ImageMembers::followerKeepsTheSharedImage()
{
    CloudProfile profile;
    JobRecord r = MemberJob::record(
        profile, change(MemberChange::Op::Add, {Other}), u"web"_s, u"edc89b490d7d4392898e19b2deb34797"_s);
    r.state = JobState::Running;
    const JobFollower *follower = FollowerRegistry::standard().forRecord(r);
    QVERIFY(follower);
    QVariantHash memo;
    const FollowQuery query = follower->nextQuery(r, memo);
    QCOMPARE(query.resourceId, r.jobId);
    const FollowAnswer answer{
        query, {}, Fixtures::bytes(u"library/ims_members_job_success.json"_s)};
    FollowContext context;
    context.now = QDateTime::currentDateTimeUtc();
    follower->read(r, memo, answer, context);
    QCOMPARE(r.state, JobState::Succeeded);
    QCOMPARE(r.imageIds, QStringList{u"img-1"_s}); // the job's entities name no image
    QCOMPARE(r.finished, QDateTime(QDate(2024, 11, 6), QTime(6, 19, 58, 102), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_ImageMembers)
#include "tst_imagemembers.moc"
