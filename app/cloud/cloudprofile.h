#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

/// Which vendor a profile talks to: it decides which creation methods are offered
/// (interfaces.md §6) and the Huawei-family extras.
enum class CloudFamily
{
    Demo,
    HuaweiCloud,
    OpenTelekomCloud,
    FjcloudO,
    OpenStack
};

/// A cloud profile: everything needed to reach one project in one region, except secrets
/// (those live only in the OS keychain). A value type; saved by ProfileStore.
struct CloudProfile
{
    Q_DECLARE_TR_FUNCTIONS(CloudProfile)
public:
    QString id; // stable local id (UUID without braces)
    QString name;
    CloudFamily family = CloudFamily::OpenStack;
    QUrl authUrl; // Keystone v3 root, ".../v3"
    QString region;
    QString userName;
    QString userDomain = QStringLiteral("Default");
    QString projectName;
    QString projectId;
    QString projectDomain = QStringLiteral("Default");
    QString interface = QStringLiteral("public");

    bool isValid() const { return !id.isEmpty() && authUrl.isValid() && !userName.isEmpty(); }
    bool isHuaweiFamily() const;

    QJsonObject toJson() const;
    static CloudProfile fromJson(const QJsonObject &o);

    static QString familyKey(CloudFamily family); // "huawei", "otc", "fjcloud", "openstack", "demo"
    static CloudFamily familyFromKey(const QString &key, bool *ok = nullptr);
    static QString familyDisplayName(CloudFamily family); // translated

    /// The profile of the local demo cloud at `authUrl` (interfaces.md §5 credentials).
    static CloudProfile demo(const QUrl &authUrl);
};
