#pragma once

#include <QSignalSpy>
#include <QString>
#include <QUuid>

#include "cloud/cloudprofile.h"
#include "cloud/profilestore.h"
#include "secrets/secretstore.h"

/// What a secret store holds under `key`, read the way the app reads it (asynchronously);
/// "<no answer>" when it did not answer within 5 s.
inline QString storedSecret(SecretStore &store, const QString &key)
{
    QSignalSpy read(&store, &SecretStore::readDone);
    store.read(key);
    if (!read.wait(5000))
        return QStringLiteral("<no answer>");
    return read.constFirst().at(1).toString();
}

/// Saves a profile for the demo cloud at `authUrl` straight into `profiles` (OpenStack family,
/// user and project demo, region demo-1, no password) and returns it.
inline CloudProfile storeDemoProfile(ProfileStore &profiles, const QUrl &authUrl, const QString &name)
{
    CloudProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    p.family = CloudFamily::OpenStack;
    p.authUrl = authUrl;
    p.region = QStringLiteral("demo-1");
    p.userName = QStringLiteral("demo");
    p.projectName = QStringLiteral("demo");
    profiles.upsert(p);
    return p;
}
