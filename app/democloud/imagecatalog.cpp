#include "imagecatalog.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QJsonArray>
#include <QUuid>

#include "apiutil.h"
#include "cloudconfig.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

// Where the sample ids come from (a version 5 UUID of the name in this namespace).
const QUuid SampleNamespace = QUuid::fromString(u"6f1c2b8e-4d3a-5e7f-9a0b-1c2d3e4f5a6b"_s);
// The owner of the public and shared samples: another project.
constexpr auto OtherProject = u"1bed856811654c1cb661a6ca845ebc77";

struct Os
{
    const char *version;
    const char *platform;
    const char *type;
    const char *slug;
};
const Os Systems[] = {
    {"CentOS 7.6 64bit", "CentOS", "Linux", "centos76"},
    {"Ubuntu 18.04 server 64bit", "Ubuntu", "Linux", "ubuntu1804"},
    {"EulerOS 2.9 64bit", "EulerOS", "Linux", "euleros29"},
    {"Debian GNU/Linux 10.0.0 64bit", "Debian", "Linux", "debian10"},
    {"openEuler 20.03 64bit", "Other", "Linux", "openeuler2003"},
    {"Redhat Linux Enterprise 8.0 64bit", "Red Hat", "Linux", "rhel8"},
    {"SUSE Linux Enterprise Server 15 SP1 64bit", "SUSE", "Linux", "sles15"},
    {"Windows Server 2016 Standard 64bit", "Windows", "Windows", "win2016"},
};
const char *const Roles[] = {
    "web", "db", "app", "cache", "build", "base", "bastion", "k8s-node", "ci-runner", "monitor"};

QJsonObject sampleImage(const QString &name,
    const Os &os,
    const QDateTime &created,
    const QString &status,
    int minDisk,
    const QStringList &tags)
{
    const QString id = QUuid::createUuidV5(SampleNamespace, name).toString(QUuid::WithoutBraces);
    const bool active = status == u"active";
    const double bytes = active ? double(minDisk) * 0.37 * 1024 * 1024 * 1024 : 0.0;
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"status"_s, status},
        {u"visibility"_s, u"private"_s},
        {u"protected"_s, false},
        {u"disk_format"_s, u"zvhd2"_s},
        {u"container_format"_s, u"bare"_s},
        {u"min_disk"_s, minDisk},
        {u"min_ram"_s, 0},
        {u"size"_s, active ? QJsonValue(std::floor(bytes)) : QJsonValue()},
        {u"virtual_size"_s, QJsonValue::Null},
        {u"checksum"_s, QJsonValue::Null},
        {u"owner"_s, Account::ProjectId.toString()},
        {u"created_at"_s, isoSeconds(created)},
        {u"updated_at"_s, isoSeconds(created.addSecs(active ? 420 : 0))},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"file"_s, u"/v2/images/%1/file"_s.arg(id)},
        {u"self"_s, u"/v2/images/%1"_s.arg(id)},
        {u"schema"_s, u"/v2/schemas/image"_s},
        {u"__imagetype"_s, u"private"_s},
        {u"__isregistered"_s, u"true"_s},
        {u"__os_version"_s, QString::fromLatin1(os.version)},
        {u"__platform"_s, QString::fromLatin1(os.platform)},
        {u"__os_type"_s, QString::fromLatin1(os.type)},
        {u"__os_bit"_s, u"64"_s},
        {u"__image_source_type"_s, u"uds"_s},
        {u"__image_size"_s, QString::number(qint64(bytes))},
        {u"virtual_env_type"_s, u"FusionCompute"_s},
        {u"hw_firmware_type"_s, u"bios"_s},
    };
}

} // namespace

ImageCatalog::ImageCatalog(StateStore &state, std::function<QList<QJsonObject>()> derived)
    : m_state(state)
    , m_derived(std::move(derived))
{ }

namespace {
int &extraSampleCount()
{
    static int count = 0;
    return count;
}
} // namespace

void ImageCatalog::setExtraSamples(int count)
{
    extraSampleCount() = std::max(0, count);
}

QList<QJsonObject> ImageCatalog::samples()
{
    static const QList<QJsonObject> list = [] {
        QList<QJsonObject> images;
        const QDateTime newest(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        constexpr int systems = int(std::size(Systems));
        constexpr int roles = int(std::size(Roles));
        for (int i = 0; i < PrivateSampleCount; ++i) {
            const Os &os = Systems[i % systems];
            const QString role = QString::fromLatin1(Roles[(i / systems) % roles]);
            const QString name = u"%1-%2-%3"_s.arg(role, QString::fromLatin1(os.slug))
                                     .arg(i + 1, 3, 10, QChar(u'0'));
            QString status = u"active"_s;
            if (i % 23 == 5)
                status = u"queued"_s;
            else if (i % 29 == 7)
                status = u"saving"_s;
            else if (i % 31 == 11)
                status = u"killed"_s;
            QStringList tags;
            if (i % 10 != 9)
                tags << u"team=%1"_s.arg(role) << (i % 2 ? u"env=test"_s : u"env=prod"_s);
            QJsonObject image = sampleImage(
                name, os, newest.addSecs(-qint64(i) * 13 * 3600), status, 40 + (i % 4) * 20, tags);
            if (i % 5 == 0)
                image.insert(u"disk_format"_s, u"qcow2"_s);
            if (i % 17 == 3)
                image.insert(u"protected"_s, true);
            if (i % 6 == 2)
                image.insert(u"min_ram"_s, 2048);
            if (i % 12 == 4)
                image.insert(u"max_ram"_s, u"16384"_s); // IMS types max_ram as a string
            if (i % 4 == 1)
                image.insert(u"__description"_s,
                    u"Sample %1 image of the %2 tier"_s.arg(
                        QString::fromLatin1(os.platform), role));
            if (i == 14) { // a full-ECS image (made via a CBR backup)
                image.insert(u"__whole_image"_s, true);
                image.insert(u"__backup_id"_s, u"8e6e8f2c-0d4d-4c7b-9c2f-1f0a3b5d7e91"_s);
            }
            images.append(image);
        }
        // Public images of the cloud (IMS __imagetype gold) and images shared with the demo
        // project by another one: shown with --all.
        const QDateTime older(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 4; ++i) {
            const Os &os = Systems[i];
            QJsonObject image = sampleImage(
                QString::fromLatin1(os.version), os, older.addDays(-i), u"active"_s, 40, {});
            image.insert(u"visibility"_s, u"public"_s);
            image.insert(u"__imagetype"_s, u"gold"_s);
            image.insert(u"protected"_s, true);
            image.insert(u"owner"_s, QString::fromUtf16(OtherProject));
            images.append(image);
        }
        for (int i = 0; i < 3; ++i) {
            const Os &os = Systems[i + 4];
            QJsonObject image = sampleImage(u"partner-golden-%1"_s.arg(i + 1),
                os,
                older.addDays(-10 - i),
                u"active"_s,
                60,
                {u"source=partner"_s});
            image.insert(u"visibility"_s, u"shared"_s);
            image.insert(u"__imagetype"_s, u"shared"_s);
            image.insert(u"owner"_s, QString::fromUtf16(OtherProject));
            images.append(image);
        }
        // --sample-images: more private images, older than the fixed ones.
        const QDateTime oldest = newest.addSecs(-qint64(PrivateSampleCount) * 13 * 3600);
        for (int i = 0; i < extraSampleCount(); ++i) {
            const Os &os = Systems[i % systems];
            images.append(sampleImage(u"bench-%1"_s.arg(i + 1, 5, 10, QChar(u'0')),
                os,
                oldest.addSecs(-60 * qint64(i + 1)),
                u"active"_s,
                40,
                {u"team=bench"_s}));
        }
        return images;
    }();
    return list;
}

QJsonObject ImageCatalog::withChanges(QJsonObject image) const
{
    const QJsonObject changes = m_state.imageEdit(image.value(u"id"_s).toString());
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isNull())
            image.remove(it.key());
        else
            image.insert(it.key(), it.value());
    }
    // Huawei shows every private image with __imagetype (an IMS job's, a snapshot, ...).
    if (!image.contains(u"__imagetype"_s))
        image.insert(u"__imagetype"_s,
            image.value(u"visibility"_s).toString() == u"public" ? u"gold"_s : u"private"_s);
    return image;
}

QList<QJsonObject> ImageCatalog::images() const
{
    QList<QJsonObject> all = m_derived();
    all.append(samples());
    // Newest first (ISO 8601 in UTC sorts as text), then by id. The keys are read once: a
    // QJsonObject lookup per comparison made every list page cost 100 ms with 5,000 images.
    struct Entry
    {
        QString created;
        QString id;
        qsizetype index;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(all.size()));
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString id = all.at(i).value(u"id"_s).toString();
        if (m_state.isImageDeleted(id))
            continue;
        QJsonObject image = withChanges(all.at(i));
        entries.push_back({image.value(u"created_at"_s).toString(), std::move(id), i});
        all[i] = std::move(image);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.created != b.created)
            return a.created > b.created;
        return a.id < b.id;
    });
    QList<QJsonObject> result;
    result.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        result.append(std::move(all[e.index]));
    return result;
}

std::optional<QJsonObject> ImageCatalog::find(const QString &id) const
{
    if (m_state.isImageDeleted(id))
        return std::nullopt;
    QList<QJsonObject> all = m_derived();
    all.append(samples());
    for (const QJsonObject &image : std::as_const(all)) {
        if (image.value(u"id"_s).toString() == id)
            return withChanges(image);
    }
    return std::nullopt;
}

QString ImageCatalog::memberStatus(const QString &id, const QString &project) const
{
    return m_members ? m_members(id, project) : QString();
}

std::optional<QJsonObject> ImageCatalog::seenBy(QJsonObject image, const QString &project) const
{
    if (project.isEmpty() || project == Account::ProjectId)
        return image;
    const QString owner = image.value(u"owner"_s).toString();
    const QString visibility = image.value(u"visibility"_s).toString();
    if (owner == project || visibility == u"public" || visibility == u"community")
        return image;
    if (memberStatus(image.value(u"id"_s).toString(), project).isEmpty())
        return std::nullopt;
    image.insert(u"__imagetype"_s, u"shared"_s);
    return image;
}

QList<QJsonObject> ImageCatalog::imagesSeenBy(const QString &project) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &image : images()) {
        if (auto seen = seenBy(image, project))
            result.append(*seen);
    }
    return result;
}

std::optional<QJsonObject> ImageCatalog::findSeenBy(const QString &id, const QString &project) const
{
    const auto image = find(id);
    return image ? seenBy(*image, project) : std::nullopt;
}

QJsonObject ImageCatalog::update(const QString &id, const QJsonObject &changes)
{
    QJsonObject merged = m_state.imageEdit(id);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    merged.insert(u"updated_at"_s, isoSeconds(QDateTime::currentDateTimeUtc()));
    m_state.setImageEdit(id, merged);
    return find(id).value_or(QJsonObject());
}

void ImageCatalog::remove(const QString &id)
{
    if (!m_state.removeGlanceImage(id))
        m_state.markImageDeleted(id);
}

} // namespace DemoCloud
