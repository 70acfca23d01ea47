#pragma once

#include <memory>
#include <utility>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include "support/testdir.h"

/// Runs the imagewright-democloud executable (IW_DEMOCLOUD_PATH) as a child process for a test
/// and talks to it: its /__demo/ control endpoint (docs/democloud.md) and raw API calls. Every
/// call blocks on a private QNetworkAccessManager with a bounded wait: for tests only. The
/// child's stderr goes to the test's stderr; the child is stopped in the destructor.
/// Without setStateDir(), the cloud keeps its state in a temporary folder owned by this object,
/// so stop() + start() is a restart that keeps the jobs. GUI thread only.
class DemoCloudProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCloudProcess)

public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    /// One HTTP exchange's outcome.
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection closed, refused or timed out)
        QString error;  // the network error text; empty for any HTTP answer, even 4xx/5xx
        QByteArray body;
        Headers headers;

        QByteArray header(const QByteArray &name) const; // case-insensitive, first value
        QJsonObject object() const;                      // the body as a JSON object, or {}
    };

    explicit DemoCloudProcess(QObject *parent = nullptr);
    ~DemoCloudProcess() override;

    // Options for the next start() (the cloud's defaults: 60 s jobs, 3600 s tokens).
    void setJobSeconds(double seconds);
    void setTokenSeconds(double seconds);
    void setStateDir(const QString &dir);
    /// The port of the next start(); 0 (the default): a free one. Restarting on the port of
    /// the previous run (authUrl().port()) makes an outage a real refused connection that
    /// ends at the same address.
    void setPort(quint16 port) { m_port = port; }
    /// `--sample-images N` for the next start(): N more private images (benches).
    void setSampleImages(int count) { m_sampleImages = count; }
    QString stateDir() const; // the folder in use, once started
    /// Serve HTTPS with these PEM files (--tls-cert/--tls-key); empty paths: plain HTTP. This
    /// helper's own calls (control, raw API) then trust exactly `caPath` (the CA that signed
    /// the certificate), nothing else.
    void setTls(const QString &certPath, const QString &keyPath, const QString &caPath);

    /// Starts the cloud on a free port and waits (at most 10 s) for its first stdout line, the
    /// auth URL. True when it runs; false with a warning otherwise. Starting a running cloud
    /// does nothing.
    bool start();
    /// Terminates the cloud (killed if it does not end within 3 s).
    void stop();
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); } // for CPU figures (benchmarks)

    QUrl authUrl() const; // http://127.0.0.1:PORT/v3 (https with setTls())
    QUrl baseUrl() const; // http://127.0.0.1:PORT (https with setTls())
    /// baseUrl() with a path and optional query ("/v2/images?limit=2").
    QUrl url(const QString &pathAndQuery) const;
    QString projectId() const; // the demo project's fixed ID
    /// The imagewright-democloud executable these tests run.
    static QString executablePath();

    // The control endpoint (no token needed).
    QJsonArray requests(); // GET /__demo/requests: recorded API requests, in arrival order
    /// How many recorded requests have this method and a path starting with `pathPrefix`.
    int countRequests(const QByteArray &method, const QString &pathPrefix);
    void clearRequests();                    // DELETE /__demo/requests
    void addFault(const QJsonObject &fault); // POST /__demo/faults
    void clearFaults();                      // DELETE /__demo/faults
    void revokeTokens();                     // POST /__demo/tokens/revoke
    void setClockOffset(qint64 seconds);     // POST /__demo/clock: shifts the Date header
    QJsonArray jobs();                       // GET /__demo/jobs
    QJsonArray sampleHistory();              // GET /__demo/sample-history

    /// Authenticates as demo/demo (project demo) and returns the X-Subject-Token ("" on failure).
    QString token();

    /// Raw HTTP to the cloud. A non-empty body without a Content-Type header is sent as JSON.
    Reply send(const QByteArray &method,
        const QString &pathAndQuery,
        const QByteArray &body = {},
        const Headers &headers = {},
        int timeoutMs = 10000);
    /// GET with an X-Auth-Token header when `token` is not empty.
    Reply get(const QString &pathAndQuery, const QString &token = {});
    /// POST of a JSON object, with an X-Auth-Token header when `token` is not empty.
    Reply post(const QString &pathAndQuery, const QJsonObject &body, const QString &token = {});

private:
    QJsonObject controlGet(const QString &path);
    void control(const QByteArray &method, const QString &path, const QByteArray &body = {});

    QProcess m_process;
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestDir> m_tempDir;
    QString m_stateDir;
    double m_jobSeconds = -1;   // < 0: the cloud's default
    double m_tokenSeconds = -1; // < 0: the cloud's default
    int m_sampleImages = 0;
    quint16 m_port = 0;
    QUrl m_authUrl;
    QString m_tlsCert;
    QString m_tlsKey;
    QString m_tlsCa;
};
