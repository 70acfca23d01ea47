#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QSettings>

#include "cloud/cloudprofile.h"

/// The saved cloud profiles (QSettings: never a secret) and which one is current.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    /// `settingsPath` empty: the default QSettings location; otherwise an INI file (tests,
    /// screenshots).
    explicit ProfileStore(const QString &settingsPath = {}, QObject *parent = nullptr);

    QList<CloudProfile> profiles() const { return m_profiles; }
    std::optional<CloudProfile> profile(const QString &id) const;
    std::optional<CloudProfile> current() const;
    void setCurrent(const QString &id);
    void upsert(const CloudProfile &profile);
    void remove(const QString &id);
    bool isEmpty() const { return m_profiles.isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();

    std::unique_ptr<QSettings> m_settings;
    QList<CloudProfile> m_profiles;
    QString m_currentId;
};
