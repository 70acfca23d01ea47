#pragma once

#include <optional>

#include <QString>

#include "cloud/cloudprofile.h"

/// The connection data of the clouds `imagewright submit` reached through OS_* variables or
/// OS_CLOUD when no saved profile matched, so that their jobs were filed under the
/// environment's own profile id ("env-..."): what the GUI needs to offer a saved profile that
/// follows those jobs (issue 12, defect 14). One row per environment id, in a table of the job
/// store's file (`environment_profiles`, created when first written; older versions ignore it),
/// so it lives beside the jobs and survives restarts.
///
/// Only connection data is kept, never a secret: the auth URL, region, family, interface, the
/// user and domains, the project by name and id, the auth method, an application credential's id
/// and name, the TLS mode and CA bundle path, and the name to offer (connectionData() lists the
/// keys). The password, an application credential's secret and tokens are not in a
/// CloudProfile at all. A value type; each call opens the file for that one operation.
class EnvironmentProfiles
{
public:
    explicit EnvironmentProfiles(QString storePath);

    /// Keeps `profile`'s connection data under `profile.id` (an environment id), replacing what
    /// was kept for it. False with `error` when the file could not be written.
    bool remember(const CloudProfile &profile, QString *error = nullptr) const;
    /// What was kept for `environmentId`, with that id; none when nothing was (a job a version
    /// before this one submitted, or the file cannot be read).
    std::optional<CloudProfile> find(const QString &environmentId) const;

    /// The keys of CloudProfile::toJson() that are kept; nothing else is written.
    static QStringList connectionKeys();

private:
    QString m_path;
};
