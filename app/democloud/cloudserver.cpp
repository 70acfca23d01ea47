#include "cloudserver.h"

#include <cmath>

#include <QJsonArray>
#include <QTimer>

#include "akskgateway.h"
#include "apiutil.h"
#include "demologging.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

bool isControlPath(const QString &path)
{
    return path == u"/__demo" || path.startsWith(u"/__demo/"_s);
}

qint64 tokenLifetimeMs(double seconds)
{
    return qint64(std::llround(std::max(0.0, seconds) * 1000.0));
}

} // namespace

CloudServer::CloudServer(const CloudConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_state(config.stateDir)
    , m_tokens(tokenLifetimeMs(config.tokenSeconds))
    , m_keystone(m_config, m_tokens)
    , m_ims(m_config, m_state, m_inventory)
    , m_nova(m_config, m_inventory, m_state)
    , m_cinder(m_config, m_inventory, m_state)
    , m_glance(m_config, m_state)
    , m_imsLibrary(m_glance.catalog())
    , m_members(m_config, m_state, m_glance.catalog())
    , m_imageJobs(m_config, m_state, m_glance.catalog())
    , m_obsStore(config.stateDir)
    , m_obs(
          m_obsStore,
          [this](const QByteArray &key) { return obsCredential(key); },
          Account::Region.toString())
    , m_http(this)
{
    // The root version list of the services on this port: Nova's (api-facts §1.6) and Cinder's
    // v3 (python-cinderclient reads a volume endpoint's microversions from its root).
    m_router.add("GET", u"/"_s, Access::Public, [this](const ApiRequest &) {
        QJsonArray versions = m_nova.rootVersionEntries();
        versions.append(m_cinder.versionEntry());
        return HttpResponse::json(200, {{u"versions"_s, versions}});
    });
    m_ims.setObsLookup([this](const QString &bucket, const QString &key) -> std::optional<bool> {
        const ObsBucket *b = m_obsStore.bucket(bucket);
        if (!b)
            return std::nullopt;
        return b->objects.contains(key);
    });
    m_keystone.registerRoutes(m_router);
    m_securityTokens.registerRoutes(m_router);
    m_ims.registerRoutes(m_router);
    m_nova.registerRoutes(m_router);
    m_cinder.registerRoutes(m_router);
    m_glance.registerRoutes(m_router);
    m_imsLibrary.registerRoutes(m_router);
    m_members.registerRoutes(m_router);
    m_imageJobs.setObs(
        [this](const QString &bucket) -> std::optional<QString> {
            const ObsBucket *b = m_obsStore.bucket(bucket);
            return b ? std::optional<QString>(b->storageClass) : std::nullopt;
        },
        [this](const QString &bucket, const QString &key, const QByteArray &bytes) {
            return m_obsStore.writeObject(bucket, key, bytes);
        });
    m_imageJobs.registerRoutes(m_router);
    registerControlRoutes();
}

CloudServer::~CloudServer() = default;

bool CloudServer::start(quint16 port, QString *error)
{
    if (!m_state.load(error) || !m_obsStore.load(error))
        return false;
    if (m_config.tls)
        m_http.setTls(*m_config.tls);
    if (!m_http.listen(QHostAddress::LocalHost, port)) {
        *error = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(m_http.errorString());
        return false;
    }
    m_config.baseUrl =
        u"%1://127.0.0.1:%2"_s.arg(m_http.isTls() ? u"https"_s : u"http"_s).arg(m_http.port());
    if (!m_state.sampleHistorySeeded())
        m_ims.seedSampleHistory();
    qCInfo(lcDemo).noquote() << u"demo cloud listening on %1 (jobs take %2 s, tokens last %3 s, "
                                "state %4)"_s.arg(m_config.baseUrl)
                                    .arg(m_config.jobSeconds)
                                    .arg(m_config.tokenSeconds)
                                    .arg(m_state.isPersistent() ? m_state.filePath()
                                                                : u"in memory"_s);
    return true;
}

QString CloudServer::authUrl() const
{
    return m_config.baseUrl + u"/v3"_s;
}

std::unique_ptr<HttpBodySink> CloudServer::openBodySink(const HttpRequest &head)
{
    if (isControlPath(head.path))
        return nullptr;
    if (S3SigV4Check::isS3Request(head))
        return m_obs.openBodySink(head);
    if (AkSkGateway::isSigned(head) && head.contentLength > AkSkGateway::MaxBodyBytes)
        return std::make_unique<CountingBodySink>(); // refused once read: no effect anywhere
    const Router::Match match = m_router.match(head.method, head.rawPath);
    if (match.result != Router::Match::Result::Found || !match.route->sinkFactory)
        return nullptr;
    return match.route->sinkFactory(head);
}

void CloudServer::handleRequest(HttpRequest request, const HttpResponder &responder)
{
    Exchange exchange;
    exchange.timer.start();
    exchange.method = request.method;
    exchange.target =
        request.rawQuery.isEmpty() ? request.path : request.path + u'?' + request.rawQuery;

    if (isControlPath(request.path)) {
        finish(exchange, responder, executeControl(request));
        return;
    }

    std::optional<TokenInfo> token;
    std::optional<HttpResponse> gatewayRefusal;
    if (S3SigV4Check::isS3Request(request)) {
        // The OBS stand-in: its own SigV4 check; the S3 error body says why it refused.
        gatewayRefusal = m_obs.authenticate(
            request, QDateTime::currentDateTimeUtc().addSecs(dateOffsetSeconds()));
        exchange.auth = gatewayRefusal ? u"sigv4-refused"_s : u"sigv4"_s;
    } else if (AkSkGateway::isSigned(request)) {
        // Huawei's API gateway: an AK/SK signature instead of a token (docs/democloud.md).
        const qint64 size = request.bodySink ? request.bodySink->size() : request.body.size();
        const QByteArray payload =
            request.bodySink ? request.bodySink->payloadSha256Hex() : QByteArray();
        AkSkGateway::Result result =
            AkSkGateway::verify(request, QDateTime::currentDateTimeUtc(), payload, size);
        const QString project = QString::fromLatin1(request.header("x-project-id"));
        if (result.ok && !project.isEmpty() && project != Account::ProjectId) {
            result.ok = false;
            result.refusal = AkSkGateway::refusal(403,
                u"APIGW.0302"_s,
                u"The IAM user is not authorized to access the project in X-Project-Id"_s);
        }
        if (result.ok) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            token = TokenInfo{Account::ProjectId.toString(), Account::UserId.toString(), now, now};
            exchange.auth = u"aksk"_s;
        } else {
            gatewayRefusal = result.refusal;
            exchange.auth = u"aksk-refused"_s;
        }
    } else {
        const TokenInfo *info = nullptr;
        const TokenStore::Check check =
            m_tokens.check(QString::fromLatin1(request.header("x-auth-token")), &info);
        if (check == TokenStore::Check::Valid)
            token = *info;
        exchange.auth = TokenStore::checkName(check);
    }
    exchange.seq = m_requests.append(request, exchange.auth);
    if (gatewayRefusal) {
        qCInfo(lcDemo).noquote() << "signature refused:" << gatewayRefusal->status
                                 << (exchange.auth == u"sigv4-refused"
                                            ? QString::fromLatin1(
                                                gatewayRefusal->header("x-obs-error-code"))
                                            : QString::fromUtf8(gatewayRefusal->body));
        finish(exchange, responder, std::move(*gatewayRefusal));
        return;
    }

    const std::optional<Fault> fault = m_faults.take(request.method, request.path);
    if (fault && fault->kind == Fault::Kind::Status) {
        qCInfo(lcDemo).noquote() << "fault" << fault->id << ": answering" << fault->status
                                 << "instead of executing" << exchange.method << exchange.target;
        finish(exchange, responder, fault->response());
        return;
    }

    HttpResponse response = execute(request, token);
    if (fault && fault->kind == Fault::Kind::Drop) {
        // Like a server that did the work and died before answering: the effect exists, the
        // client learns nothing (reliability.md §6, F3).
        qCInfo(lcDemo).noquote() << "fault" << fault->id << ": executed" << exchange.method
                                 << exchange.target << "(" << response.status
                                 << ") and dropped the connection";
        responder.drop();
        return;
    }
    if (fault && fault->kind == Fault::Kind::Reset) {
        // The work is done and the answer starts, but the connection ends in its middle.
        qCInfo(lcDemo).noquote() << "fault" << fault->id << ": executed" << exchange.method
                                 << exchange.target << "(" << response.status
                                 << ") and reset the connection in the middle of the answer";
        response.withHeader("X-Openstack-Request-Id"_ba, (u"req-"_s + newUuid()).toLatin1());
        responder.resetMidAnswer(response);
        return;
    }
    if (fault && fault->kind == Fault::Kind::Hold) {
        qCInfo(lcDemo).noquote() << "fault" << fault->id << ": holding" << exchange.method
                                 << exchange.target << "for" << fault->holdMs << "ms";
        QTimer::singleShot(fault->holdMs, this, [this, exchange, responder, response] {
            finish(exchange, responder, response);
        });
        return;
    }
    finish(exchange, responder, std::move(response));
}

HttpResponse CloudServer::execute(const HttpRequest &request, const std::optional<TokenInfo> &token)
{
    m_imageJobs.settle(QDateTime::currentDateTimeUtc()); // exports that ended write their file
    if (S3SigV4Check::isS3Request(request))
        return m_obs.handle(request); // authenticated in handleRequest()
    const Router::Match match = m_router.match(request.method, request.rawPath);
    switch (match.result) {
    case Router::Match::Result::NotFound:
        return openStackError(404,
            u"The resource could not be found: %1 %2"_s.arg(
                QString::fromLatin1(request.method), request.path));
    case Router::Match::Result::MethodNotAllowed:
        return openStackError(405,
            u"The method %1 is not allowed for %2."_s.arg(
                QString::fromLatin1(request.method), request.path))
            .withHeader("Allow"_ba, match.allowedMethods.join(", "));
    case Router::Match::Result::Found:
        break;
    }
    if (match.route->access == Access::Token && !token)
        return unauthorized();
    const ApiRequest api{request, match.params, token ? &*token : nullptr};
    return match.route->handler(api);
}

HttpResponse CloudServer::executeControl(const HttpRequest &request)
{
    const Router::Match match = m_controlRouter.match(request.method, request.rawPath);
    switch (match.result) {
    case Router::Match::Result::NotFound:
        return openStackError(404, u"No such control endpoint: %1"_s.arg(request.path));
    case Router::Match::Result::MethodNotAllowed:
        return openStackError(405,
            u"The method %1 is not allowed for %2."_s.arg(
                QString::fromLatin1(request.method), request.path))
            .withHeader("Allow"_ba, match.allowedMethods.join(", "));
    case Router::Match::Result::Found:
        break;
    }
    return match.route->handler(ApiRequest{request, match.params, nullptr});
}

void CloudServer::finish(
    const Exchange &exchange, const HttpResponder &responder, HttpResponse response)
{
    // Real OpenStack services tag every answer; clients show it in error details.
    response.withHeader("X-Openstack-Request-Id"_ba, (u"req-"_s + newUuid()).toLatin1());
    const bool sent = responder.respond(response);
    if (exchange.seq == 0) {
        qCDebug(lcDemo).noquote() << exchange.method << exchange.target << "->" << response.status;
        return;
    }
    if (sent)
        m_requests.setStatus(exchange.seq, response.status);
    qCInfo(lcDemo).noquote() << exchange.method << exchange.target << "->"
                             << (sent ? QString::number(response.status) : u"(client gone)"_s)
                             << u"[%1, %2 ms]"_s.arg(exchange.auth).arg(exchange.timer.elapsed());
}

std::optional<S3Credential> CloudServer::obsCredential(const QByteArray &accessKey) const
{
    if (accessKey == DemoKeys::AccessKey.toLatin1())
        return S3Credential{DemoKeys::SecretKey.toLatin1(), {}, {}};
    if (accessKey == DemoKeys::TemporaryAccessKey.toLatin1()) {
        return S3Credential{
            DemoKeys::TemporarySecretKey.toLatin1(), DemoKeys::SecurityToken.toLatin1(), {}};
    }
    return m_securityTokens.lookup(accessKey);
}

void CloudServer::registerControlRoutes()
{
    Router &r = m_controlRouter;
    r.add("GET", u"/__demo/requests"_s, Access::Public, [this](const ApiRequest &) {
        return HttpResponse::json(200, {{u"requests"_s, m_requests.toJson()}});
    });
    r.add("DELETE", u"/__demo/requests"_s, Access::Public, [this](const ApiRequest &) {
        m_requests.clear();
        return HttpResponse::empty(204);
    });
    r.add("GET", u"/__demo/faults"_s, Access::Public, [this](const ApiRequest &) {
        return HttpResponse::json(200, {{u"faults"_s, m_faults.toJson()}});
    });
    r.add("POST", u"/__demo/faults"_s, Access::Public, [this](const ApiRequest &request) {
        const auto body = parseJsonObject(request.http.body);
        if (!body)
            return openStackError(400, u"The body must be a JSON object."_s);
        QString error;
        const auto fault = Fault::fromJson(*body, &error);
        if (!fault)
            return openStackError(400, error);
        const Fault added = m_faults.add(*fault);
        qCInfo(lcDemo).noquote() << "fault" << added.id << "armed for" << added.remaining
                                 << "request(s) on" << added.path;
        return HttpResponse::json(201, {{u"fault"_s, added.toJson()}});
    });
    r.add("DELETE", u"/__demo/faults"_s, Access::Public, [this](const ApiRequest &) {
        m_faults.clear();
        return HttpResponse::empty(204);
    });
    r.add("POST", u"/__demo/tokens/revoke"_s, Access::Public, [this](const ApiRequest &) {
        const int revoked = m_tokens.revokeAll();
        qCInfo(lcDemo) << "revoked" << revoked << "token(s)";
        return HttpResponse::json(200, {{u"revoked"_s, revoked}});
    });
    r.add("GET", u"/__demo/jobs"_s, Access::Public, [this](const ApiRequest &) {
        return HttpResponse::json(200, {{u"jobs"_s, m_ims.debugJobs()}});
    });
    r.add("GET", u"/__demo/sample-history"_s, Access::Public, [this](const ApiRequest &) {
        return HttpResponse::json(200, {{u"jobs"_s, m_ims.sampleHistory()}});
    });
    // The clock the Date header shows: {"offset_seconds": N} shifts it by N (negative: behind).
    r.add("GET", u"/__demo/clock"_s, Access::Public, [](const ApiRequest &) {
        return HttpResponse::json(200, {{u"offset_seconds"_s, dateOffsetSeconds()}});
    });
    r.add("POST", u"/__demo/clock"_s, Access::Public, [](const ApiRequest &request) {
        const auto body = parseJsonObject(request.http.body);
        if (!body || !body->value(u"offset_seconds"_s).isDouble())
            return openStackError(400, u"Send {\"offset_seconds\": N}."_s);
        const double offset = body->value(u"offset_seconds"_s).toDouble();
        if (std::abs(offset) > 10.0 * 365 * 24 * 3600)
            return openStackError(400, u"offset_seconds is out of range."_s);
        setDateOffsetSeconds(qint64(offset));
        qCInfo(lcDemo) << "Date header shifted by" << qint64(offset) << "s";
        return HttpResponse::json(200, {{u"offset_seconds"_s, dateOffsetSeconds()}});
    });
    r.add("POST", u"/__demo/reset"_s, Access::Public, [this](const ApiRequest &) {
        reset();
        return HttpResponse::json(200, {{u"jobs"_s, m_ims.sampleHistory()}});
    });
}

void CloudServer::reset()
{
    m_state.clear();
    m_requests.clear();
    m_faults.clear();
    setDateOffsetSeconds(0);
    m_ims.seedSampleHistory();
    m_obsStore.reset();
    qCInfo(lcDemo) << "reset: jobs, images, buckets, recorded requests and faults cleared";
}

} // namespace DemoCloud
