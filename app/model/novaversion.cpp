#include "model/novaversion.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString NovaMicroversion::toString() const
{
    return u"%1.%2"_s.arg(major).arg(minor);
}

QByteArray NovaMicroversion::headerValue() const
{
    return QByteArray::number(major) + '.' + QByteArray::number(minor);
}

std::optional<NovaMicroversion> NovaMicroversion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 2)
        return std::nullopt;
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.at(0).toInt(&okMajor);
    const int minor = parts.at(1).toInt(&okMinor);
    // toInt() accepts a sign and surrounding spaces; a version has neither.
    const auto digits = [](const QString &s) {
        return !s.isEmpty()
            && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!okMajor || !okMinor || !digits(parts.at(0)) || !digits(parts.at(1)))
        return std::nullopt;
    return NovaMicroversion{major, minor};
}

NovaMicroversion NovaVersion::choose(NovaMicroversion ceiling) const
{
    if (!maxVersion)
        return NovaMicroversion{};
    NovaMicroversion chosen = std::min(*maxVersion, ceiling);
    if (minVersion && chosen < *minVersion)
        chosen = *minVersion;
    return chosen;
}

std::optional<NovaVersion> NovaVersion::fromJson(const QJsonObject &o, QString *why)
{
    QJsonObject entry;
    if (o.value(u"version"_s).isObject()) {
        entry = o.value(u"version"_s).toObject();
    } else if (o.value(u"versions"_s).isArray()) {
        // The root list: the CURRENT version is the one a client talks to (v2.1 on any Nova
        // since Liberty; v2.0 is the legacy compatibility layer).
        const QJsonArray versions = o.value(u"versions"_s).toArray();
        for (const QJsonValue &v : versions) {
            const QJsonObject candidate = v.toObject();
            if (candidate.value(u"status"_s).toString().compare(u"CURRENT"_s, Qt::CaseInsensitive)
                == 0) {
                entry = candidate;
                break;
            }
        }
        if (entry.isEmpty()) {
            if (why)
                *why = u"no CURRENT entry in the versions list"_s;
            return std::nullopt;
        }
    } else {
        if (why)
            *why = u"neither a version object nor a versions list"_s;
        return std::nullopt;
    }
    NovaVersion version;
    version.id = entry.value(u"id"_s).toString();
    version.status = entry.value(u"status"_s).toString();
    if (version.id.isEmpty()) {
        if (why)
            *why = u"version without id"_s;
        return std::nullopt;
    }
    const QString max = entry.value(u"version"_s).toString();
    const QString min = entry.value(u"min_version"_s).toString();
    if (!max.isEmpty()) {
        version.maxVersion = NovaMicroversion::parse(max);
        if (!version.maxVersion) {
            if (why)
                *why = u"unreadable version \"%1\""_s.arg(max);
            return std::nullopt;
        }
    }
    if (!min.isEmpty()) {
        version.minVersion = NovaMicroversion::parse(min);
        if (!version.minVersion) {
            if (why)
                *why = u"unreadable min_version \"%1\""_s.arg(min);
            return std::nullopt;
        }
    }
    if (version.maxVersion && version.minVersion && *version.minVersion > *version.maxVersion) {
        if (why)
            *why = u"min_version %1 above version %2"_s.arg(min, max);
        return std::nullopt;
    }
    return version;
}
