#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// A server (ECS) as listed by Nova GET /servers/detail.
struct NovaServer
{
    QString id;
    QString name;
    QString status; // ACTIVE, SHUTOFF, ERROR, ... as sent
    QString taskState;
    QString availabilityZone;
    QStringList attachedVolumeIds;

    static std::optional<NovaServer> fromJson(const QJsonObject &o, QString *why = nullptr);
};

/// One page of GET /servers/detail, with the marker for the next page when there is one.
struct NovaServerPage
{
    QList<NovaServer> servers;
    QString nextMarker; // empty on the last page

    static std::optional<NovaServerPage> fromJson(const QJsonObject &o, QString *why = nullptr);
};
