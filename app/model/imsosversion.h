#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

/// One OS version IMS accepts for os_version, as listed by GET /v1/cloudimages/os_version
/// (api-facts §1.2): `[{"platform", "version_list": [{"platform", "os_version_key",
/// "os_version", "os_bit", "os_type"}]}]`.
struct ImsOsVersion
{
    QString platform;  // "Ubuntu", "Windows", ...
    QString osVersion; // the exact value to send, e.g. "Ubuntu 18.04 server 64bit"
    QString osType;    // Linux, Windows, Other
    int bits = 0;      // 32 or 64; 0 when not given

    bool operator==(const ImsOsVersion &) const = default;

    /// Every version of every platform, in the cloud's order; entries without os_version are
    /// left out. Nothing, with `why`, when the answer is not such a list.
    static std::optional<QList<ImsOsVersion>> listFromJson(
        const QByteArray &json, QString *why = nullptr);
};
