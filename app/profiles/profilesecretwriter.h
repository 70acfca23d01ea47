#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "secrets/secretstore.h"

class AppCore;

/// Writes the secrets typed for a profile into the keychain and removes the ones its sign-in
/// method no longer uses. Owned by the application (AppCore), not by a window: a write that
/// ends after the profile editor closed still updates the profile's session, and a refused
/// one is held (in memory only, registered with the log scrubber) until the operator uses it
/// "for this session only", saves the profile again or deletes it.
///
/// The secrets of one save are a group: once every write has ended without a refusal, the
/// profile's session reads the keychain at its next sign-in (a session that held a password
/// takes the new one and signs in again). When one is refused, all of the group are kept for
/// "this session only" (a secret key without its token would not do). Saves of different
/// profiles do not disturb each other. GUI thread.
class ProfileSecretWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecretWriter)
public:
    explicit ProfileSecretWriter(AppCore *core, QObject *parent = nullptr);
    ~ProfileSecretWriter() override;

    /// Writes `typed` (empty values are skipped) and removes `unused` from the keychain. A
    /// group of the profile still held from an earlier save is dropped first.
    void save(const QString &profileId,
        const QHash<SecretKind, QString> &typed,
        const QList<SecretKind> &unused);
    /// Removes every secret a profile may have (the profile is deleted); held ones go too.
    void removeAll(const QString &profileId);

    /// Whether a write of the profile's last save has not ended yet.
    bool isWriting(const QString &profileId, SecretKind kind) const;
    /// The kinds of the profile's last save that were refused and are held for "this session
    /// only" (with the others of their group), in no particular order.
    QList<SecretKind> refused(const QString &profileId) const;
    /// The kinds of the group held with the refused ones.
    QList<SecretKind> held(const QString &profileId) const;
    /// Hands the profile's held secrets to its sessions until the app quits (nothing is
    /// written anywhere) and forgets them here. False when nothing was held.
    bool useForSessionOnly(const QString &profileId);

Q_SIGNALS:
    void writing(const QString &profileId, SecretKind kind);
    void saved(const QString &profileId, SecretKind kind);
    /// `why` is translated: the keychain's reason.
    void refusedWrite(const QString &profileId, SecretKind kind, const QString &why);
    /// Every write of the save ended; `ok` when none was refused.
    void settled(const QString &profileId, bool ok);

private:
    struct Pending
    {
        QString profileId;
        SecretKind kind = SecretKind::Password;
        QString value;
        bool done = false;
        bool failed = false;
    };
    void handleWritten(const QString &key, bool ok, const QString &why);
    void drop(const QString &profileId);
    void forget(Pending &pending);

    AppCore *m_core;
    QHash<QString, Pending> m_pending; // by keychain key
};
