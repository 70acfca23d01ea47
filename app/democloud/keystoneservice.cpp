#include "keystoneservice.h"

#include <QJsonObject>

#include "apiutil.h"
#include "demologging.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

QJsonObject domainObject()
{
    return {{u"id"_s, Account::DomainId.toString()}, {u"name"_s, Account::DomainName.toString()}};
}

/// A domain given by id ("default") or by name ("Default").
bool isDemoDomain(const QJsonObject &domain)
{
    if (domain.contains(u"id"_s))
        return domain.value(u"id"_s).toString() == Account::DomainId;
    return domain.value(u"name"_s).toString() == Account::DomainName;
}

bool hasDomain(const QJsonObject &domain)
{
    return domain.value(u"id"_s).isString() || domain.value(u"name"_s).isString();
}

QJsonObject endpoint(const QString &id, const QString &interface, const QString &url)
{
    return {
        {u"id"_s, id},
        {u"interface"_s, interface},
        {u"region"_s, Account::Region.toString()},
        {u"region_id"_s, Account::Region.toString()},
        {u"url"_s, url},
    };
}

QJsonObject service(const QString &id, const QString &type, const QString &name, const QString &url)
{
    return {
        {u"id"_s, id},
        {u"type"_s, type},
        {u"name"_s, name},
        {u"endpoints"_s,
            QJsonArray{endpoint(id + u"01"_s, u"public"_s, url),
                endpoint(id + u"02"_s, u"internal"_s, url)}},
    };
}

} // namespace

KeystoneService::KeystoneService(const CloudConfig &config, TokenStore &tokens)
    : m_config(config)
    , m_tokens(tokens)
{ }

void KeystoneService::registerRoutes(Router &router)
{
    router.add("GET", u"/v3"_s, Access::Public, [this](const ApiRequest &r) {
        return versionDocument(r);
    });
    router.add("POST", u"/v3/auth/tokens"_s, Access::Public, [this](const ApiRequest &r) {
        return issueToken(r);
    });
    router.add("GET", u"/v3/projects"_s, Access::Token, [this](const ApiRequest &r) {
        return listProjects(r);
    });
}

HttpResponse KeystoneService::listProjects(const ApiRequest &request) const
{
    // Huawei IAM names a region's project after the region: the demo project answers to its
    // own name and to the demo region's.
    const QString name = request.http.query.queryItemValue(u"name"_s, QUrl::FullyDecoded);
    QJsonArray projects;
    if (name.isEmpty() || name == Account::ProjectName || name == Account::Region) {
        projects.append(QJsonObject{{u"id"_s, Account::ProjectId.toString()},
            {u"name"_s, Account::ProjectName.toString()},
            {u"domain_id"_s, Account::DomainId.toString()},
            {u"enabled"_s, true},
            {u"is_domain"_s, false}});
    }
    return HttpResponse::json(200,
        {{u"projects"_s, projects},
            {u"links"_s, QJsonObject{{u"self"_s, QString(m_config.baseUrl + u"/v3/projects"_s)}}}});
}

HttpResponse KeystoneService::issueApplicationCredentialToken(
    const QJsonObject &identity, bool withCatalog)
{
    const QJsonObject credential = identity.value(u"application_credential"_s).toObject();
    if (credential.isEmpty())
        return openStackError(
            400, u"auth.identity.application_credential is a required property."_s);
    const QJsonValue secret = credential.value(u"secret"_s);
    if (!secret.isString())
        return openStackError(400, u"application_credential.secret must be a string."_s);
    bool known = false;
    if (credential.value(u"id"_s).isString()) {
        known = credential.value(u"id"_s).toString() == Account::AppCredentialId;
    } else if (credential.value(u"name"_s).isString()) {
        // By name, the credential's user must be named too (by id, or name and domain).
        const QJsonObject user = credential.value(u"user"_s).toObject();
        if (user.isEmpty())
            return openStackError(400,
                u"An application credential given by name needs its user (id, or name and "
                "domain)."_s);
        const bool userOk = user.value(u"id"_s).isString()
            ? user.value(u"id"_s).toString() == Account::UserId
            : (user.value(u"name"_s).toString() == Account::UserName
                && isDemoDomain(user.value(u"domain"_s).toObject()));
        known = userOk && credential.value(u"name"_s).toString() == Account::AppCredentialName;
    } else {
        return openStackError(
            400, u"The application credential needs an id, or a name and a user."_s);
    }
    if (!known || secret.toString() != Account::AppCredentialSecret) {
        qCInfo(lcDemo) << "application credential refused";
        return unauthorized();
    }
    return tokenResponse(u"application_credential"_s, withCatalog);
}

HttpResponse KeystoneService::versionDocument(const ApiRequest &) const
{
    const QJsonObject version{
        {u"id"_s, u"v3.14"_s},
        {u"status"_s, u"stable"_s},
        {u"updated"_s, u"2020-04-07T00:00:00Z"_s},
        {u"links"_s,
            QJsonArray{QJsonObject{
                {u"rel"_s, u"self"_s}, {u"href"_s, QString(m_config.baseUrl + u"/v3/"_s)}}}},
        {u"media-types"_s,
            QJsonArray{QJsonObject{{u"base"_s, u"application/json"_s},
                {u"type"_s, u"application/vnd.openstack.identity-v3+json"_s}}}},
    };
    return HttpResponse::json(200, {{u"version"_s, version}});
}

HttpResponse KeystoneService::issueToken(const ApiRequest &request)
{
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return openStackError(400, u"The request body must be a JSON object."_s);
    const QJsonObject auth = body->value(u"auth"_s).toObject();
    const QJsonObject identity = auth.value(u"identity"_s).toObject();
    const QJsonArray methods = identity.value(u"methods"_s).toArray();
    if (identity.isEmpty() || methods.isEmpty())
        return openStackError(400, u"auth.identity.methods is a required property."_s);
    const bool withCatalog = !request.http.query.hasQueryItem(u"nocatalog"_s);
    if (methods.contains(u"application_credential"_s)) {
        // Keystone scopes the token to the credential's project; a scope is refused.
        if (auth.contains(u"scope"_s))
            return openStackError(401, u"Application credentials cannot request a scope."_s);
        return issueApplicationCredentialToken(identity, withCatalog);
    }
    if (!methods.contains(u"password"_s)) {
        // Password and application credentials exist here; Keystone answers an unusable
        // method with 401.
        return unauthorized();
    }

    const QJsonObject user = identity.value(u"password"_s).toObject().value(u"user"_s).toObject();
    if (user.isEmpty())
        return openStackError(400, u"auth.identity.password.user is a required property."_s);
    const QJsonValue secret = user.value(u"password"_s);
    if (!secret.isString())
        return openStackError(400, u"auth.identity.password.user.password must be a string."_s);
    const QJsonObject userDomain = user.value(u"domain"_s).toObject();
    const bool byId = user.value(u"id"_s).isString();
    const bool byName = user.value(u"name"_s).isString();
    if (!byId && !byName)
        return openStackError(400, u"The user needs an id, or a name and a domain."_s);
    if (!byId && !hasDomain(userDomain))
        return openStackError(400, u"A user given by name needs a domain id or name."_s);

    const QJsonObject scope = auth.value(u"scope"_s).toObject();
    const QJsonObject project = scope.value(u"project"_s).toObject();
    if (project.isEmpty()) {
        return openStackError(
            400, u"The demo cloud issues project-scoped tokens only: add auth.scope.project."_s);
    }
    const bool projectById = project.value(u"id"_s).isString();
    if (!projectById && !project.value(u"name"_s).isString())
        return openStackError(400, u"The project needs an id, or a name and a domain."_s);
    if (!projectById && !hasDomain(project.value(u"domain"_s).toObject()))
        return openStackError(400, u"A project given by name needs a domain id or name."_s);

    const bool userOk = byId
        ? user.value(u"id"_s).toString() == Account::UserId
        : (user.value(u"name"_s).toString() == Account::UserName && isDemoDomain(userDomain));
    const bool passwordOk = secret.toString() == Account::Password;
    const bool projectOk = projectById
        ? project.value(u"id"_s).toString() == Account::ProjectId
        : (project.value(u"name"_s).toString() == Account::ProjectName
            && isDemoDomain(project.value(u"domain"_s).toObject()));
    if (userOk && passwordOk && projectOk)
        return tokenResponse(u"password"_s, withCatalog);
    // The consumer (the project images are shared with) in its own project.
    const bool consumerOk = (byId ? user.value(u"id"_s).toString() == Account::ConsumerUserId
                                  : (user.value(u"name"_s).toString() == Account::ConsumerUserName
                                      && isDemoDomain(userDomain)))
        && secret.toString() == Account::ConsumerPassword
        && (projectById ? project.value(u"id"_s).toString() == Account::ConsumerProjectId
                        : (project.value(u"name"_s).toString() == Account::ConsumerProjectName
                            && isDemoDomain(project.value(u"domain"_s).toObject())));
    if (consumerOk) {
        return tokenResponse(u"password"_s,
            withCatalog,
            {Account::ConsumerUserId.toString(),
                Account::ConsumerUserName.toString(),
                Account::ConsumerProjectId.toString(),
                Account::ConsumerProjectName.toString()});
    }
    // interfaces.md §7: the same 401 for a wrong user, password or project.
    qCInfo(lcDemo) << "authentication refused";
    return unauthorized();
}

KeystoneService::Identity KeystoneService::demoIdentity()
{
    return {Account::UserId.toString(),
        Account::UserName.toString(),
        Account::ProjectId.toString(),
        Account::ProjectName.toString()};
}

HttpResponse KeystoneService::tokenResponse(
    const QString &method, bool withCatalog, const Identity &identity)
{
    TokenInfo info;
    const QString token = m_tokens.issue(identity.userId, identity.projectId, &info);
    QJsonObject tokenBody{
        {u"methods"_s, QJsonArray{method}},
        {u"expires_at"_s, isoMicros(info.expiresAt)},
        {u"issued_at"_s, isoMicros(info.issuedAt)},
        {u"audit_ids"_s, QJsonArray{randomHex(11)}},
        {u"is_domain"_s, false},
        {u"user"_s,
            QJsonObject{{u"id"_s, identity.userId},
                {u"name"_s, identity.userName},
                {u"domain"_s, domainObject()},
                {u"password_expires_at"_s, QJsonValue::Null}}},
        {u"project"_s,
            QJsonObject{{u"id"_s, identity.projectId},
                {u"name"_s, identity.projectName},
                {u"domain"_s, domainObject()}}},
        {u"roles"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"c0fdbdb69b59564981ee81a0669ba5d3"_s},
                           {u"name"_s, u"member"_s}},
                QJsonObject{
                    {u"id"_s, u"309d11e04c7c5b9e9faa7ecc947fd3a2"_s}, {u"name"_s, u"reader"_s}}}},
    };
    if (method == u"application_credential") {
        tokenBody.insert(u"application_credential"_s,
            QJsonObject{{u"id"_s, Account::AppCredentialId.toString()},
                {u"name"_s, Account::AppCredentialName.toString()},
                {u"restricted"_s, true}});
    }
    // Keystone leaves the catalog out when the query has "nocatalog" (api-facts §1.5).
    if (withCatalog)
        tokenBody.insert(u"catalog"_s, catalog(identity.projectId));
    return HttpResponse::json(201, {{u"token"_s, tokenBody}})
        .withHeader("X-Subject-Token"_ba, token.toLatin1());
}

QJsonArray KeystoneService::catalog(const QString &project) const
{
    const QString base = m_config.baseUrl;
    // Huawei's IMS endpoint serves Glance /v2/... and IMS /v1/..., /v2/cloudimages/... on one
    // root, so the image service is the server root (interfaces.md §5).
    return {
        service(
            u"a5aa901a85105909aef54ef226175cb5"_s, u"identity"_s, u"keystone"_s, base + u"/v3"_s),
        service(u"6a6f10ea3cd65b1c9d7a3aa62ac063dd"_s, u"image"_s, u"ims"_s, base),
        service(u"4e7653fa9c1d5adc9238f910f93109e7"_s,
            u"compute"_s,
            u"nova"_s,
            base + u"/v2.1/"_s + project),
        service(u"1f9cf0c9c8825b3e853408de3c01dba6"_s,
            u"volumev3"_s,
            u"cinderv3"_s,
            base + u"/v3/"_s + project),
        service(u"ef274a1a1e5f59d397c4c258f4ee5d01"_s,
            u"volumev2"_s,
            u"cinderv2"_s,
            base + u"/v2/"_s + project),
        // The OBS stand-in: S3 API in path style on the server root, told apart from the
        // OpenStack APIs by its AWS4-HMAC-SHA256 signature (docs/democloud.md).
        service(u"9b2f6c0e4d7a41c8a3e5f1b7d9c2e4a6"_s, u"obs"_s, u"obs"_s, base),
    };
}

} // namespace DemoCloud
