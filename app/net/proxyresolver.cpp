#include "net/proxyresolver.h"

#include <QCryptographicHash>
#include <QNetworkProxyFactory>

#include "logging.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 DefaultProxyPort = 1080; // curl's CURL_DEFAULT_PROXY_PORT

} // namespace

ProxyResolver::Entry ProxyResolver::entryFrom(const QString &variable, const QString &raw)
{
    Entry e;
    e.variable = variable;
    e.raw = raw;
    QString why;
    e.proxy = parseProxyUrl(raw, &why);
    if (!e.proxy)
        //: %1 = an environment variable such as https_proxy or "the profile", %2 = the reason
        e.problem = tr("The proxy set in %1 cannot be used: %2").arg(variable, why);
    return e;
}

ProxyResolver::Entry ProxyResolver::firstSet(
    const QProcessEnvironment &env, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString variable = QString::fromLatin1(name);
        const QString value = env.value(variable);
        if (!value.trimmed().isEmpty()) // curl_getenv(): an empty variable is no variable
            return entryFrom(variable, value.trimmed());
    }
    return {};
}

std::shared_ptr<const ProxyResolver> ProxyResolver::fromEnvironment(
    const QProcessEnvironment &env, SystemQuery system)
{
    auto r = std::make_shared<ProxyResolver>();
    r->m_mode = Mode::Environment;
    // curl reads the lower-case name first; for http only the lower-case one (see the header).
    r->m_https = firstSet(env, {"https_proxy", "HTTPS_PROXY"});
    r->m_http = firstSet(env, {"http_proxy"});
    r->m_all = firstSet(env, {"all_proxy", "ALL_PROXY"});
    for (const char *name : {"no_proxy", "NO_PROXY"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.trimmed().isEmpty()) {
            r->m_noProxyVariable = QString::fromLatin1(name);
            r->m_noProxyRaw = value;
            r->m_noProxy = NoProxyList::parse(value);
            break;
        }
    }
    // HTTP_PROXY counts as "set" (so the system's settings do not apply instead) although it
    // is never used: curl goes direct then, and so does this.
    r->m_anyProxyVariable = r->m_https.isSet() || r->m_http.isSet() || r->m_all.isSet()
        || !env.value(u"HTTP_PROXY"_s).trimmed().isEmpty();
    r->m_system =
        system ? std::move(system) : SystemQuery(&QNetworkProxyFactory::systemProxyForQuery);
    r->computeKey();
    return r;
}

std::shared_ptr<const ProxyResolver> ProxyResolver::processDefault()
{
    static const std::shared_ptr<const ProxyResolver> resolver = [] {
        auto r = fromEnvironment(QProcessEnvironment::systemEnvironment());
        qCInfo(lcNet).noquote() << "proxies:" << r->describe();
        return r;
    }();
    return resolver;
}

std::shared_ptr<const ProxyResolver> ProxyResolver::direct()
{
    static const std::shared_ptr<const ProxyResolver> resolver = [] {
        auto r = std::make_shared<ProxyResolver>();
        r->m_mode = Mode::Direct;
        r->computeKey();
        return r;
    }();
    return resolver;
}

std::shared_ptr<const ProxyResolver> ProxyResolver::fixed(const QString &url)
{
    auto r = std::make_shared<ProxyResolver>();
    r->m_mode = Mode::Fixed;
    r->m_fixed = entryFrom(tr("the profile"), url.trimmed());
    r->computeKey();
    return r;
}

std::shared_ptr<const ProxyResolver> ProxyResolver::forProfile(const CloudProfile &profile)
{
    switch (profile.proxyMode) {
    case ProxyMode::Environment:
        return processDefault();
    case ProxyMode::None:
        return direct();
    case ProxyMode::Url:
        return fixed(profile.proxyUrl);
    }
    return processDefault();
}

ProxyResolver::Choice ProxyResolver::choiceFor(const Entry &entry) const
{
    Choice c;
    c.source = entry.variable;
    if (entry.proxy)
        c.proxy = *entry.proxy;
    else
        c.problem = entry.problem;
    return c;
}

ProxyResolver::Choice ProxyResolver::choose(const QUrl &url) const
{
    switch (m_mode) {
    case Mode::Direct:
        return {};
    case Mode::Fixed:
        return choiceFor(m_fixed);
    case Mode::Environment:
        break;
    }
    if (m_noProxy.matches(url.host())) {
        Choice c;
        c.source = m_noProxyVariable;
        return c;
    }
    const QString scheme = url.scheme().toLower();
    const Entry *entry = nullptr;
    if (scheme == u"https" && m_https.isSet())
        entry = &m_https;
    else if (scheme == u"http" && m_http.isSet())
        entry = &m_http;
    else if (m_all.isSet())
        entry = &m_all;
    if (entry)
        return choiceFor(*entry);
    Choice c;
    if (m_anyProxyVariable || !m_system)
        return c; // a proxy is set up for the other scheme only: this one goes direct
    const QList<QNetworkProxy> system = m_system(QNetworkProxyQuery(url));
    if (!system.isEmpty() && system.first().type() != QNetworkProxy::DefaultProxy) {
        c.proxy = system.first();
        c.source = u"system"_s;
    }
    return c;
}

std::optional<QNetworkProxy> ProxyResolver::parseProxyUrl(const QString &textIn, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QNetworkProxy> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString text = textIn.trimmed();
    if (text.isEmpty())
        return fail(tr("no proxy address is given"));
    for (QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return fail(tr("a proxy address has no spaces or control characters"));
    }
    const QString withScheme = text.contains(u"://"_s) ? text : u"http://"_s + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString shown = Redact::proxyUrl(text);
    if (!url.isValid() || url.host().isEmpty())
        //: %1 = the proxy address as given, without its password
        return fail(
            tr("“%1” is not a proxy address such as http://proxy.example.com:3128").arg(shown));
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    if (scheme == u"http") {
        proxy.setType(QNetworkProxy::HttpProxy);
    } else if (scheme == u"socks5" || scheme == u"socks5h") {
        proxy.setType(QNetworkProxy::Socks5Proxy);
    } else {
        //: %1 = a URL scheme such as https or socks4
        return fail(tr("proxies of the kind “%1” are not supported; use an http:// or "
                       "socks5:// proxy")
                        .arg(scheme));
    }
    proxy.setHostName(url.host());
    const int port = url.port(DefaultProxyPort);
    if (port <= 0 || port > 65535)
        return fail(
            tr("“%1” is not a proxy address such as http://proxy.example.com:3128").arg(shown));
    proxy.setPort(quint16(port));
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    if (why)
        why->clear();
    return proxy;
}

QString ProxyResolver::checkProfileUrl(const QString &text)
{
    QString why;
    const std::optional<QNetworkProxy> proxy = parseProxyUrl(text, &why);
    if (!proxy)
        return why;
    if (!proxy->password().isEmpty())
        return tr(
            "A proxy password is not stored in a profile. Leave it out here and set the "
            "proxy with its password in the https_proxy and http_proxy environment "
            "variables, with the profile's proxy set to “From the environment or the system”.");
    return {};
}

QString ProxyResolver::display(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
        return u"direct"_s;
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return u"http://%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return u"socks5://%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    default:
        return u"%1:%2"_s.arg(proxy.hostName()).arg(proxy.port());
    }
}

QString ProxyResolver::describe() const
{
    const auto entry = [](const Entry &e) {
        return e.isSet() ? u"%1=%2"_s.arg(e.variable, Redact::proxyUrl(e.raw)) : QString();
    };
    switch (m_mode) {
    case Mode::Direct:
        return u"none (direct)"_s;
    case Mode::Fixed:
        return u"profile: "_s + Redact::proxyUrl(m_fixed.raw);
    case Mode::Environment:
        break;
    }
    QStringList parts;
    for (const Entry *e : {&m_https, &m_http, &m_all}) {
        if (e->isSet())
            parts << entry(*e);
    }
    if (!m_noProxyVariable.isEmpty())
        parts << m_noProxyVariable + u"="_s + m_noProxyRaw.simplified();
    if (!m_anyProxyVariable)
        parts << u"else the system's"_s;
    return parts.join(u", "_s);
}

void ProxyResolver::computeKey()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(int(m_mode)));
    for (const Entry *e : {&m_https, &m_http, &m_all, &m_fixed}) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(e->variable.toUtf8());
        hash.addData(QByteArrayView("=", 1));
        hash.addData(e->raw.toUtf8());
    }
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_noProxyRaw.toUtf8());
    hash.addData(QByteArray::number(int(m_anyProxyVariable)));
    m_key = "proxy:" + hash.result().toHex().left(32);
}
