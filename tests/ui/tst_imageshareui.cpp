// Sharing from the Images tab (issue 13) against the demo cloud: the Share dialog of an IMS
// image checks the project at its field with nothing sent, adds a member through an IMS batch
// job the monitor follows to its end, shows the member with its status, removes it the same
// way; then, signed in as the consumer project (Glance, an OpenStack profile), the image shared
// with it is listed with "With shared and public images" and accepted from the view.
#include <memory>

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "appcore.h"
#include "cloud/cloudsession.h"
#include "cloud/profilestore.h"
#include "dialogs/prompter.h"
#include "jobs/actionjobkinds.h"
#include "jobs/jobmonitor.h"
#include "library/imagelibraryview.h"
#include "library/imagelistmodel.h"
#include "library/imagesharedialog.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"
#include "widgets/inlinemessage.h"

using namespace Qt::StringLiterals;

namespace {

const QString ConsumerProject = u"7a3c9e5b1d2f4a6c8e0b2d4f6a8c0e13"_s;

} // namespace

class tst_ImageShareUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void shareDialogFollowsImsJobs();
    void consumerAcceptsFromTheView();
    void everyProfileListsEachWithItsOwn();

private:
    /// Selects the first row (view order) whose image `accept` takes; its id, empty when none.
    QString selectWhere(const std::function<bool(const LibraryImage &)> &accept) const;
    const JobRecord *memberJob(const QString &imageId, int skip = 0) const;

    DemoCloudProcess m_demo;
    TestDir m_dir;
    MemoryStore m_secrets;
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    QString m_sharedImage;
};

void tst_ImageShareUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Prompter::setNonInteractive(true);
    QVERIFY(m_dir.isValid());
    m_demo.setJobSeconds(1);
    QVERIFY2(m_demo.start(), "the demo cloud did not start");
    AppCore::Options options;
    options.dataDir = m_dir.filePath(u"data"_s);
    options.settingsPath = m_dir.filePath(u"settings.ini"_s);
    options.secrets = &m_secrets;
    m_core = std::make_unique<AppCore>(options);
    const CloudProfile profile = CloudProfile::demo(m_demo.authUrl());
    m_core->profiles()->upsert(profile);
    m_core->profiles()->setCurrent(profile.id);
    QVERIFY(m_core->session(profile.id));
    m_window = std::make_unique<MainWindow>(m_core.get(), nullptr);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ImageShareUi::cleanupTestCase()
{
    m_window.reset();
    m_core.reset();
    m_demo.stop();
}

QString tst_ImageShareUi::selectWhere(const std::function<bool(const LibraryImage &)> &accept) const
{
    ImageLibraryView *library = m_window->libraryView();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(library->table()->model());
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        const LibraryImage &image = library->model()->image(source.row());
        if (accept(image)) {
            library->table()->setCurrentIndex(proxy->index(row, 0));
            return image.id;
        }
    }
    return {};
}

const JobRecord *tst_ImageShareUi::memberJob(const QString &imageId, int skip) const
{
    for (const JobRecord &r : m_core->monitor()->records()) {
        if (r.actionKind == QLatin1StringView(ActionJobKinds::ImsMembers)
            && r.imageIds.contains(imageId) && skip-- <= 0)
            return &r;
    }
    return nullptr;
}

void tst_ImageShareUi::shareDialogFollowsImsJobs()
{
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(library->model()->rowCount() >= 130, 20000);
    QTRY_VERIFY(!library->model()->isLoading());
    m_sharedImage = selectWhere([](const LibraryImage &i) {
        return i.status == u"active" && i.imageType == u"private" && !i.isProtected;
    });
    QVERIFY(!m_sharedImage.isEmpty());
    QVERIFY(library->shareButton()->isEnabled());
    QVERIFY(!library->canAnswerCurrent()); // its own image: nothing to accept

    ImageShareDialog *dialog = library->shareCurrent();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(dialog->memberTable()->rowCount(), 0);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images/%1/members"_s.arg(m_sharedImage)) >= 1);

    // A project id of the wrong form: said at the field, nothing sent.
    dialog->projectEdit()->setText(u"consumer"_s);
    QVERIFY(!dialog->addProject());
    QVERIFY(dialog->projectMessage()->hasMessage());
    QCOMPARE(m_demo.countRequests("POST", u"/v1/cloudimages/members"_s), 0);

    // The consumer's project: an IMS batch job the monitor follows to its end.
    dialog->projectEdit()->setText(ConsumerProject);
    QVERIFY(dialog->addProject());
    QVERIFY(!dialog->projectMessage()->hasMessage());
    QTRY_VERIFY_WITH_TIMEOUT(memberJob(m_sharedImage), 15000);
    QCOMPARE(m_demo.countRequests("POST", u"/v1/cloudimages/members"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(memberJob(m_sharedImage)->state, JobState::Succeeded, 30000);
    QVERIFY(dialog->generalMessage()->text().contains(memberJob(m_sharedImage)->jobId));
    // The dialog reads the members again by itself once its job has ended (no Refresh).
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->memberTable()->rowCount() == 1, 15000);
    QCOMPARE(dialog->memberTable()->item(0, 0)->text(), ConsumerProject);
    QCOMPARE(dialog->memberTable()->item(0, 1)->text(), ImageShareDialog::tr("Pending"));

    // Remove: a second job; the member is gone once it has ended.
    dialog->memberTable()->selectRow(0);
    QVERIFY(dialog->removeButton()->isEnabled());
    QVERIFY(dialog->removeSelected());
    QTRY_VERIFY_WITH_TIMEOUT(memberJob(m_sharedImage, 1), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(memberJob(m_sharedImage, 1)->state, JobState::Succeeded, 30000);
    QCOMPARE(m_demo.countRequests("DELETE", u"/v1/cloudimages/members"_s), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->memberTable()->rowCount() == 0, 15000);
    dialog->close();
}

void tst_ImageShareUi::consumerAcceptsFromTheView()
{
    QVERIFY(!m_sharedImage.isEmpty());
    // The owner shares it through Glance (made "shared" first, then the member).
    const QString token = m_demo.token();
    QVERIFY(!token.isEmpty());
    const QByteArray patch = R"([{"op": "replace", "path": "/visibility", "value": "shared"}])";
    QCOMPARE(m_demo
                 .send("PATCH",
                     u"/v2/images/"_s + m_sharedImage,
                     patch,
                     {{"X-Auth-Token", token.toLatin1()},
                         {"Content-Type", "application/openstack-images-v2.1-json-patch"}})
                 .status,
        200);
    QCOMPARE(m_demo
                 .post(u"/v2/images/%1/members"_s.arg(m_sharedImage),
                     {{u"member"_s, ConsumerProject}},
                     token)
                 .status,
        200);

    // The consumer, as an OpenStack profile (Glance), its password in the secret store.
    CloudProfile consumer;
    consumer.id = u"consumer"_s;
    consumer.name = u"Consumer"_s;
    consumer.family = CloudFamily::OpenStack;
    consumer.authUrl = m_demo.authUrl();
    consumer.region = u"demo-1"_s;
    consumer.userName = u"consumer"_s;
    consumer.projectName = u"consumer"_s;
    consumer.proxyMode = ProxyMode::None;
    m_secrets.insert(SecretStore::keyFor(consumer.id, SecretKind::Password), u"consumer"_s);
    m_core->profiles()->upsert(consumer);
    m_core->profiles()->setCurrent(consumer.id);
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QVERIFY(library->model()->rowOfId(m_sharedImage) < 0); // its own images only: not this one
    // With shared and public images: the pending share is there, offered to accept.
    library->allImagesBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(
        !library->model()->isLoading() && library->model()->rowOfId(m_sharedImage) >= 0, 20000);
    const QString id = m_sharedImage;
    QCOMPARE(selectWhere([&id](const LibraryImage &i) { return i.id == id; }), id);
    QVERIFY(library->canAnswerCurrent());
    QVERIFY(!library->shareButton()->isEnabled()); // another project's image
    QVERIFY(library->answerCurrent(true));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_demo.countRequests("PUT", u"/v2/images/%1/members/%2"_s.arg(id, ConsumerProject)), 1, 15000);
    // The owner sees the member accepted.
    const auto members = m_demo.get(u"/v2/images/%1/members"_s.arg(id), token);
    QCOMPARE(members.status, 200);
    const QJsonArray list =
        QJsonDocument::fromJson(members.body).object().value(u"members"_s).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(u"status"_s).toString(), u"accepted"_s);
    library->allImagesBox()->setChecked(false);
}

void tst_ImageShareUi::everyProfileListsEachWithItsOwn()
{
    // A third profile without a secret in the keychain: named with its reason, never asked for.
    CloudProfile nobody;
    nobody.id = u"nobody"_s;
    nobody.name = u"Nobody"_s;
    nobody.family = CloudFamily::OpenStack;
    nobody.authUrl = m_demo.authUrl();
    nobody.region = u"demo-1"_s;
    nobody.userName = u"nobody"_s;
    nobody.projectName = u"nobody"_s;
    nobody.proxyMode = ProxyMode::None;
    m_core->profiles()->upsert(nobody);
    const QString demoId = CloudProfile::demo(m_demo.authUrl()).id;
    m_core->profiles()->setCurrent(demoId);
    m_window->showLibrary();
    ImageLibraryView *library = m_window->libraryView();
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QVERIFY(library->everyProfileBox()->isVisibleTo(library));
    QVERIFY(library->table()->isColumnHidden(ImageListModel::Profile));
    library->allImagesBox()->setChecked(true); // the consumer's list: public and shared ones
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    m_demo.clearRequests();
    library->everyProfileBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 30000);
    QVERIFY(!library->table()->isColumnHidden(ImageListModel::Profile));
    // The demo project's images through IMS and the consumer's through Glance, each row with
    // its profile; the image shared with the consumer is a row of both.
    QStringList sharedBy;
    int demoRows = 0;
    int consumerRows = 0;
    for (int row = 0; row < library->model()->rowCount(); ++row) {
        const LibraryImage &image = library->model()->image(row);
        demoRows += image.profileId == demoId;
        consumerRows += image.profileId == u"consumer";
        QCOMPARE(library->model()->data(library->model()->index(row, ImageListModel::Profile))
                     .toString(),
            image.profileName);
        if (image.id == m_sharedImage)
            sharedBy << image.profileName;
    }
    QVERIFY(demoRows >= 130);
    QVERIFY(consumerRows > 0);
    sharedBy.sort();
    QStringList both{u"Consumer"_s, CloudProfile::demo(m_demo.authUrl()).name};
    both.sort();
    QCOMPARE(sharedBy, both);
    QVERIFY(m_demo.countRequests("GET", u"/v2/cloudimages"_s) > 0);
    QVERIFY(m_demo.countRequests("GET", u"/v2/images"_s) > 0);
    // Nobody: one line with the reason, and no password prompt.
    QVERIFY(library->profileNotice()->hasMessage());
    QVERIFY2(library->profileNotice()->text().contains(u"Nobody"_s),
        qPrintable(library->profileNotice()->text()));
    QVERIFY(!m_window->passwordPrompt());
    // An action on a consumer row uses the consumer's profile: it answers the share itself
    // (another project's image for the consumer), where the demo's row offers Share.
    const QString id = m_sharedImage;
    QCOMPARE(selectWhere([&id](const LibraryImage &i) {
        return i.id == id && i.profileId == u"consumer";
    }),
        id);
    QVERIFY(library->canAnswerCurrent());
    QVERIFY(!library->canShareCurrent());
    QCOMPARE(selectWhere([&id, &demoId](const LibraryImage &i) {
        return i.id == id && i.profileId == demoId;
    }),
        id);
    QVERIFY(library->canShareCurrent());
    QVERIFY(!library->canAnswerCurrent());
    library->everyProfileBox()->setChecked(false);
    library->allImagesBox()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(!library->model()->isLoading(), 20000);
    QVERIFY(library->table()->isColumnHidden(ImageListModel::Profile));
    QVERIFY(!library->profileNotice()->hasMessage());
    m_core->profiles()->remove(nobody.id);
}

QTEST_MAIN(tst_ImageShareUi)
#include "tst_imageshareui.moc"
