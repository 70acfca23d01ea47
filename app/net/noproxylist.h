#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringView>

/// A `no_proxy` value as curl reads it (lib/noproxy.c, curl 7.86 and later): the hosts that are
/// reached directly although a proxy is set.
///
/// - The value `*` on its own (surrounding blanks allowed) matches every host. A `*` inside a
///   list is no wildcard: it matches nothing, as in curl.
/// - Entries are separated by commas and/or blanks; empty entries are skipped.
/// - A host name matches an entry that is the name itself or one of its parent domains,
///   case-insensitively: `example.com` and `.example.com` both match `example.com` and
///   `www.example.com`, never `notexample.com`. One trailing dot is ignored on both sides.
/// - An IP address (IPv4, or IPv6 as in `[::1]`) is compared with the IP entries only, as an
///   address or a CIDR range (`10.0.0.0/8`, `fd00::/8`); a name entry never matches an IP
///   address, and no DNS lookup is made. `/0`, like a missing prefix, means the address itself
///   (curl's rule); a prefix beyond the address size never matches.
/// - Ports are not compared: curl matches the host only, so an entry with a port (`host:8080`)
///   matches nothing.
/// Malformed entries match nothing; nothing here throws or asserts. A value; thread-safe to read.
class NoProxyList
{
public:
    NoProxyList() = default;
    static NoProxyList parse(QStringView value);

    /// True when `host` (a URL's host: a name, an IPv4 address, or an IPv6 address with or
    /// without brackets) is to be reached directly.
    bool matches(const QString &host) const;
    bool matchesAll() const { return m_all; }
    bool isEmpty() const { return !m_all && m_names.isEmpty() && m_ranges.isEmpty(); }

private:
    struct Range
    {
        QHostAddress network;
        int bits = -1; // -1: the address itself
    };

    bool m_all = false;
    QStringList m_names; // lower case, without the leading and trailing dot
    QList<Range> m_ranges;
};
