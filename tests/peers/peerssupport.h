#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "cloud/cloudprofile.h"
#include "jobs/jobrecord.h"

/// What tests/peers/start.sh wrote to RUN_DIR/peers.env: the real services' URLs, the demo
/// account (OS_*), the harness's fixtures (flavor, base image, second region, token lifetime).
class PeersEnv
{
public:
    /// Reads the env file (IW_PEERS_ENV_FILE in the environment, else the build's
    /// peers-run/peers.env). nullopt with `why` when the services are not running.
    static std::optional<PeersEnv> load(QString *why);

    QString value(const char *key) const;
    QUrl url(const char *key) const { return QUrl(value(key)); }
    QUrl authUrl() const { return url("OS_AUTH_URL"); }
    QString demoPassword() const { return value("OS_PASSWORD"); }
    int tokenSeconds() const { return value("IW_PEERS_TOKEN_SECONDS").toInt(); }

    /// The demo account as an unsaved OpenStack profile for `region` and `interface`.
    CloudProfile demoProfile(const QString &region = QStringLiteral("RegionOne"),
        const QString &interface = QStringLiteral("public")) const;
    /// The OS_* variables of the demo account (what `source openrc` sets).
    QProcessEnvironment osEnvironment() const;

private:
    QHash<QString, QString> m_values;
};

/// When the services are not there: prints why; returns the test's exit code: 77 (ctest:
/// skipped) outside CI, 1 with CI=true (interfaces.md §2: a missing prerequisite fails in CI).
int peersUnavailable(const QString &why);

struct PeersReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QJsonObject json;
    QString error;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// A job's state, upload state, reason and timeline: what a failure message should show.
QString describeJob(const JobRecord &r);

/// Direct, blocking REST calls for test set-up and checks (creating servers and application
/// credentials, reading Glance images): not the client under test. Every call is bounded.
class PeersRest
{
public:
    explicit PeersRest(PeersEnv env);

    /// A project-scoped password token (demo account by default); empty on failure.
    QByteArray token(const QString &user = {}, const QString &password = {});
    PeersReply call(const QByteArray &method,
        const QUrl &url,
        const QJsonObject &body = {},
        const QByteArray &token = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {},
        int timeoutMs = 30000);

    /// Creates a server for the demo project from the base image ("networks": "none", so
    /// microversion 2.37) with `metadata` (the fake driver's iw_snapshot_* knobs) and waits until
    /// it is ACTIVE (a build that fails in the harness, e.g. on its SQLite lock, is deleted and
    /// tried again, three attempts in all). The server ID, or empty with `why`.
    QString createServer(const QString &name, const QJsonObject &metadata, QString *why);
    /// GET image/v2/images/{id} with a demo token.
    PeersReply glanceImage(const QString &imageId);
    /// A project-scoped token of the admin account (project "admin").
    QByteArray adminToken();
    /// POST {volumev3}/volumes for the demo project (`sizeGb`) and waits until it is available
    /// (60 s). The volume ID, or empty with `why`.
    QString createVolume(const QString &name, int sizeGb, QString *why);
    /// The demo project's volumev3 endpoint (Cinder URL + "/" + project ID).
    QString volumeBase() const;
    /// GET {volumev3}/volumes/{id} with a demo token.
    PeersReply volume(const QString &volumeId);
    /// Waits (bounded by `seconds`) until the volume's status is `status`; false with `why` (the
    /// last status seen) otherwise.
    bool waitForVolume(const QString &volumeId, const QString &status, int seconds, QString *why);

    const PeersEnv &env() const { return m_env; }

private:
    QString createServerOnce(
        const QString &name, const QJsonObject &metadata, QString *why, bool *buildFailed);

    PeersEnv m_env;
    QNetworkAccessManager m_nam;
};

/// main() for a peers test: skips (or fails in CI) before any test function when the services
/// are not running.
#define IW_PEERS_TEST_MAIN(TestObject)                                                             \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        QString why;                                                                               \
        if (!PeersEnv::load(&why))                                                                 \
            return peersUnavailable(why);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }
