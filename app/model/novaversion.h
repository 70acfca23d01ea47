#pragma once

#include <compare>
#include <optional>

#include <QJsonObject>
#include <QString>

/// A compute API microversion "2.x" (reference/api-facts.md §1.6). Without a header Nova
/// answers as 2.1.
struct NovaMicroversion
{
    int major = 2;
    int minor = 1;

    auto operator<=>(const NovaMicroversion &) const = default;

    /// "2.45"
    QString toString() const;
    /// The value for `OpenStack-API-Version: compute 2.45` (since 2.27) and the legacy
    /// `X-OpenStack-Nova-API-Version: 2.45` header.
    QByteArray headerValue() const;
    /// "2.45" -> {2, 45}; nothing for "", "latest", "2", "2.x", "v2.1".
    static std::optional<NovaMicroversion> parse(const QString &text);
};

/// The first microversion that answers createImage with {"image_id"} in the body instead of a
/// Location header (Nova's reference; seed 001 words the boundary as "2.44 and later", which
/// interfaces.md §7 overrules).
inline constexpr NovaMicroversion NovaImageIdInBody{2, 45};
/// The newest behaviour Imagewright relies on: nothing beyond createImage's 2.45 answer. Higher
/// server versions are not asked for, so a later change cannot surprise us.
inline constexpr NovaMicroversion NovaHighestUnderstood{2, 45};

/// A compute version document: GET /v2.1 ({"version": {...}}) or the root GET /
/// ({"versions": [...]}, where the CURRENT entry counts). `version` is the highest microversion
/// the server supports, `min_version` the lowest; both are "" on a legacy v2.0 endpoint, which
/// knows no microversions.
struct NovaVersion
{
    QString id;     // "v2.1"
    QString status; // "CURRENT", "SUPPORTED", "DEPRECATED"
    std::optional<NovaMicroversion> maxVersion;
    std::optional<NovaMicroversion> minVersion;

    bool supportsMicroversions() const { return maxVersion.has_value(); }

    /// The microversion to send: the highest the server supports, capped at `ceiling`, and never
    /// below the server's minimum. 2.1 when the server knows no microversions.
    NovaMicroversion choose(NovaMicroversion ceiling = NovaHighestUnderstood) const;

    static std::optional<NovaVersion> fromJson(const QJsonObject &o, QString *why = nullptr);
};
