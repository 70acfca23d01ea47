#include "jobs/environmentprofiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "jobs/storeconnection.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace {
const QString Table = u"environment_profiles"_s;
} // namespace

EnvironmentProfiles::EnvironmentProfiles(QString storePath)
    : m_path(std::move(storePath))
{ }

QStringList EnvironmentProfiles::connectionKeys()
{
    return {u"name"_s,
        u"family"_s,
        u"auth_url"_s,
        u"region"_s,
        u"user_name"_s,
        u"user_domain"_s,
        u"project_name"_s,
        u"project_id"_s,
        u"project_domain"_s,
        u"interface"_s,
        u"auth_method"_s,
        u"application_credential_id"_s,
        u"application_credential_name"_s,
        u"tls_mode"_s,
        u"ca_bundle"_s};
}

bool EnvironmentProfiles::remember(const CloudProfile &profile, QString *error) const
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        qCWarning(lcJobs) << "environment profile not kept:" << why;
        return false;
    };
    if (profile.id.isEmpty())
        return fail(u"no profile id"_s);
    const QJsonObject all = profile.toJson();
    QJsonObject kept;
    for (const QString &key : connectionKeys()) {
        if (all.contains(key))
            kept.insert(key, all.value(key));
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    StoreConnection c(m_path);
    if (c.status() != StoreConnection::Status::Open)
        return fail(c.errorText()); // the job store says what is wrong with the file
    // The table is made on first use: a store of an earlier version has none, and the
    // version-1 schema needs no change for it (older versions ignore it).
    if (!c.beginWrite())
        return fail(c.errorText());
    if (!c.exec(u"CREATE TABLE IF NOT EXISTS %1(profile_id TEXT PRIMARY KEY, profile TEXT NOT "
                "NULL, updated TEXT NOT NULL) WITHOUT ROWID"_s.arg(Table))) {
        c.rollback();
        return fail(c.errorText());
    }
    QSqlQuery insert(c.db());
    insert.prepare(
        u"INSERT OR REPLACE INTO %1(profile_id, profile, updated) VALUES (?, ?, ?)"_s.arg(Table));
    insert.addBindValue(profile.id);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!c.exec(insert) || !c.commit()) {
        c.rollback();
        return fail(c.errorText());
    }
    return true;
}

std::optional<CloudProfile> EnvironmentProfiles::find(const QString &environmentId) const
{
    if (environmentId.isEmpty() || !QFileInfo::exists(m_path))
        return std::nullopt;
    StoreConnection c(m_path);
    const bool readable =
        c.status() == StoreConnection::Status::Open || c.status() == StoreConnection::Status::Newer;
    if (!readable || !c.db().tables().contains(Table))
        return std::nullopt; // nothing kept yet (or a store written before this table)
    QSqlQuery select(c.db());
    select.prepare(u"SELECT profile FROM %1 WHERE profile_id = ?"_s.arg(Table));
    select.addBindValue(environmentId);
    if (!c.exec(select) || !select.next())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(select.value(0).toString().toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    CloudProfile p = CloudProfile::fromJson(o);
    p.id = environmentId;
    return p;
}
