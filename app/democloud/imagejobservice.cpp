#include "imagejobservice.h"

#include <cmath>

#include <QRegularExpression>

#include "apiutil.h"
#include "demologging.h"
#include "imsjob.h"
#include "imsrules.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

constexpr auto BadFormat = u"IMG.0001";    // request message format invalid
constexpr auto NoSuchImage = u"IMG.0027";  // the image ID in the request does not exist
constexpr auto Unavailable = u"IMG.0046";  // the image is unavailable (not active)
constexpr auto FailTaskCode = u"IMG.0014"; // exception while IaaS OpenStack ran the task
const QRegularExpression Uuid(u"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"_s);
constexpr qint64 CopyMaxGb = 128;
constexpr qint64 ExportMaxGb = 1024;

QString projectOf(const ApiRequest &request)
{
    return request.token ? request.token->projectId : Account::ProjectId.toString();
}

HttpResponse refuse(const QString &message, const char16_t *code = BadFormat)
{
    return imsError(400, QString::fromUtf16(code), message);
}

HttpResponse refuse(const ImsError &error)
{
    return imsError(400, error.code, error.message);
}

bool truthy(const QJsonValue &v)
{
    return v.toBool() || v.toString() == u"true";
}

qint64 sizeGb(const QJsonObject &image)
{
    double bytes = image.value(u"size"_s).toDouble();
    if (bytes <= 0)
        bytes = image.value(u"__image_size"_s).toString().toDouble();
    constexpr double Gb = 1024.0 * 1024 * 1024;
    return qint64(std::ceil(bytes / Gb));
}

} // namespace

ImageJobService::ImageJobService(const CloudConfig &config, StateStore &state, ImageCatalog &catalog)
    : m_config(config)
    , m_state(state)
    , m_catalog(catalog)
{ }

void ImageJobService::setObs(BucketClass bucketClass, ObjectWriter writer)
{
    m_bucketClass = std::move(bucketClass);
    m_writer = std::move(writer);
}

void ImageJobService::registerRoutes(Router &router)
{
    router.add("POST", u"/v1/cloudimages/{image_id}/copy"_s, Access::Token,
        [this](const ApiRequest &r) { return copy(r, false); });
    router.add("POST", u"/v1/cloudimages/{image_id}/cross_region_copy"_s, Access::Token,
        [this](const ApiRequest &r) { return copy(r, true); });
    router.add("POST", u"/v1/cloudimages/{image_id}/file"_s, Access::Token,
        [this](const ApiRequest &r) { return exportImage(r); });
}

HttpResponse ImageJobService::copy(const ApiRequest &request, bool crossRegion)
{
    const QString project = projectOf(request);
    const QString id = request.param(u"image_id"_s);
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return refuse(u"The body must be a JSON object."_s);
    QString name;
    if (auto e = ImsRules::checkName(*body, QString(), true, &name))
        return refuse(*e);
    if (auto e = ImsRules::checkDescription(*body, QString()))
        return refuse(*e);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image || image->value(u"owner"_s).toString() != project)
        return refuse(u"The image ID in the request does not exist."_s, NoSuchImage);
    if (image->value(u"status"_s).toString() != u"active")
        return refuse(u"The image is unavailable."_s, Unavailable);
    if (image->value(u"__imagetype"_s).toString() != u"private")
        return refuse(u"Only private images can be replicated."_s);
    if (image->value(u"disk_format"_s).toString() == u"iso")
        return refuse(u"Private images created from ISO files cannot be replicated."_s);
    if (sizeGb(*image) > CopyMaxGb)
        return refuse(u"Images larger than 128 GB cannot be replicated."_s);
    const bool full = truthy(image->value(u"__whole_image"_s));
    QJsonObject recorded = *body;
    recorded.insert(u"source_image_id"_s, id);
    if (crossRegion) {
        for (const QString &key : {u"region"_s, u"project_name"_s, u"agency_name"_s}) {
            const QJsonValue v = body->value(key);
            if (!v.isString() || v.toString().isEmpty())
                return refuse(u"%1 is mandatory."_s.arg(key));
        }
        if (body->value(u"region"_s).toString() == Account::Region)
            return refuse(u"The destination region cannot be the same as the source region."_s);
        if (!image->value(u"__system__cmkid"_s).toString().isEmpty())
            return refuse(u"Encrypted images cannot be replicated across regions."_s);
        const QJsonValue vault = body->value(u"vault_id"_s);
        if (full && (!vault.isString() || vault.toString().isEmpty()))
            return refuse(u"vault_id is mandatory to replicate a full-ECS image."_s);
        if (body->contains(u"cmk_id"_s))
            return refuse(u"cmk_id is not a parameter of cross-region replication."_s);
    } else {
        if (full)
            return refuse(u"Full-ECS images cannot be replicated within the same region."_s);
        const QJsonValue cmk = body->value(u"cmk_id"_s);
        if (!cmk.isUndefined() && (!cmk.isString() || !Uuid.match(cmk.toString()).hasMatch()))
            return refuse(u"cmk_id must be the ID of a KMS key."_s);
        const QJsonValue ep = body->value(u"enterprise_project_id"_s);
        if (!ep.isUndefined()
            && (!ep.isString()
                || (ep.toString() != u"0" && !Uuid.match(ep.toString()).hasMatch())))
            return refuse(u"enterprise_project_id must be 0 or a UUID."_s);
    }
    const bool fails = image->value(u"name"_s).toString().startsWith(u"fail-"_s)
        || name.startsWith(u"fail-"_s);
    ImsJob job;
    job.id = randomHex(16);
    job.projectId = project;
    job.jobType = crossRegion ? u"imsCrossRegionCopyImageJob"_s : u"imsCopyImageJob"_s;
    job.name = name;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.durationMs = qint64(std::llround(std::max(0.0, m_config.jobSeconds) * 1000.0));
    job.osVersion = image->value(u"__os_version"_s).toString();
    job.request = recorded;
    if (crossRegion) {
        job.failsAlone = fails; // the copy lives in the other region: recorded, not listed here
    } else {
        job.systemImage = ImsImagePart{.imageId = newUuid(),
            .name = name,
            .source = id,
            .minDisk = image->value(u"min_disk"_s).toInt(),
            .fails = fails};
    }
    if (fails) {
        job.errorCode = QString::fromUtf16(FailTaskCode);
        job.failReason = u"Replicating the image failed (demo cloud: an image name starting with "
                         "\"fail-\" makes the job fail)."_s;
    }
    m_state.addImsJob(job);
    qCInfo(lcDemo).noquote() << u"IMS job %1 %2 for %3 as %4%5%6"_s.arg(job.id,
        job.jobType,
        id,
        name,
        crossRegion ? u" to "_s + body->value(u"region"_s).toString() : QString(),
        fails ? u" (will FAIL)"_s : QString());
    return HttpResponse::json(200, {{u"job_id"_s, job.id}});
}

HttpResponse ImageJobService::exportImage(const ApiRequest &request)
{
    const QString project = projectOf(request);
    const QString id = request.param(u"image_id"_s);
    const auto body = parseJsonObject(request.http.body);
    if (!body)
        return refuse(u"The body must be a JSON object."_s);
    const QJsonValue url = body->value(u"bucket_url"_s);
    if (!url.isString() || !url.toString().contains(u':'))
        return refuse(u"bucket_url is mandatory: the file as bucket name:file name."_s);
    const QString bucket = url.toString().section(u':', 0, 0);
    const QString key = url.toString().section(u':', 1);
    if (bucket.isEmpty() || key.isEmpty())
        return refuse(u"bucket_url must name a bucket and a file: bucket:file."_s);
    const QJsonValue quickValue = body->value(u"is_quick_export"_s);
    if (!quickValue.isUndefined() && !quickValue.isBool())
        return refuse(u"is_quick_export must be true or false."_s);
    const bool quick = quickValue.toBool();
    const QJsonValue format = body->value(u"file_format"_s);
    static const QStringList formats{
        u"qcow2"_s, u"vhd"_s, u"zvhd"_s, u"vmdk"_s, u"zvhd2"_s};
    if (quick && !format.isUndefined())
        return refuse(u"If fast export is enabled, file_format cannot be specified."_s);
    if (!quick && !formats.contains(format.toString()))
        return refuse(u"file_format must be one of qcow2, vhd, zvhd, vmdk, zvhd2."_s);
    const auto image = m_catalog.findSeenBy(id, project);
    if (!image || image->value(u"owner"_s).toString() != project)
        return refuse(u"The image ID in the request does not exist."_s, NoSuchImage);
    if (image->value(u"status"_s).toString() != u"active")
        return refuse(u"The image is unavailable."_s, Unavailable);
    if (image->value(u"__imagetype"_s).toString() != u"private")
        return refuse(u"Only private images can be exported."_s);
    if (truthy(image->value(u"__whole_image"_s)))
        return refuse(u"Full-ECS images cannot be exported."_s);
    if (image->value(u"disk_format"_s).toString() == u"iso")
        return refuse(u"ISO images cannot be exported."_s);
    const qint64 gb = sizeGb(*image);
    if (gb >= ExportMaxGb)
        return refuse(u"The image size must be less than 1 TB."_s);
    if (gb > CopyMaxGb && !quick)
        return refuse(u"Images larger than 128 GB support only fast export."_s);
    const auto storageClass = m_bucketClass ? m_bucketClass(bucket) : std::nullopt;
    if (!storageClass)
        return refuse(u"The bucket %1 does not exist."_s.arg(bucket));
    if (*storageClass != u"STANDARD")
        return refuse(u"The storage class of the OBS bucket must be Standard."_s);
    QJsonObject recorded = *body;
    recorded.insert(u"source_image_id"_s, id);
    ImsJob job;
    job.id = randomHex(16);
    job.projectId = project;
    job.jobType = u"imsExportImageJob"_s;
    job.name = image->value(u"name"_s).toString();
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.durationMs = qint64(std::llround(std::max(0.0, m_config.jobSeconds) * 1000.0));
    job.request = recorded;
    job.failsAlone = job.name.startsWith(u"fail-"_s);
    if (job.failsAlone) {
        job.errorCode = QString::fromUtf16(FailTaskCode);
        job.failReason = u"Exporting the image failed (demo cloud: an image name starting with "
                         "\"fail-\" makes the job fail)."_s;
    }
    m_state.addImsJob(job);
    qCInfo(lcDemo).noquote() << u"IMS job %1 %2 for %3 to %4%5"_s.arg(
        job.id, job.jobType, id, url.toString(), job.failsAlone ? u" (will FAIL)"_s : QString());
    return HttpResponse::json(200, {{u"job_id"_s, job.id}});
}

void ImageJobService::settle(const QDateTime &now)
{
    for (const ImsJob &job : m_state.imsJobs()) {
        if (job.jobType != u"imsExportImageJob" || m_settled.contains(job.id))
            continue;
        const ImsJob::Phase phase = job.phaseAt(now);
        if (phase != ImsJob::Phase::Success && phase != ImsJob::Phase::Fail)
            continue;
        m_settled.insert(job.id);
        if (phase == ImsJob::Phase::Fail || !m_writer)
            continue;
        const QString url = job.request.value(u"bucket_url"_s).toString();
        const QString format = job.request.value(u"file_format"_s).toString(u"quick"_s);
        const QByteArray bytes = u"Imagewright demo cloud: image %1 (%2) exported as %3 by IMS "
                                 "job %4.\n"_s
                                     .arg(job.request.value(u"source_image_id"_s).toString(),
                                         job.name,
                                         format,
                                         job.id)
                                     .toUtf8();
        if (!m_writer(url.section(u':', 0, 0), url.section(u':', 1), bytes))
            qCWarning(lcDemo).noquote() << "export job" << job.id << "could not write" << url;
    }
}

} // namespace DemoCloud
