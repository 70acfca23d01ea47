#include "cloud/cloudsyamlimport.h"

#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "cloud/cloudpresets.h"

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

/// How far a clouds.yaml's values are followed once aliases are expanded: far beyond any real
/// file, small enough that a cyclic alias (`a: &a [*a]`), an alias bomb (anchors of lists of
/// aliases, exponential once expanded) or deep nesting ends at once with a small stack.
constexpr int MaxYamlDepth = 64;
constexpr int MaxYamlValues = 100000;

/// A YAML node as Qt values: mappings as QVariantMap, sequences as QVariantList, scalars as
/// their text (QString), null as an invalid QVariant. yaml-cpp resolves an alias to its anchor's
/// node, so a self-referencing alias makes a cyclic graph: the walk keeps the nodes above the
/// current one (compared by identity, Node::is) and stops at a cycle, at MaxYamlDepth levels and
/// after MaxYamlValues values, with the line where it stopped. Throws YAML::Exception on a key
/// that is not a scalar.
class YamlWalk
{
public:
    enum class Stop
    {
        None,
        Cycle,
        TooMany,
        TooDeep
    };

    QVariant toVariant(const YAML::Node &node)
    {
        if (m_stop != Stop::None)
            return {};
        if (++m_values > MaxYamlValues)
            return stop(Stop::TooMany, node);
        const bool container = node.IsMap() || node.IsSequence();
        if (container) {
            for (const YAML::Node &above : m_path) {
                if (above.is(node))
                    return stop(Stop::Cycle, node);
            }
            if (std::ssize(m_path) >= MaxYamlDepth)
                return stop(Stop::TooDeep, node);
        }
        switch (node.Type()) {
        case YAML::NodeType::Map: {
            m_path.push_back(node);
            QVariantMap map;
            for (const auto &entry : node) {
                map.insert(
                    QString::fromStdString(entry.first.as<std::string>()), toVariant(entry.second));
                if (m_stop != Stop::None)
                    break;
            }
            m_path.pop_back();
            return map;
        }
        case YAML::NodeType::Sequence: {
            m_path.push_back(node);
            QVariantList list;
            for (const auto &item : node) {
                list.append(toVariant(item));
                if (m_stop != Stop::None)
                    break;
            }
            m_path.pop_back();
            return list;
        }
        case YAML::NodeType::Scalar:
            return QString::fromStdString(node.Scalar());
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return {};
    }

    /// Empty when the walk went through; else why it stopped (translated, naming `file`).
    QString error(const QString &file) const
    {
        const int line = m_mark.line + 1;
        switch (m_stop) {
        case Stop::None:
            break;
        case Stop::Cycle:
            //: %1 = file name, %2 = line. An alias (*name) and an anchor (&name) are YAML's words
            return CloudsYamlImport::tr("%1 cannot be read: the value on line %2 holds an alias "
                                        "of itself (a cycle).")
                .arg(file)
                .arg(line);
        case Stop::TooMany:
            //: %1 = file name, %2 = line, %3 = a number of values
            return CloudsYamlImport::tr("%1 cannot be read: its aliases expand to more than %3 "
                                        "values (line %2).")
                .arg(file)
                .arg(line)
                .arg(MaxYamlValues);
        case Stop::TooDeep:
            //: %1 = file name, %2 = line, %3 = a number of levels
            return CloudsYamlImport::tr("%1 cannot be read: its values are nested more than %3 "
                                        "levels deep (line %2).")
                .arg(file)
                .arg(line)
                .arg(MaxYamlDepth);
        }
        return {};
    }

private:
    QVariant stop(Stop why, const YAML::Node &at)
    {
        m_stop = why;
        m_mark = at.Mark();
        return {};
    }

    std::vector<YAML::Node> m_path; // the maps and lists above the current node
    int m_values = 0;
    Stop m_stop = Stop::None;
    YAML::Mark m_mark;
};

/// openstacksdk reads "-" in a key as "_" (normalize_keys), at every depth.
QVariantMap normalizeKeys(const QVariantMap &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QString key = it.key();
        key.replace(u'-', u'_');
        const QVariant &v = it.value();
        out.insert(key, v.typeId() == QMetaType::QVariantMap ? normalizeKeys(v.toMap()) : v);
    }
    return out;
}

/// secure.yaml over clouds.yaml: mappings merge key by key, anything else is replaced.
QVariantMap deepMerge(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const QVariant current = base.value(it.key());
        if (current.typeId() == QMetaType::QVariantMap
            && it.value().typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), deepMerge(current.toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QString text(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString().trimmed() : QString();
}

/// A secret as written: only a YAML scalar, never trimmed.
QString secretText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString ? v.toString() : QString();
}

std::optional<bool> boolean(const QVariant &v)
{
    const QString t = text(v).toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        return false;
    return std::nullopt;
}

QString expandHome(const QString &path)
{
    if (path == u"~" || path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

struct Vendor
{
    bool known = false;
    CloudFamily family = CloudFamily::OpenStack;
    QString defaultRegion;
};

/// openstacksdk's vendor profiles that name a cloud family Imagewright knows
/// (openstack/config/vendors/otc.json, otc-swiss.json; api-facts §1.4).
Vendor vendorProfile(const QString &name)
{
    if (name == u"otc")
        return {true, CloudFamily::OpenTelekomCloud, u"eu-de"_s};
    if (name == u"otc-swiss" || name == u"otc_swiss")
        return {true, CloudFamily::OpenTelekomCloud, u"eu-ch2"_s};
    return {};
}

/// The catalog service type an `<x>_endpoint_override` key means (openstacksdk writes the
/// type with '_'; block storage has several names).
QString serviceTypeOf(const QString &prefix)
{
    const QString type = QString(prefix).replace(u'_', u'-');
    if (type == u"block-storage" || type == u"volume" || type == u"block-store")
        return u"volumev3"_s;
    return type;
}

/// The first file in `candidates` that exists.
QString firstExisting(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (!path.isEmpty() && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

bool readFile(const QString &path, QByteArray *into, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        //: %1 = file path, %2 = the system's reason
        *error = CloudsYamlImport::tr("%1 could not be read: %2").arg(path, f.errorString());
        return false;
    }
    *into = f.readAll();
    return true;
}

/// The `clouds:` mapping of a parsed file; an error (with the file name) when the text is not
/// YAML, or has no such mapping.
std::optional<QVariantMap> cloudsOf(const QByteArray &data, const QString &name, QString *error)
{
    QVariant root;
    YamlWalk walk;
    try {
        root = walk.toVariant(YAML::Load(data.toStdString()));
    } catch (const YAML::Exception &e) {
        //: %1 = file name, %2 = line, %3 = column, %4 = the YAML parser's own message (English)
        *error = CloudsYamlImport::tr("%1 is not valid YAML (line %2, column %3): %4")
                     .arg(name)
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1)
                     .arg(QString::fromStdString(e.msg));
        return std::nullopt;
    }
    if (const QString why = walk.error(name); !why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    if (!root.isValid())
        return QVariantMap(); // an empty file
    const QVariant clouds = root.toMap().value(u"clouds"_s);
    if (root.typeId() != QMetaType::QVariantMap
        || (clouds.isValid() && clouds.typeId() != QMetaType::QVariantMap)) {
        //: %1 = file name. "clouds:" is the file's key, not translated
        *error = CloudsYamlImport::tr("%1 has no \"clouds:\" mapping of cloud names to their "
                                      "settings.")
                     .arg(name);
        return std::nullopt;
    }
    return clouds.toMap();
}

} // namespace

CloudsYamlImport::SearchPaths CloudsYamlImport::SearchPaths::fromEnvironment(
    const QProcessEnvironment &env, const QString &cwd)
{
    SearchPaths paths;
    paths.configFile = env.value(u"OS_CLIENT_CONFIG_FILE"_s);
    paths.secureFile = env.value(u"OS_CLIENT_SECURE_FILE"_s);
    const QString home = env.value(u"HOME"_s, QDir::homePath());
    const QString homeConfig = home + u"/.config/openstack"_s;
    const QString xdg = env.value(u"XDG_CONFIG_HOME"_s);
    paths.folders << cwd;
    paths.folders << (xdg.isEmpty() ? homeConfig : xdg + u"/openstack"_s);
    if (!paths.folders.contains(homeConfig))
        paths.folders << homeConfig;
    paths.folders << u"/etc/xdg/openstack"_s << u"/etc/openstack"_s;
    return paths;
}

QStringList CloudsYamlImport::SearchPaths::candidates(
    const QString &file, const QString &baseName) const
{
    QStringList out;
    if (!file.isEmpty())
        out << file;
    for (const QString &folder : folders) {
        for (const char *suffix : {".yaml", ".yml", ".json"})
            out << QDir(folder).filePath(baseName + QLatin1String(suffix));
    }
    return out;
}

QStringList CloudsYamlImport::SearchPaths::configCandidates() const
{
    return candidates(configFile, u"clouds"_s);
}

QStringList CloudsYamlImport::SearchPaths::secureCandidates() const
{
    return candidates(secureFile, u"secure"_s);
}

ImportScan CloudsYamlImport::scan(const SearchPaths &paths)
{
    const QString clouds = firstExisting(paths.configCandidates());
    const QString secure = firstExisting(paths.secureCandidates());
    ImportScan result;
    if (clouds.isEmpty()) {
        //: %1 = the folders searched
        result.error = tr("No clouds.yaml found (searched: %1).").arg(paths.folders.join(u", "_s));
    } else {
        result = read(clouds, secure.isEmpty() ? u"-"_s : secure);
    }
    if (!paths.configFile.isEmpty() && !QFileInfo(paths.configFile).isFile())
        //: %1 = the path OS_CLIENT_CONFIG_FILE names
        result.notes.prepend(
            tr("OS_CLIENT_CONFIG_FILE names %1, which does not exist; the usual places were "
               "searched.")
                .arg(paths.configFile));
    if (!paths.secureFile.isEmpty() && !QFileInfo(paths.secureFile).isFile())
        //: %1 = the path OS_CLIENT_SECURE_FILE names
        result.notes.prepend(
            tr("OS_CLIENT_SECURE_FILE names %1, which does not exist.").arg(paths.secureFile));
    return result;
}

ImportScan CloudsYamlImport::read(const QString &cloudsFile, const QString &secureFile)
{
    ImportScan result;
    QByteArray clouds;
    if (!readFile(cloudsFile, &clouds, &result.error))
        return result;
    QString securePath = secureFile;
    if (securePath.isEmpty()) {
        const QDir folder = QFileInfo(cloudsFile).absoluteDir();
        securePath = firstExisting({folder.filePath(u"secure.yaml"_s),
            folder.filePath(u"secure.yml"_s),
            folder.filePath(u"secure.json"_s)});
    } else if (securePath == u"-") {
        securePath.clear(); // scan(): none found
    }
    QByteArray secure;
    if (!securePath.isEmpty() && !readFile(securePath, &secure, &result.error))
        return result;
    result = parse(clouds, cloudsFile, secure, securePath);
    result.files = QStringList{cloudsFile};
    if (!securePath.isEmpty())
        result.files << securePath;
    return result;
}

ImportScan CloudsYamlImport::parse(const QByteArray &clouds,
    const QString &cloudsName,
    const QByteArray &secure,
    const QString &secureName)
{
    ImportScan result;
    const auto base = cloudsOf(clouds, cloudsName, &result.error);
    if (!base)
        return result;
    QVariantMap merged = *base;
    if (!secure.isEmpty()) {
        const auto over = cloudsOf(secure, secureName, &result.error);
        if (!over)
            return result;
        for (auto it = over->cbegin(); it != over->cend(); ++it) {
            const QVariant current = merged.value(it.key());
            merged.insert(it.key(),
                current.typeId() == QMetaType::QVariantMap
                    ? deepMerge(current.toMap(), it.value().toMap())
                    : it.value());
        }
    }
    if (merged.isEmpty()) {
        //: %1 = file name
        result.error = tr("%1 names no clouds.").arg(cloudsName);
        return result;
    }
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QVariantMap) {
            ImportCandidate c;
            c.source = it.key();
            c.profile.name = it.key();
            c.problems << tr("Its settings are not a mapping of keys to values.");
            c.checkedByDefault = false;
            result.candidates << c;
            continue;
        }
        result.candidates << mapCloud(it.key(), normalizeKeys(it.value().toMap()));
    }
    return result;
}

QList<ImportCandidate> CloudsYamlImport::mapCloud(const QString &name, const QVariantMap &cloud)
{
    // The regions: a `regions` list (names, or {name, values} with per-region settings), else
    // region_name (a list, or comma-separated), else the vendor's first, else none.
    struct Region
    {
        QString name;
        QVariantMap values;
    };
    QList<Region> regions;
    const QVariant regionList = cloud.value(u"regions"_s);
    const QVariant regionName = cloud.value(u"region_name"_s);
    if (regionList.typeId() == QMetaType::QVariantList) {
        for (const QVariant &r : regionList.toList()) {
            if (r.typeId() == QMetaType::QVariantMap)
                regions << Region{text(r.toMap().value(u"name"_s)),
                    normalizeKeys(r.toMap().value(u"values"_s).toMap())};
            else
                regions << Region{text(r), {}};
        }
    } else if (regionName.typeId() == QMetaType::QVariantList) {
        for (const QVariant &r : regionName.toList())
            regions << Region{text(r), {}};
    } else if (!text(regionName).isEmpty()) {
        for (const QString &r : text(regionName).split(u','))
            regions << Region{r.trimmed(), {}};
    }
    regions.removeIf([](const Region &r) { return r.name.isEmpty(); });

    const QString vendorName = text(cloud.value(u"profile"_s, cloud.value(u"cloud"_s)));
    const Vendor vendor = vendorProfile(vendorName);
    if (regions.isEmpty())
        regions << Region{vendor.defaultRegion, {}};

    QList<ImportCandidate> out;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const Region &region = regions.at(i);
        QVariantMap config = deepMerge(cloud, region.values);
        ImportCandidate c;
        c.source = name;
        CloudProfile &p = c.profile;
        p.name = regions.size() > 1 ? u"%1 %2"_s.arg(name, region.name) : name;
        p.region = region.name;
        if (regions.size() > 1) {
            c.checkedByDefault = i == 0;
            //: %1 = number of regions listed for the cloud
            c.notes << tr("One of the %1 regions this cloud lists; each becomes its own "
                          "profile.")
                           .arg(regions.size());
        }

        const QVariantMap auth = config.value(u"auth"_s).toMap();
        // openstacksdk also takes auth keys at the cloud's top level.
        const auto authValue = [&](const QString &key) {
            const QString v = text(auth.value(key));
            return v.isEmpty() ? text(config.value(key)) : v;
        };
        const auto authSecret = [&](const QString &key) {
            const QString v = secretText(auth.value(key));
            return v.isEmpty() ? secretText(config.value(key)) : v;
        };

        // Where to sign in.
        QString urlText = authValue(u"auth_url"_s);
        if (!vendorName.isEmpty() && !vendor.known) {
            if (urlText.isEmpty())
                //: %1 = the vendor profile's name (clouds.yaml "profile:")
                c.problems << tr("The vendor profile \"%1\" is not one Imagewright knows, and "
                                 "the file gives no auth_url.")
                                  .arg(vendorName);
            else
                c.notes << tr("The vendor profile \"%1\" is not one Imagewright knows: only "
                              "the settings in the file are imported.")
                               .arg(vendorName);
        }
        if (urlText.isEmpty() && vendor.known) {
            urlText = CloudPresets::authUrl(vendor.family, p.region).toString();
            //: %1 = vendor profile name, %2 = the identity URL
            c.notes
                << tr("Identity URL from the vendor profile \"%1\": %2").arg(vendorName, urlText);
        }
        if (urlText.isEmpty() && vendorName.isEmpty())
            c.problems << tr("No auth_url: the file does not say where to sign in.");
        if (!urlText.isEmpty()) {
            QString note;
            QString problem;
            p.authUrl = ProfileImport::normalizeAuthUrl(urlText, &note, &problem);
            if (!note.isEmpty())
                c.notes << note;
            if (!problem.isEmpty())
                c.problems << problem;
        }
        p.family = vendor.known ? vendor.family : ProfileImport::familyFromAuthUrl(p.authUrl);
        if (p.region.isEmpty() && p.family != CloudFamily::OpenStack) {
            p.region = ProfileImport::regionFromAuthUrl(p.family, p.authUrl);
            if (!p.region.isEmpty())
                //: %1 = region
                c.notes << tr("Region %1 taken from the identity URL.").arg(p.region);
            else
                c.problems << tr("No region_name: this cloud needs a region.");
        }
        const QString identityVersion = text(config.value(u"identity_api_version"_s));
        if (identityVersion.startsWith(u'2'))
            c.problems << tr("identity_api_version %1: Imagewright needs Keystone v3.")
                              .arg(identityVersion);

        // How to sign in.
        const QString authType = text(config.value(u"auth_type"_s)).toLower().replace(u'-', u'_');
        const QString password = authSecret(u"password"_s);
        const QString appSecret = authSecret(u"application_credential_secret"_s);
        const QString appId = authValue(u"application_credential_id"_s);
        const QString appName = authValue(u"application_credential_name"_s);
        const QString accessKey = authValue(u"ak"_s);
        const QString secretKey = authSecret(u"sk"_s);
        const QString securityToken = authSecret(u"security_token"_s);
        p.userName = authValue(u"username"_s);
        const bool appCredentialKeys =
            !appId.isEmpty() || !appName.isEmpty() || !appSecret.isEmpty();
        if (authType == u"password" || authType == u"v3password") {
            p.authMethod = AuthMethod::Password;
        } else if (authType == u"v3applicationcredential" || authType == u"applicationcredential"
            || authType == u"application_credential" || authType == u"v3_application_credential") {
            p.authMethod = AuthMethod::ApplicationCredential;
        } else if (authType.isEmpty()) {
            if (appCredentialKeys && password.isEmpty())
                p.authMethod = AuthMethod::ApplicationCredential;
            else if (!accessKey.isEmpty() && p.userName.isEmpty() && password.isEmpty())
                p.authMethod = AuthMethod::AkSk;
            else
                p.authMethod = AuthMethod::Password;
        } else {
            //: %1 = the auth_type of the file, e.g. v3oidcpassword or token
            c.problems << tr("auth_type \"%1\" is not supported: Imagewright signs in with a "
                             "password, an application credential or an access key (AK/SK).")
                              .arg(text(config.value(u"auth_type"_s)));
        }
        if (!text(auth.value(u"token"_s)).isEmpty())
            c.problems << tr("It signs in with a token (auth.token): a token expires; "
                             "Imagewright needs a password, an application credential or an "
                             "access key.");
        if (!text(auth.value(u"system_scope"_s)).isEmpty())
            c.problems << tr("A system-scoped sign-in (system_scope) is not supported: "
                             "Imagewright works in a project.");
        if (!text(auth.value(u"trust_id"_s)).isEmpty())
            c.problems << tr("A trust (trust_id) is not supported.");
        if (p.userName.isEmpty() && !authValue(u"user_id"_s).isEmpty()
            && p.authMethod != AuthMethod::AkSk)
            c.problems << tr("The user is given by user_id only; Imagewright needs the user "
                             "name (username).");

        // Domains: by name; "default" is the one domain ID every cloud shares.
        const QString domainName = authValue(u"domain_name"_s).isEmpty()
            ? authValue(u"default_domain_name"_s)
            : authValue(u"domain_name"_s);
        const QString domainId = authValue(u"domain_id"_s).isEmpty()
            ? authValue(u"default_domain_id"_s)
            : authValue(u"domain_id"_s);
        const auto domain =
            [&](const QString &nameKey, const QString &idKey, const QString &fallback) {
                if (const QString byName = authValue(nameKey); !byName.isEmpty())
                    return byName;
                QString id = authValue(idKey);
                QString key = idKey;
                if (id.isEmpty()) {
                    if (!domainName.isEmpty())
                        return domainName;
                    id = domainId;
                    key = u"domain_id"_s;
                }
                if (id.isEmpty())
                    return fallback;
                if (id.compare(u"default"_s, Qt::CaseInsensitive) == 0)
                    return u"Default"_s;
                //: %1 = a key such as user_domain_id, %2 = its value, %3 = e.g. user_domain_name
                c.problems << tr("%1 %2: domains are given by name in Imagewright; add %3.")
                                  .arg(key, id, nameKey);
                return fallback;
            };
        p.userDomain = domain(u"user_domain_name"_s, u"user_domain_id"_s, u"Default"_s);
        // Huawei and OTC IAM scope a project by its name alone (its domain is the account).
        const bool nameOnlyScope =
            p.family == CloudFamily::HuaweiCloud || p.family == CloudFamily::OpenTelekomCloud;
        p.projectDomain = domain(u"project_domain_name"_s,
            u"project_domain_id"_s,
            nameOnlyScope ? QString() : u"Default"_s);
        p.projectName = authValue(u"project_name"_s);
        if (p.projectName.isEmpty())
            p.projectName = authValue(u"tenant_name"_s);
        p.projectId = authValue(u"project_id"_s);
        if (p.projectId.isEmpty())
            p.projectId = authValue(u"tenant_id"_s);

        switch (p.authMethod) {
        case AuthMethod::Password:
            if (p.userName.isEmpty() && authValue(u"user_id"_s).isEmpty())
                c.problems << tr("No username.");
            if (p.projectName.isEmpty() && p.projectId.isEmpty())
                c.problems << tr("No project (project_name or project_id): Imagewright works "
                                 "in a project.");
            if (password.isEmpty())
                c.secretMissing = true;
            break;
        case AuthMethod::ApplicationCredential:
            p.applicationCredentialId = appId;
            p.applicationCredentialName = appId.isEmpty() ? appName : QString();
            if (appId.isEmpty() && appName.isEmpty())
                c.problems << tr("No application_credential_id or application_credential_name.");
            else if (appId.isEmpty() && p.userName.isEmpty())
                c.problems << tr("An application credential given by name needs the username "
                                 "of its owner.");
            if (appSecret.isEmpty())
                c.secretMissing = true;
            break;
        case AuthMethod::AkSk:
            if (secretKey.isEmpty())
                c.secretMissing = true;
            break;
        }
        if (!accessKey.isEmpty()) {
            p.accessKey = accessKey;
            p.temporaryAccessKey = !securityToken.isEmpty();
            if (p.authMethod != AuthMethod::AkSk)
                c.notes << tr("The access key (ak/sk) is imported too; the profile signs in "
                              "with %1.")
                               .arg(CloudProfile::authMethodDisplayName(p.authMethod));
        }
        if (!password.isEmpty())
            c.secrets.insert(SecretKind::Password, HeldSecret(password));
        if (!appSecret.isEmpty())
            c.secrets.insert(SecretKind::ApplicationCredentialSecret, HeldSecret(appSecret));
        if (!secretKey.isEmpty())
            c.secrets.insert(SecretKind::SecretKey, HeldSecret(secretKey));
        if (!securityToken.isEmpty())
            c.secrets.insert(SecretKind::SecurityToken, HeldSecret(securityToken));
        if (c.secretMissing)
            c.notes << tr("No secret in the files: Imagewright asks for it at the first "
                          "sign-in.");

        // The interface.
        QString interface = text(config.value(u"interface"_s));
        if (interface.isEmpty())
            interface = text(config.value(u"endpoint_type"_s));
        if (!interface.isEmpty()) {
            p.interface = ProfileImport::normalizeInterface(interface);
            if (p.interface.isEmpty()) {
                //: %1 = the file's interface value
                c.problems
                    << tr("interface \"%1\" is none of public, internal, admin.").arg(interface);
                p.interface = u"public"_s;
            }
        }

        // TLS.
        const QString caCert = text(config.value(u"cacert"_s));
        const std::optional<bool> verify = boolean(config.value(u"verify"_s));
        const std::optional<bool> insecure = boolean(config.value(u"insecure"_s));
        if ((verify && !*verify) || (insecure && *insecure)) {
            p.tlsMode = TlsMode::Insecure;
            c.notes << tr("TLS certificates are not verified (verify: false): the profile is "
                          "marked insecure.");
        } else if (!caCert.isEmpty()) {
            p.tlsMode = TlsMode::CaBundle;
            p.caBundlePath = expandHome(caCert);
        }
        if (!text(config.value(u"cert"_s)).isEmpty() || !text(config.value(u"key"_s)).isEmpty())
            c.notes << tr("A client certificate (cert, key) is not supported and was left "
                          "out: if the cloud requires it, signing in fails.");

        // Endpoint overrides and keys that change which service or version is used.
        QStringList ignored;
        for (auto it = config.cbegin(); it != config.cend(); ++it) {
            const QString &key = it.key();
            if (key.endsWith(u"_endpoint_override")) {
                const QString type = serviceTypeOf(key.chopped(18));
                const QString value = text(it.value());
                const QUrl url(value, QUrl::StrictMode);
                if (value.contains(u"%("))
                    //: %1 = the key, e.g. compute_endpoint_override
                    c.notes << tr("%1 was left out: placeholders such as %(project_id)s are "
                                  "not supported; enter the full address in the profile "
                                  "editor.")
                                   .arg(key);
                else if (!url.isValid() || url.host().isEmpty()
                    || (url.scheme() != u"https" && url.scheme() != u"http"))
                    c.notes << tr("%1 was left out: it is not an http(s) address.").arg(key);
                else
                    p.endpointOverrides.insert(type, url);
            } else if ((key.endsWith(u"_service_type") || key.endsWith(u"_service_name")
                           || key.endsWith(u"_api_version") || key.endsWith(u"_endpoint"))
                && key != u"identity_api_version") {
                ignored << key;
            }
        }
        if (!ignored.isEmpty())
            //: %1 = keys such as image_api_version, compute_service_name
            c.notes << tr("Left out: %1. Imagewright finds services in the catalog by their "
                          "standard types and agrees API versions with the cloud itself.")
                           .arg(ignored.join(u", "_s));
        out << c;
    }
    return out;
}
