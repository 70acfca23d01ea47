// The proxy rules (docs/connection.md, "Proxies"): no_proxy matching as curl does it, the
// environment variables curl reads and their precedence, the system's proxy only when none is
// set, the profile override, proxy URLs, and redaction of proxy credentials.
#include <QNetworkProxy>
#include <QProcessEnvironment>
#include <QTest>

#include "cloud/cloudprofile.h"
#include "logging.h"
#include "net/apierror.h"
#include "net/noproxylist.h"
#include "net/proxyresolver.h"
#include "net/redact.h"

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment envOf(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env;
    for (const auto &[k, v] : vars)
        env.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    return env;
}

/// A "system" that always answers `proxy`, and counts its questions.
struct FakeSystem
{
    explicit FakeSystem(int *counter)
        : asked(counter)
    { }
    QNetworkProxy proxy{QNetworkProxy::HttpProxy, u"system.example"_s, 8080};
    int *asked = nullptr;
    QList<QNetworkProxy> operator()(const QNetworkProxyQuery &) const
    {
        if (asked)
            ++*asked;
        return {proxy};
    }
};

QString via(const std::shared_ptr<const ProxyResolver> &r, const char *url)
{
    const ProxyResolver::Choice c = r->choose(QUrl(QString::fromLatin1(url)));
    if (!c.problem.isEmpty())
        return u"problem"_s;
    return ProxyResolver::display(c.proxy);
}

QStringList s_captured;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured << message;
}

} // namespace

class tst_ProxyResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noProxyMatching_data();
    void noProxyMatching();
    void malformedNoProxyNeverCrashes();
    void variablesAsCurlReadsThem_data();
    void variablesAsCurlReadsThem();
    void noProxyBeatsEveryProxy();
    void systemOnlyWhenNoVariableIsSet();
    void loopbackIsProxiedWhenSaidSo();
    void proxyUrls_data();
    void proxyUrls();
    void unusableProxyIsAProblemNotDirect();
    void profileOverride();
    void profileUrlRefusesAPassword();
    void profileJsonRoundTrip();
    void keysSeparateCredentials();
    void redactsProxyCredentials_data();
    void redactsProxyCredentials();
    void describeAndErrorsNeverShowThePassword();
};

void tst_ProxyResolver::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("direct");
    const auto row = [](const char *name, const char *list, const char *host, bool direct) {
        QTest::newRow(name) << QString::fromUtf8(list) << QString::fromUtf8(host) << direct;
    };
    // Host names and domain suffixes, with or without the leading dot, any case.
    row("exact", "example.com", "example.com", true);
    row("subdomain", "example.com", "www.example.com", true);
    row("deep subdomain", "example.com", "a.b.example.com", true);
    row("leading dot, subdomain", ".example.com", "www.example.com", true);
    row("leading dot, the domain itself", ".example.com", "example.com", true);
    row("not a suffix on a label boundary", "example.com", "notexample.com", false);
    row("other domain", "example.com", "example.org", false);
    row("case", "Example.COM", "WWW.example.com", true);
    row("trailing dot in host", "example.com", "www.example.com.", true);
    row("trailing dot in entry", "example.com.", "www.example.com", true);
    row("longer entry than host", "www.example.com", "example.com", false);
    row("list with spaces", "foo.test, example.com ,bar.test", "api.example.com", true);
    row("list with blanks only", "foo.test example.com", "example.com", true);
    row("many commas", ",,foo.test,,,example.com,,", "example.com", true);
    row("localhost", "localhost", "localhost", true);
    // The wildcard: only the value "*" on its own.
    row("star", "*", "anything.example", true);
    row("star with blanks", "  *  ", "10.1.2.3", true);
    row("star inside a list is no wildcard", "foo.test,*", "example.com", false);
    row("star prefix is no glob", "*.example.com", "www.example.com", false);
    // Empty values.
    row("empty", "", "example.com", false);
    row("blank", "   ", "example.com", false);
    row("commas only", ",,,", "example.com", false);
    // IPv4: addresses and CIDR ranges; names never match an address.
    row("ipv4 exact", "127.0.0.1", "127.0.0.1", true);
    row("ipv4 other", "127.0.0.1", "127.0.0.2", false);
    row("ipv4 cidr /8", "127.0.0.0/8", "127.10.20.30", true);
    row("ipv4 cidr /24 outside", "192.168.1.0/24", "192.168.2.1", false);
    row("ipv4 cidr /24 inside", "192.168.1.0/24", "192.168.1.200", true);
    row("ipv4 cidr /32", "10.0.0.5/32", "10.0.0.5", true);
    row("ipv4 cidr /0 is exact (curl)", "10.0.0.0/0", "10.0.0.1", false);
    row("ipv4 cidr beyond 32", "10.0.0.0/33", "10.0.0.0", false);
    row("ipv4 host vs name entry", "localhost", "127.0.0.1", false);
    row("name host vs ipv4 entry", "127.0.0.1", "localhost", false);
    row("ipv4 suffix is no match", "0.0.1", "127.0.0.1", false);
    row("ipv4 host vs ipv6 entry", "::1", "127.0.0.1", false);
    // IPv6, with and without brackets on either side.
    row("ipv6 exact", "::1", "::1", true);
    row("ipv6 bracketed host", "::1", "[::1]", true);
    row("ipv6 bracketed entry", "[::1]", "::1", true);
    row("ipv6 cidr", "fd00::/8", "fd12:3456::1", true);
    row("ipv6 cidr outside", "fd00::/8", "fe80::1", false);
    row("ipv6 cidr /64", "2001:db8:1:2::/64", "2001:db8:1:2:aaaa::1", true);
    row("ipv6 cidr /64 outside", "2001:db8:1:2::/64", "2001:db8:1:3::1", false);
    row("ipv6 long form", "2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001", true);
    row("ipv6 cidr beyond 128", "::1/129", "::1", false);
    row("ipv6 host vs ipv4 entry", "127.0.0.1", "::1", false);
    // Ports: curl compares the host only; an entry with a port matches nothing.
    row("entry with port", "example.com:8080", "example.com", false);
    row("ipv4 entry with port", "127.0.0.1:5000", "127.0.0.1", false);
    row("port-less entry matches any port", "example.com", "example.com", true);
    // Nothing to match.
    row("empty host", "example.com", "", false);
    row("empty host with star", "*", "", false);
}

void tst_ProxyResolver::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(bool, direct);
    QCOMPARE(NoProxyList::parse(noProxy).matches(host), direct);
    // The same through the resolver, which must then not use the proxy that is set.
    const auto r = ProxyResolver::fromEnvironment(envOf(
        {{"http_proxy", "http://proxy.test:3128"}, {"https_proxy", "http://proxy.test:3128"}}));
    QProcessEnvironment env;
    env.insert(u"http_proxy"_s, u"http://proxy.test:3128"_s);
    env.insert(u"no_proxy"_s, noProxy);
    const auto withList = ProxyResolver::fromEnvironment(env);
    if (host.isEmpty())
        return;
    const QString h = host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    const QUrl url(u"http://"_s + h + u":8774/v2.1"_s);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(withList->choose(url).isDirect(), direct);
    QVERIFY(!r->choose(url).isDirect());
}

void tst_ProxyResolver::malformedNoProxyNeverCrashes()
{
    const QStringList values{u"/"_s,
        u"/24"_s,
        u"."_s,
        u".."_s,
        u"[]"_s,
        u"["_s,
        u"]"_s,
        u"::/"_s,
        u"1.2.3.4/"_s,
        u"1.2.3.4/-1"_s,
        u"1.2.3.4/999999999999999999"_s,
        u"1.2.3.4/abc"_s,
        u"1.2.3"_s,
        u"999.1.1.1"_s,
        u"fe80::1%eth0"_s,
        u"\t,\t"_s,
        QString(u"\u00e9xample.com,\u4f8b\u3048.jp"_s),
        QString(5000, u'a'),
        QString(5000, u','),
        u"a..b,..."_s};
    const QStringList hosts{u""_s,
        u"."_s,
        u"a"_s,
        u"[::1]"_s,
        u"::1"_s,
        u"1.2.3.4"_s,
        u"999.1.1.1"_s,
        u"b"_s,
        QString(300, u'x')};
    for (const QString &value : values) {
        const NoProxyList list = NoProxyList::parse(value);
        for (const QString &host : hosts)
            list.matches(host); // any answer; never a crash or an assertion
    }
    QVERIFY(!NoProxyList::parse(u"1.2.3.4/-1"_s).matches(u"1.2.3.4"_s));
    QVERIFY(NoProxyList::parse(u"1.2.3.4/abc"_s).matches(u"1.2.3.4"_s)); // atoi: 0, exact
    QVERIFY(!NoProxyList::parse(u"999.1.1.1"_s).matches(u"1.1.1.1"_s));
}

void tst_ProxyResolver::variablesAsCurlReadsThem_data()
{
    QTest::addColumn<QProcessEnvironment>("env");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name,
                         std::initializer_list<std::pair<const char *, const char *>> vars,
                         const char *url,
                         const char *expected) {
        QTest::newRow(name) << envOf(vars) << QString::fromLatin1(url)
                            << QString::fromLatin1(expected);
    };
    row("https_proxy for https",
        {{"https_proxy", "http://s.test:3128"}},
        "https://c.test/",
        "http://s.test:3128");
    row("HTTPS_PROXY for https",
        {{"HTTPS_PROXY", "http://S.test:1"}},
        "https://c.test/",
        "http://s.test:1");
    row("lower case wins",
        {{"https_proxy", "http://lower.test:1"}, {"HTTPS_PROXY", "http://upper.test:2"}},
        "https://c.test/",
        "http://lower.test:1");
    row("http_proxy for http",
        {{"http_proxy", "http://h.test:3128"}},
        "http://c.test/",
        "http://h.test:3128");
    row("HTTP_PROXY is never read",
        {{"HTTP_PROXY", "http://h.test:3128"}},
        "http://c.test/",
        "direct");
    row("HTTP_PROXY alone turns the system off",
        {{"HTTP_PROXY", "http://h.test:3128"}},
        "https://c.test/",
        "direct");
    row("https_proxy is not for http",
        {{"https_proxy", "http://s.test:3128"}},
        "http://c.test/",
        "direct");
    row("http_proxy is not for https",
        {{"http_proxy", "http://h.test:3128"}},
        "https://c.test/",
        "direct");
    row("all_proxy for https",
        {{"all_proxy", "http://a.test:1"}},
        "https://c.test/",
        "http://a.test:1");
    row("ALL_PROXY for http",
        {{"ALL_PROXY", "http://a.test:1"}},
        "http://c.test/",
        "http://a.test:1");
    row("all_proxy wins over ALL_PROXY",
        {{"all_proxy", "http://l.test:1"}, {"ALL_PROXY", "http://u.test:1"}},
        "http://c.test/",
        "http://l.test:1");
    row("scheme proxy wins over all_proxy",
        {{"https_proxy", "http://s.test:1"}, {"all_proxy", "http://a.test:1"}},
        "https://c.test/",
        "http://s.test:1");
    row("all_proxy when only the other scheme is set",
        {{"https_proxy", "http://s.test:1"}, {"all_proxy", "http://a.test:1"}},
        "http://c.test/",
        "http://a.test:1");
    row("empty variable is unset",
        {{"https_proxy", ""}, {"HTTPS_PROXY", "http://u.test:2"}},
        "https://c.test/",
        "http://u.test:2");
    row("blank variable is unset",
        {{"http_proxy", "  "}, {"all_proxy", "http://a.test:1"}},
        "http://c.test/",
        "http://a.test:1");
    row("default port 1080",
        {{"http_proxy", "proxy.test"}},
        "http://c.test/",
        "http://proxy.test:1080");
    row("no scheme means http",
        {{"https_proxy", "proxy.test:3128"}},
        "https://c.test/",
        "http://proxy.test:3128");
    row("socks5",
        {{"all_proxy", "socks5://s.test:1081"}},
        "https://c.test/",
        "socks5://s.test:1081");
    row("socks5h", {{"all_proxy", "socks5h://s.test"}}, "https://c.test/", "socks5://s.test:1080");
    row("uppercase URL scheme",
        {{"HTTPS_PROXY", "http://s.test:9"}},
        "HTTPS://c.test/",
        "http://s.test:9");
    row("no_proxy upper case",
        {{"https_proxy", "http://s.test:9"}, {"NO_PROXY", "c.test"}},
        "https://c.test/",
        "direct");
    row("no_proxy lower case wins",
        {{"https_proxy", "http://s.test:9"}, {"no_proxy", "x.test"}, {"NO_PROXY", "c.test"}},
        "https://c.test/",
        "http://s.test:9");
    row("https proxy scheme is a problem",
        {{"https_proxy", "https://s.test:9"}},
        "https://c.test/",
        "problem");
    row("garbage is a problem",
        {{"http_proxy", "http://exa mple:99"}},
        "http://c.test/",
        "problem");
    row("bad port is a problem",
        {{"http_proxy", "http://p.test:99999"}},
        "http://c.test/",
        "problem");
}

void tst_ProxyResolver::variablesAsCurlReadsThem()
{
    QFETCH(QProcessEnvironment, env);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    int asked = 0;
    const auto r = ProxyResolver::fromEnvironment(env, FakeSystem(&asked));
    QCOMPARE(via(r, url.toLatin1().constData()), expected);
    QCOMPARE(asked, 0); // a variable is set: the system's settings are not asked
}

void tst_ProxyResolver::noProxyBeatsEveryProxy()
{
    const auto r = ProxyResolver::fromEnvironment(envOf({{"https_proxy", "http://s.test:1"},
        {"http_proxy", "http://h.test:1"},
        {"all_proxy", "http://a.test:1"},
        {"no_proxy", ".internal.test,10.0.0.0/8"}}));
    QCOMPARE(via(r, "https://api.internal.test/v3"), u"direct"_s);
    QCOMPARE(via(r, "http://10.1.2.3:9292/v2"), u"direct"_s);
    QCOMPARE(via(r, "http://11.1.2.3:9292/v2"), u"http://h.test:1"_s);
    QCOMPARE(r->choose(QUrl(u"http://10.1.2.3/"_s)).source, u"no_proxy"_s);
    // The system is not asked for a no_proxy host either.
    int asked = 0;
    const auto sys = ProxyResolver::fromEnvironment(envOf({{"no_proxy", "*"}}), FakeSystem(&asked));
    QCOMPARE(via(sys, "https://c.test/"), u"direct"_s);
    QCOMPARE(asked, 0);
}

void tst_ProxyResolver::systemOnlyWhenNoVariableIsSet()
{
    int asked = 0;
    const auto r = ProxyResolver::fromEnvironment(envOf({}), FakeSystem(&asked));
    QCOMPARE(via(r, "https://c.test/"), u"http://system.example:8080"_s);
    QCOMPARE(asked, 1);
    QCOMPARE(r->choose(QUrl(u"https://c.test/"_s)).source, u"system"_s);
    // A system answer of "default" or nothing is direct.
    const auto none = ProxyResolver::fromEnvironment(
        envOf({}), [](const QNetworkProxyQuery &) { return QList<QNetworkProxy>{}; });
    QCOMPARE(via(none, "https://c.test/"), u"direct"_s);
    const auto dflt = ProxyResolver::fromEnvironment(envOf({}), [](const QNetworkProxyQuery &) {
        return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::DefaultProxy)};
    });
    QCOMPARE(via(dflt, "https://c.test/"), u"direct"_s);
    // The process's own resolver exists and answers.
    QVERIFY(ProxyResolver::processDefault());
    QVERIFY(!ProxyResolver::processDefault()->key().isEmpty());
}

void tst_ProxyResolver::loopbackIsProxiedWhenSaidSo()
{
    // Qt's own factories skip loopback; the resolver follows curl, which does not.
    const auto r = ProxyResolver::fromEnvironment(envOf({{"http_proxy", "http://127.0.0.1:3128"}}));
    QCOMPARE(via(r, "http://127.0.0.1:5000/v3"), u"http://127.0.0.1:3128"_s);
    QCOMPARE(via(r, "http://localhost:5000/v3"), u"http://127.0.0.1:3128"_s);
    QCOMPARE(via(r, "http://[::1]:5000/v3"), u"http://127.0.0.1:3128"_s);
}

void tst_ProxyResolver::proxyUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    const auto ok = [](const char *t,
                        QNetworkProxy::ProxyType type,
                        const char *host,
                        int port,
                        const char *user = "",
                        const char *pw = "") {
        QTest::newRow(t) << QString::fromUtf8(t) << true << int(type) << QString::fromUtf8(host)
                         << port << QString::fromUtf8(user) << QString::fromUtf8(pw);
    };
    const auto bad = [](const char *name, const char *t) {
        QTest::newRow(name) << QString::fromUtf8(t) << false << 0 << QString() << 0 << QString()
                            << QString();
    };
    ok("http://proxy.test:3128", QNetworkProxy::HttpProxy, "proxy.test", 3128);
    ok("http://proxy.test:3128/", QNetworkProxy::HttpProxy, "proxy.test", 3128);
    ok("proxy.test:3128", QNetworkProxy::HttpProxy, "proxy.test", 3128);
    ok("proxy.test", QNetworkProxy::HttpProxy, "proxy.test", 1080);
    ok("HTTP://Proxy.Test:8080", QNetworkProxy::HttpProxy, "proxy.test", 8080);
    ok("http://alice:s3cret@proxy.test:3128",
        QNetworkProxy::HttpProxy,
        "proxy.test",
        3128,
        "alice",
        "s3cret");
    ok("alice:s3cret@proxy.test:3128",
        QNetworkProxy::HttpProxy,
        "proxy.test",
        3128,
        "alice",
        "s3cret");
    ok("http://al%40ce:p%3Aw%2Fd@proxy.test:3128",
        QNetworkProxy::HttpProxy,
        "proxy.test",
        3128,
        "al@ce",
        "p:w/d");
    ok("http://alice@proxy.test:3128", QNetworkProxy::HttpProxy, "proxy.test", 3128, "alice");
    ok("http://[::1]:3128", QNetworkProxy::HttpProxy, "::1", 3128);
    ok("http://127.0.0.1:3128", QNetworkProxy::HttpProxy, "127.0.0.1", 3128);
    ok("socks5://s.test:1081", QNetworkProxy::Socks5Proxy, "s.test", 1081);
    ok("  http://proxy.test:3128  ", QNetworkProxy::HttpProxy, "proxy.test", 3128);
    bad("empty", "");
    bad("https proxy", "https://proxy.test:443");
    bad("socks4", "socks4://proxy.test:1080");
    bad("no host", "http://:3128");
    bad("space inside", "http://pro xy.test:3128");
    bad("port too big", "http://proxy.test:70000");
    bad("port zero", "http://proxy.test:0");
    bad("not a port", "http://proxy.test:abc");
    bad("control character", "http://proxy.test\n:3128");
}

void tst_ProxyResolver::proxyUrls()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString why;
    const std::optional<QNetworkProxy> p = ProxyResolver::parseProxyUrl(text, &why);
    QCOMPARE(p.has_value(), valid);
    if (!valid) {
        QVERIFY(!why.isEmpty());
        return;
    }
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QCOMPARE(int(p->type()), type);
    QCOMPARE(p->hostName(), host);
    QCOMPARE(int(p->port()), port);
    QCOMPARE(p->user(), user);
    QCOMPARE(p->password(), password);
}

void tst_ProxyResolver::unusableProxyIsAProblemNotDirect()
{
    const auto r = ProxyResolver::fromEnvironment(
        envOf({{"https_proxy", "https://alice:canary-pw-51e0@proxy.test:443"}}));
    const ProxyResolver::Choice c = r->choose(QUrl(u"https://c.test/"_s));
    QVERIFY(!c.problem.isEmpty());
    QVERIFY(c.problem.contains(u"https_proxy"_s));
    QVERIFY2(!c.problem.contains(u"canary-pw-51e0"_s), qPrintable(c.problem));
    QCOMPARE(c.source, u"https_proxy"_s);
    // A broken variable of the other scheme does not matter.
    QVERIFY(r->choose(QUrl(u"http://c.test/"_s)).problem.isEmpty());
    const auto fixed = ProxyResolver::fixed(u"http://pro xy:1"_s);
    QVERIFY(!fixed->choose(QUrl(u"https://c.test/"_s)).problem.isEmpty());
}

void tst_ProxyResolver::profileOverride()
{
    CloudProfile p;
    p.proxyMode = ProxyMode::None;
    QCOMPARE(via(ProxyResolver::forProfile(p), "https://c.test/"), u"direct"_s);
    p.proxyMode = ProxyMode::Url;
    p.proxyUrl = u"http://alice@corp-proxy.test:8080"_s;
    const auto r = ProxyResolver::forProfile(p);
    QCOMPARE(via(r, "https://c.test/"), u"http://corp-proxy.test:8080"_s);
    QCOMPARE(via(r, "http://127.0.0.1/"), u"http://corp-proxy.test:8080"_s); // no no_proxy
    QCOMPARE(r->choose(QUrl(u"https://c.test/"_s)).proxy.user(), u"alice"_s);
    p.proxyMode = ProxyMode::Environment;
    QCOMPARE(ProxyResolver::forProfile(p), ProxyResolver::processDefault());
    // The demo cloud's profile never goes through a proxy.
    QCOMPARE(CloudProfile::demo(QUrl(u"http://127.0.0.1:1/v3"_s)).proxyMode, ProxyMode::None);
}

void tst_ProxyResolver::profileUrlRefusesAPassword()
{
    QVERIFY(ProxyResolver::checkProfileUrl(u"http://proxy.test:3128"_s).isEmpty());
    QVERIFY(ProxyResolver::checkProfileUrl(u"http://alice@proxy.test:3128"_s).isEmpty());
    const QString refused =
        ProxyResolver::checkProfileUrl(u"http://alice:canary-pw-9@proxy.test:1"_s);
    QVERIFY(!refused.isEmpty());
    QVERIFY(refused.contains(u"https_proxy"_s)); // points to the environment variable
    QVERIFY(!refused.contains(u"canary-pw-9"_s));
    QVERIFY(!ProxyResolver::checkProfileUrl(u""_s).isEmpty());
    QVERIFY(!ProxyResolver::checkProfileUrl(u"ftp://proxy.test"_s).isEmpty());
}

void tst_ProxyResolver::profileJsonRoundTrip()
{
    CloudProfile p;
    p.name = u"corp"_s;
    QVERIFY(!p.toJson().contains(u"proxy_mode"_s)); // the default is not written
    QCOMPARE(CloudProfile::fromJson(p.toJson()).proxyMode, ProxyMode::Environment);
    p.proxyMode = ProxyMode::Url;
    p.proxyUrl = u"http://proxy.test:3128"_s;
    const CloudProfile back = CloudProfile::fromJson(p.toJson());
    QCOMPARE(back.proxyMode, ProxyMode::Url);
    QCOMPARE(back.proxyUrl, p.proxyUrl);
    p.proxyMode = ProxyMode::None;
    const QJsonObject none = p.toJson();
    QCOMPARE(none.value(u"proxy_mode"_s).toString(), u"none"_s);
    QVERIFY(!none.contains(u"proxy_url"_s)); // only kept with mode "url"
    QJsonObject unknown = none;
    unknown.insert(u"proxy_mode"_s, u"bogus"_s);
    QCOMPARE(CloudProfile::fromJson(unknown).proxyMode, ProxyMode::Environment);
}

void tst_ProxyResolver::keysSeparateCredentials()
{
    const auto a = ProxyResolver::fromEnvironment(envOf({{"http_proxy", "http://a:1@p.test:1"}}));
    const auto b = ProxyResolver::fromEnvironment(envOf({{"http_proxy", "http://a:2@p.test:1"}}));
    const auto a2 = ProxyResolver::fromEnvironment(envOf({{"http_proxy", "http://a:1@p.test:1"}}));
    QVERIFY(a->key() != b->key());
    QCOMPARE(a->key(), a2->key());
    QVERIFY(!a->key().contains("a:1"));
    QVERIFY(ProxyResolver::direct()->key() != a->key());
}

void tst_ProxyResolver::redactsProxyCredentials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const auto row = [](const char *t, const char *s) {
        QTest::newRow(t) << QString::fromUtf8(t) << QString::fromUtf8(s);
    };
    row("http://alice:s3cret@proxy.test:3128", "http://***@proxy.test:3128");
    row("alice:s3cret@proxy.test:3128", "***@proxy.test:3128");
    row("http://alice@proxy.test:3128/", "http://***@proxy.test:3128/");
    row("http://proxy.test:3128", "http://proxy.test:3128");
    row("http://a:p/ss#w@rd@proxy.test:1", "http://***@proxy.test:1");
    row("user:p://w@proxy.test", "***@proxy.test");
    row("http://bad host:pw@x", "http://***@x");
    row("", "");
}

void tst_ProxyResolver::redactsProxyCredentials()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Redact::proxyUrl(text), shown);
}

void tst_ProxyResolver::describeAndErrorsNeverShowThePassword()
{
    s_captured.clear();
    const QtMessageHandler old = qInstallMessageHandler(capture);
    const auto r = ProxyResolver::fromEnvironment(
        envOf({{"https_proxy", "http://alice:canary-pw-1@proxy.test:3128"},
            {"http_proxy", "alice:canary-pw-2@proxy.test:3128"},
            {"all_proxy", "socks4://alice:canary-pw-3@proxy.test"},
            {"no_proxy", "internal.test"}}));
    const QString text = r->describe();
    qInfo().noquote() << text;
    const ApiError e = ApiError::proxyAuthentication(
        ProxyResolver::display(r->choose(QUrl(u"https://c.test/"_s)).proxy));
    const QString message = e.userMessage();
    QVERIFY(e.isProxyAuthentication());
    QVERIFY(message.contains(u"407"_s));
    const QString unusable = ProxyResolver::fixed(u"socks4://alice:canary-pw-4@p.test"_s)
                                 ->choose(QUrl(u"https://c.test/"_s))
                                 .problem;
    qInstallMessageHandler(old);
    QVERIFY(text.contains(u"https_proxy=http://***@proxy.test:3128"_s));
    QVERIFY(text.contains(u"no_proxy=internal.test"_s));
    for (const QString &shown : QStringList{text, message, unusable} + s_captured) {
        for (const char *canary : {"canary-pw-1", "canary-pw-2", "canary-pw-3", "canary-pw-4"})
            QVERIFY2(!shown.contains(QString::fromLatin1(canary)), qPrintable(shown));
        QVERIFY2(!shown.contains(u"alice"_s), qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(tst_ProxyResolver)
#include "tst_proxyresolver.moc"
