#include "net/noproxylist.h"

#include <QAbstractSocket>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

/// An IP address as curl's inet_pton() takes it: dotted IPv4 or an IPv6 literal, nothing else
/// (QHostAddress also reads "1" or "0x7f.1" as IPv4, which curl does not).
bool parseAddress(const QString &text, QHostAddress *address)
{
    if (text.isEmpty() || !address->setAddress(text))
        return false;
    if (address->protocol() == QAbstractSocket::IPv4Protocol) {
        const QStringList parts = text.split(u'.');
        if (parts.size() != 4)
            return false;
        for (const QString &part : parts) {
            if (part.isEmpty() || part.size() > 3)
                return false;
            for (QChar c : part) {
                if (!c.isDigit())
                    return false;
            }
        }
        return true;
    }
    return address->protocol() == QAbstractSocket::IPv6Protocol && !text.contains(u'%');
}

} // namespace

NoProxyList NoProxyList::parse(QStringView value)
{
    NoProxyList list;
    if (value.trimmed() == u"*") {
        list.m_all = true;
        return list;
    }
    qsizetype i = 0;
    const qsizetype n = value.size();
    while (i < n) {
        while (i < n && (isBlank(value[i]) || value[i] == u','))
            ++i;
        const qsizetype start = i;
        while (i < n && !isBlank(value[i]) && value[i] != u',')
            ++i;
        const QString token = value.mid(start, i - start).toString();
        if (token.isEmpty())
            continue;
        // An IP entry, with or without a prefix length.
        const qsizetype slash = token.indexOf(u'/');
        QString addressPart = slash < 0 ? token : token.left(slash);
        if (addressPart.startsWith(u'[') && addressPart.endsWith(u']'))
            addressPart = addressPart.mid(1, addressPart.size() - 2);
        QHostAddress address;
        if (parseAddress(addressPart, &address)) {
            Range range{address, -1};
            if (slash >= 0) {
                bool ok = false;
                const int bits = token.mid(slash + 1).toInt(&ok);
                // curl reads the prefix with atoi(): a non-number is 0, which means "exact".
                range.bits = ok && bits > 0 ? bits : -1;
                if (ok && bits < 0)
                    continue; // never matches
            }
            list.m_ranges.append(range);
            continue;
        }
        QString name = token.toLower();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.startsWith(u'.'))
            name.remove(0, 1);
        if (!name.isEmpty())
            list.m_names.append(name);
    }
    return list;
}

bool NoProxyList::matches(const QString &hostIn) const
{
    if (hostIn.isEmpty())
        return false;
    if (m_all)
        return true;
    QString host = hostIn;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (parseAddress(host, &address)) {
        const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
        const int size = v4 ? 32 : 128;
        for (const Range &r : m_ranges) {
            if (r.network.protocol() != address.protocol())
                continue;
            if (r.bits < 0 || r.bits == size) {
                if (r.network.isEqual(address, QHostAddress::StrictConversion))
                    return true;
            } else if (r.bits < size && address.isInSubnet(r.network, r.bits)) {
                return true;
            }
        }
        return false;
    }
    QString name = host.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    for (const QString &entry : m_names) {
        if (name == entry)
            return true;
        if (name.size() > entry.size() && name.endsWith(entry)
            && name.at(name.size() - entry.size() - 1) == u'.') {
            return true;
        }
    }
    return false;
}
