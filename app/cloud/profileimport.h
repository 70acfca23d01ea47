#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "cloud/cloudprofile.h"
#include "secrets/secretstore.h"

class ProfileStore;

/// A secret read from a clouds.yaml, secure.yaml or openrc file, held in memory only until it is
/// written to the SecretStore. Registered with the log scrubber while any copy lives; never part
/// of a profile, a file or a log line.
class HeldSecret
{
public:
    HeldSecret() = default;
    explicit HeldSecret(const QString &value);
    QString value() const;
    bool isEmpty() const;

private:
    struct Holder;
    std::shared_ptr<const Holder> d;
};

/// One profile an import would make: from one cloud (and region) of a clouds.yaml, or from an
/// openrc file. A value type; the profile has no id until it is imported.
struct ImportCandidate
{
    QString source;       // the cloud's key in clouds.yaml, or the openrc file's name
    CloudProfile profile; // name, family, auth method... (id empty)
    QMap<SecretKind, HeldSecret> secrets;
    QStringList notes;          // translated: what was adapted, or left out but imported anyway
    QStringList problems;       // translated: why it cannot be imported; empty when it can
    bool secretMissing = false; // no password/secret in the files: asked for at sign-in
    bool checkedByDefault = true;
    bool isImportable() const { return problems.isEmpty(); }
};

/// What reading clouds.yaml/secure.yaml or an openrc file found.
struct ImportScan
{
    QStringList files; // the files read, in order
    QStringList notes; // translated, about the files (not one cloud)
    QString error;     // translated; set when a file could not be read or parsed
    QList<ImportCandidate> candidates;
    bool ok() const { return error.isEmpty(); }
};

/// Rules both importers share (and the OS_* environment of `imagewright submit`). Widget-free.
class ProfileImport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImport)
public:
    /// A Keystone v3 identity URL from what a file gives: an http(s) URL whose path ends in
    /// "/v3" is kept; a URL without a version gets "/v3" appended (as keystoneauth's discovery
    /// would find it; `note` says so); no scheme means https (noted); Keystone v2.0 or not
    /// http(s) sets `problem` and returns an empty URL. Messages are translated.
    static QUrl normalizeAuthUrl(const QString &text, QString *note, QString *problem);

    /// The vendor from the auth URL's host (Huawei Cloud, Open Telekom Cloud, FJcloud-O), else
    /// OpenStack; never the demo cloud (the app makes that profile itself).
    static CloudFamily familyFromAuthUrl(const QUrl &authUrl);

    /// The region a vendor's identity host names (iam.<region>.myhuaweicloud.com,
    /// iam.<region>.otc.t-systems.com, identity.<region>.cloud.global.fujitsu.com) when it is
    /// one of the family's known regions; else empty.
    static QString regionFromAuthUrl(CloudFamily family, const QUrl &authUrl);

    /// "public", "internal" or "admin" from a file's interface ("publicURL" and "public_url"
    /// are Keystone v2 spellings); empty when it is none of them.
    static QString normalizeInterface(const QString &text);

    /// `name`, or "name (2)", "name (3)"... : the first that no name in `taken` has
    /// (case-insensitive, as the profile editor compares).
    static QString uniqueName(const QString &name, const QStringList &taken);
};

/// Writes chosen candidates as profiles (ProfileStore: never a secret) and their secrets to
/// the SecretStore under the new profile's keys (SecretStore::keyFor). Every write answers
/// once: finished() when the last one did. A failed secret write leaves the profile saved and
/// the secret nowhere (no plaintext fallback); the caller may offer "this session only" with
/// failedSecrets(). GUI thread.
class ProfileImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileImporter)
public:
    ProfileImporter(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    struct Outcome
    {
        CloudProfile profile;                     // as saved (with its new id)
        QMap<SecretKind, HeldSecret> storeFailed; // secrets the keychain did not take
        QString storeError;                       // translated reason of the first failure
    };

    /// Saves the candidates (their profile names as given: the caller has made them unique).
    /// Skips any that is not importable. Call once.
    void start(const QList<ImportCandidate> &candidates);
    bool isRunning() const { return m_pending > 0; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void finished();

private:
    void handleDone(const QString &key, bool ok, SecretError error, const QString &detail);
    void finishIfDone();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QList<Outcome> m_outcomes;
    // key -> (outcome index, kind, secret) for the writes in flight
    struct Pending
    {
        int outcome;
        SecretKind kind;
        HeldSecret secret;
    };
    QMap<QString, Pending> m_inFlight;
    int m_pending = 0;
    bool m_started = false;
};
