#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include "cloud/profileimport.h"

/// Reads clouds.yaml and secure.yaml the way openstacksdk does and turns each cloud into
/// ImportCandidates (docs/profile-import.md):
/// - files: OS_CLIENT_CONFIG_FILE / OS_CLIENT_SECURE_FILE first when they exist, then in each
///   search folder clouds.yaml, clouds.yml, clouds.json (secure.* likewise); the first found
///   wins. secure.yaml is merged over clouds.yaml per cloud (mappings merged deeply, so a
///   password only in secure.yaml joins its cloud's `auth`).
/// - one candidate per region: a `regions` list or a list in `region_name` gives one profile
///   each (named "cloud region", only the first checked by default, as openstacksdk picks the
///   first); a vendor profile's own regions give only its first.
/// - secrets (password, application_credential_secret, sk, security_token) go into the
///   candidate's `secrets` only, never into its profile.
/// Parsed with yaml-cpp. Widget-free; no I/O besides reading the files.
class CloudsYamlImport
{
    Q_DECLARE_TR_FUNCTIONS(CloudsYamlImport)
public:
    /// Where to look: injectable for tests.
    struct SearchPaths
    {
        QString configFile;  // OS_CLIENT_CONFIG_FILE (tried first when set)
        QString secureFile;  // OS_CLIENT_SECURE_FILE (tried first when set)
        QStringList folders; // in order
        /// openstacksdk's order on Linux: the current folder, $XDG_CONFIG_HOME/openstack (or
        /// ~/.config/openstack), ~/.config/openstack, /etc/xdg/openstack, /etc/openstack.
        static SearchPaths fromEnvironment(const QProcessEnvironment &env, const QString &cwd);
        QStringList configCandidates() const;
        QStringList secureCandidates() const;

    private:
        /// `file` when set, then BASENAME.yaml, .yml and .json in every folder, in order.
        QStringList candidates(const QString &file, const QString &baseName) const;
    };

    /// The clouds.yaml (and secure.yaml) the search finds, then read().
    static ImportScan scan(const SearchPaths &paths);
    /// Reads a chosen clouds.yaml and, when given, a secure.yaml. `secureFile` empty: a
    /// secure.yaml (or .yml) in the same folder is used if there is one.
    static ImportScan read(const QString &cloudsFile, const QString &secureFile = {});
    /// Parses the texts (the names are for messages only).
    static ImportScan parse(const QByteArray &clouds,
        const QString &cloudsName,
        const QByteArray &secure = {},
        const QString &secureName = {});

    /// One cloud's merged settings (keys with '-' read as '_') to its candidates.
    static QList<ImportCandidate> mapCloud(const QString &name, const QVariantMap &cloud);
};
