#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QObject>

#include "cinderservice.h"
#include "cloudconfig.h"
#include "faultlist.h"
#include "glanceservice.h"
#include "httpserver.h"
#include "imagejobservice.h"
#include "imslibraryservice.h"
#include "memberservice.h"
#include "imsservice.h"
#include "inventory.h"
#include "keystoneservice.h"
#include "novaservice.h"
#include "obsservice.h"
#include "obsstore.h"
#include "requestlog.h"
#include "router.h"
#include "securitytokenservice.h"
#include "statestore.h"
#include "tokenstore.h"

namespace DemoCloud {

/// The demo cloud: one HTTP server on 127.0.0.1 that plays Keystone, IMS, Nova, Cinder, Glance
/// and OBS (S3 API) for the demo project, plus the /__demo/ control endpoint (docs/democloud.md).
/// Every API request (not /__demo/*) is recorded, checked against the injected faults, then
/// routed; routes other than the public ones need a valid X-Auth-Token. GUI thread only.
class CloudServer final : public QObject, public HttpHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudServer)

public:
    explicit CloudServer(const CloudConfig &config, QObject *parent = nullptr);
    ~CloudServer() override;

    /// Loads the state, listens on 127.0.0.1:port (0: any free port) and, on a fresh state,
    /// creates the sample history. False with `error` set when any step fails.
    bool start(quint16 port, QString *error);
    /// "http://127.0.0.1:PORT/v3", valid after start().
    QString authUrl() const;

    std::unique_ptr<HttpBodySink> openBodySink(const HttpRequest &head) override;
    void handleRequest(HttpRequest request, const HttpResponder &responder) override;

private:
    struct Exchange
    {
        int seq = 0; // 0 for /__demo/ requests, which are not recorded
        QByteArray method;
        QString target;
        QString auth;
        QElapsedTimer timer;
    };

    HttpResponse execute(const HttpRequest &request, const std::optional<TokenInfo> &token);
    HttpResponse executeControl(const HttpRequest &request);
    void finish(const Exchange &exchange, const HttpResponder &responder, HttpResponse response);
    void registerControlRoutes();
    void reset();
    /// The keys the object storage accepts (the demo's AK/SK pairs, IAM's temporary keys).
    std::optional<S3Credential> obsCredential(const QByteArray &accessKey) const;

    CloudConfig m_config;
    Inventory m_inventory;
    StateStore m_state;
    TokenStore m_tokens;
    RequestLog m_requests;
    FaultList m_faults;
    KeystoneService m_keystone;
    SecurityTokenService m_securityTokens;
    ImsService m_ims;
    NovaService m_nova;
    CinderService m_cinder;
    GlanceService m_glance;
    ImsLibraryService m_imsLibrary;
    MemberService m_members;
    ImageJobService m_imageJobs;
    ObsStore m_obsStore;
    ObsService m_obs;
    Router m_router;
    Router m_controlRouter;
    HttpServer m_http;
};

} // namespace DemoCloud
