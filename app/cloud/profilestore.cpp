#include "cloud/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath.isEmpty()
              ? std::make_unique<QSettings>()
              : std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
    load();
}

std::optional<CloudProfile> ProfileStore::profile(const QString &id) const
{
    for (const CloudProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<CloudProfile> ProfileStore::current() const
{
    if (auto p = profile(m_currentId))
        return p;
    if (!m_profiles.isEmpty())
        return m_profiles.first();
    return std::nullopt;
}

void ProfileStore::setCurrent(const QString &id)
{
    if (m_currentId == id)
        return;
    m_currentId = id;
    save();
    Q_EMIT changed();
}

void ProfileStore::upsert(const CloudProfile &profile)
{
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const CloudProfile &p) {
        return p.id == profile.id;
    });
    if (it != m_profiles.end())
        *it = profile;
    else
        m_profiles.append(profile);
    save();
    Q_EMIT changed();
}

void ProfileStore::remove(const QString &id)
{
    m_profiles.removeIf([&](const CloudProfile &p) { return p.id == id; });
    if (m_currentId == id)
        m_currentId.clear();
    save();
    Q_EMIT changed();
}

void ProfileStore::load()
{
    // Profiles hold no secret (CloudProfile has no field for one): a plain JSON text is fine.
    const QByteArray json = m_settings->value(u"profiles/list"_s).toByteArray();
    const QJsonArray list = QJsonDocument::fromJson(json).array();
    m_profiles.clear();
    for (const QJsonValue &v : list) {
        CloudProfile p = CloudProfile::fromJson(v.toObject());
        if (!p.id.isEmpty())
            m_profiles.append(p);
    }
    m_currentId = m_settings->value(u"profiles/current"_s).toString();
}

void ProfileStore::save()
{
    QJsonArray list;
    for (const CloudProfile &p : std::as_const(m_profiles))
        list.append(p.toJson());
    m_settings->setValue(u"profiles/list"_s, QJsonDocument(list).toJson(QJsonDocument::Compact));
    m_settings->setValue(u"profiles/current"_s, m_currentId);
    m_settings->sync();
}
