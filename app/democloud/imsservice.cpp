#include "imsservice.h"

#include <cmath>

#include <QHash>
#include <QJsonDocument>

#include "apiutil.h"
#include "demologging.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace DemoCloud {

namespace {

// A job that ends FAIL (its name starts with "fail-") reports an IMS code from the error-code
// table; no official FAIL example exists (api-facts §1.1), so these are the demo's choice.
constexpr auto FailImportCode = u"IMG.0057"; // image file missing, empty or wrongly formatted
constexpr auto FailTaskCode = u"IMG.0014";   // exception while IaaS OpenStack ran the task
// The job queries' 404 for an unknown job (or one of another project).
constexpr auto UnknownJobCode = u"IMG.0031"; // the resource ID in the request is incorrect

qint64 durationFromSeconds(double seconds)
{
    return qint64(std::llround(std::max(0.0, seconds) * 1000.0));
}

} // namespace

ImsService::ImsService(const CloudConfig &config, StateStore &state, const Inventory &inventory)
    : m_config(config)
    , m_state(state)
    , m_validator(inventory)
{ }

void ImsService::registerRoutes(Router &router)
{
    const auto create = [this](const ApiRequest &r) { return this->create(r); };
    router.add("POST", u"/v2/cloudimages/action"_s, Access::Token, create);
    // "Creating an Image (New)" uses the same body (api-facts §1.3).
    router.add("POST", u"/v2.1/cloudimages/action"_s, Access::Token, create);
    router.add(
        "GET", u"/v1/{project_id}/jobs/{job_id}"_s, Access::Token, [this](const ApiRequest &r) {
            return statusQuery(r);
        });
    router.add(
        "GET", u"/v1/cloudimages/job/{job_id}"_s, Access::Token, [this](const ApiRequest &r) {
            return progressQuery(r);
        });
    router.add("GET", u"/v1/cloudimages/os_version"_s, Access::Token, [this](const ApiRequest &r) {
        return osVersions(r);
    });
}

HttpResponse ImsService::create(const ApiRequest &request)
{
    if (request.http.body.trimmed().isEmpty())
        return imsError(400, u"IMG.0007"_s, u"The request body is empty."_s);
    const auto body = parseJsonObject(request.http.body);
    if (!body) {
        return imsError(400,
            u"IMG.0001"_s,
            u"The request message format is invalid: the body must be a JSON "
            "object."_s);
    }
    ImsPlan plan;
    if (const auto error = m_validator.validate(*body, &plan)) {
        qCInfo(lcDemo).noquote() << "IMS create refused:" << error->code << error->message;
        return imsError(400, error->code, error->message);
    }
    if (const auto error = checkObsFiles(*body)) {
        qCInfo(lcDemo).noquote() << "IMS create refused:" << error->code << error->message;
        return imsError(400, error->code, error->message);
    }
    const ImsJob job = makeJob(
        plan, QDateTime::currentDateTimeUtc(), durationFromSeconds(m_config.jobSeconds), *body);
    m_state.addImsJob(job);
    qCInfo(lcDemo).noquote() << u"IMS job %1 %2 for %3%4"_s.arg(
        job.id, job.jobType, job.name, job.fails() ? u" (will FAIL)"_s : QString());
    return HttpResponse::json(200, {{u"job_id"_s, job.id}});
}

std::optional<ImsError> ImsService::checkObsFiles(const QJsonObject &body) const
{
    if (!m_obsLookup)
        return std::nullopt;
    QStringList urls{body.value(u"image_url"_s).toString()};
    const QJsonArray data = body.value(u"data_images"_s).toArray();
    for (const QJsonValue &d : data)
        urls << d.toObject().value(u"image_url"_s).toString();
    for (const QString &url : std::as_const(urls)) {
        const qsizetype colon = url.indexOf(u':');
        if (colon <= 0)
            continue;
        // Demo trigger: an object whose name starts with "noaccess-" stands for a bucket IMS
        // may not read (IMG.0069, "The specified bucket cannot be accessed."; docs/democloud.md).
        if (url.mid(colon + 1).section(u'/', -1).startsWith(u"noaccess-"_s))
            return ImsError{QString::fromUtf16(ImsRules::Code::BucketAccess),
                u"The specified bucket cannot be accessed."_s};
        const std::optional<bool> exists = m_obsLookup(url.left(colon), url.mid(colon + 1));
        // The error-code table names no "file not found"; IMG.0017 (URL incorrect) is the
        // closest (docs/democloud.md).
        if (exists && !*exists) {
            return ImsError{QString::fromUtf16(ImsRules::Code::BadUrl),
                u"The image file %1 does not exist in the OBS bucket %2."_s.arg(
                    url.mid(colon + 1), url.left(colon))};
        }
    }
    // A quick import of a RAW file reads its bitmap, NAME.mf beside NAME.raw in the same bucket
    // (the IMS user guide, "Quickly Importing an Image File"). The error-code table names no
    // code for it; IMG.0017 again (docs/democloud.md).
    const QString url = body.value(u"image_url"_s).toString();
    const qsizetype colon = url.indexOf(u':');
    const QString file = url.mid(colon + 1);
    const bool raw = file.endsWith(u".raw"_s, Qt::CaseInsensitive)
        || file.endsWith(u".img"_s, Qt::CaseInsensitive);
    if (colon > 0 && raw && body.value(u"is_quick_import"_s).toBool(false)) {
        const QString bitmap = file.left(file.lastIndexOf(u'.')) + u".mf"_s;
        const std::optional<bool> exists = m_obsLookup(url.left(colon), bitmap);
        if (exists && !*exists) {
            return ImsError{QString::fromUtf16(ImsRules::Code::BadUrl),
                u"A quick import of the RAW file %1 needs its bitmap file %2 in the OBS bucket "
                "%3; it is not there."_s.arg(file, bitmap, url.left(colon))};
        }
    }
    return std::nullopt;
}

ImsJob ImsService::makeJob(const ImsPlan &plan,
    const QDateTime &createdAt,
    qint64 durationMs,
    const QJsonObject &body) const
{
    ImsJob job;
    job.id = randomHex(16);
    job.projectId = Account::ProjectId.toString();
    job.jobType = plan.jobType;
    job.method = plan.method;
    job.name = plan.name;
    job.createdAt = createdAt;
    job.durationMs = durationMs;
    job.systemImage = plan.systemImage;
    job.dataImages = plan.dataImages;
    for (ImsImagePart &part : job.dataImages)
        part.subJobId = randomHex(16);
    job.osVersion = plan.osVersion;
    job.tags = plan.tags;
    job.request = body;
    if (job.fails()) {
        if (plan.method == u"ims-obs-file") {
            job.errorCode = QString::fromUtf16(FailImportCode);
            job.failReason = u"The image file does not exist, is empty, or in the incorrect "
                             "format. (Demo cloud: an image name starting with \"fail-\" makes "
                             "the job fail.)"_s;
        } else {
            job.errorCode = QString::fromUtf16(FailTaskCode);
            job.failReason = u"An exception occurred when IaaS OpenStack was executing the task. "
                             "(Demo cloud: an image name starting with \"fail-\" makes the job "
                             "fail.)"_s;
        }
    }
    return job;
}

const ImsJob *ImsService::visibleJob(const QString &jobId, const ApiRequest &request) const
{
    const ImsJob *job = m_state.imsJob(jobId);
    if (!job || !request.token || job->projectId != request.token->projectId)
        return nullptr;
    return job;
}

HttpResponse ImsService::statusQuery(const ApiRequest &request) const
{
    const QString jobId = request.param(u"job_id"_s);
    const ImsJob *job = visibleJob(jobId, request);
    if (!job || request.param(u"project_id"_s) != job->projectId)
        return imsError(
            404, QString::fromUtf16(UnknownJobCode), u"The job %1 does not exist."_s.arg(jobId));
    return HttpResponse::json(200, job->toApiJson(QDateTime::currentDateTimeUtc(), false));
}

HttpResponse ImsService::progressQuery(const ApiRequest &request) const
{
    const QString jobId = request.param(u"job_id"_s);
    const ImsJob *job = visibleJob(jobId, request);
    if (!job)
        return imsError(
            404, QString::fromUtf16(UnknownJobCode), u"The job %1 does not exist."_s.arg(jobId));
    return HttpResponse::json(200, job->toApiJson(QDateTime::currentDateTimeUtc(), true));
}

void ImsService::seedSampleHistory()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Sample
    {
        QJsonObject body;
        qint64 ageMs;
        qint64 durationMs;
    };
    const qint64 hour = 3600 * 1000;
    const QList<Sample> samples{
        {QJsonObject{{u"name"_s, u"web-base-2025"_s},
             {u"description"_s, u"Golden image of the web tier"_s},
             {u"instance_id"_s, u"4a849858-3370-5f36-af9d-ff4e9f012a74"_s},
             {u"image_tags"_s,
                 QJsonArray{QJsonObject{{u"key"_s, u"team"_s}, {u"value"_s, u"web"_s}}}}},
            72 * hour,
            372 * 1000},
        {QJsonObject{{u"name"_s, u"fail-rhel8-import"_s},
             {u"image_url"_s, u"demo-images:rhel-8.6.qcow2"_s},
             {u"os_version"_s, u"Redhat Linux Enterprise 8.0 64bit"_s},
             {u"min_disk"_s, 40}},
            5 * hour,
            540 * 1000},
        {QJsonObject{{u"data_images"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"db-01-data-snapshot"_s},
                 {u"description"_s, u"Database files of db-01"_s},
                 {u"volume_id"_s, u"c5dfbd0c-bf0a-4798-a453-61dc6b54aa30"_s}}}}},
            2 * hour,
            240 * 1000},
        // Starts now, so a first look shows one job progressing live.
        {QJsonObject{{u"name"_s, u"app-04-nightly"_s},
             {u"instance_id"_s, u"034c4558-cc3b-5364-b47f-b596df68ac96"_s}},
            0,
            durationFromSeconds(m_config.jobSeconds)},
    };
    for (const Sample &sample : samples) {
        ImsPlan plan;
        if (const auto error = m_validator.validate(sample.body, &plan)) {
            qCCritical(lcDemo).noquote() << "sample job refused:" << error->message; // a bug
            continue;
        }
        ImsJob job = makeJob(plan, now.addMSecs(-sample.ageMs), sample.durationMs, sample.body);
        job.sample = true;
        m_state.addImsJob(job);
    }
    m_state.setSampleHistorySeeded(true);
    qCInfo(lcDemo) << "created the sample job history";
}

QJsonArray ImsService::sampleHistory() const
{
    QJsonArray jobs;
    for (const ImsJob &job : m_state.imsJobs()) {
        if (!job.sample)
            continue;
        jobs.append(QJsonObject{
            {u"job_id"_s, job.id},
            {u"name"_s, job.name},
            {u"method"_s, job.method},
            {u"kind"_s, u"ims"_s},
            {u"created_at"_s, isoMillis(job.createdAt)},
        });
    }
    return jobs;
}

QJsonArray ImsService::debugJobs() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray jobs;
    for (const ImsJob &job : m_state.imsJobs()) {
        QJsonObject entry = job.toApiJson(now, true);
        entry.insert(u"name"_s, job.name);
        entry.insert(u"method"_s, job.method);
        entry.insert(u"project_id"_s, job.projectId);
        entry.insert(u"created_at"_s, isoMillis(job.createdAt));
        entry.insert(u"duration_ms"_s, job.durationMs);
        entry.insert(u"sample"_s, job.sample);
        entry.insert(u"request"_s, job.request);
        jobs.append(entry);
    }
    return jobs;
}

// "Querying the OSs Supported by IMS" (api-facts §1.2): GET /v1/cloudimages/os_version[?tag=]
// answers a bare JSON array of platforms, each with its version_list. The values are those the
// seeds and "Values of Related Parameters" print; tag=uefi narrows to the UEFI-capable ones.
HttpResponse ImsService::osVersions(const ApiRequest &request) const
{
    struct Os
    {
        const char *platform;
        const char *version;
        int bits;
        const char *type;
        bool uefi;
    };
    static const Os list[] = {
        {"CentOS", "CentOS 7.0 64bit", 64, "Linux", false},
        {"CentOS", "CentOS 7.6 64bit", 64, "Linux", true},
        {"Debian", "Debian GNU/Linux 10.0.0 64bit", 64, "Linux", true},
        {"EulerOS", "EulerOS 2.9 64bit", 64, "Linux", true},
        {"Fedora", "Fedora 30 64bit", 64, "Linux", false},
        {"openEuler", "openEuler 20.03 64bit", 64, "Linux", true},
        {"OpenSUSE", "openSUSE 15.1 64bit", 64, "Linux", false},
        {"Oracle Linux", "Oracle Linux Server release 7.6 64bit", 64, "Linux", false},
        {"Red Hat", "Redhat Linux Enterprise 8.0 64bit", 64, "Linux", true},
        {"SUSE", "SUSE Linux Enterprise Server 15 SP1 64bit", 64, "Linux", true},
        {"Ubuntu", "Ubuntu 14.04 server 64bit", 64, "Linux", false},
        {"Ubuntu", "Ubuntu 18.04 server 64bit", 64, "Linux", true},
        {"Windows", "Windows Server 2016 Standard 64bit", 64, "Windows", true},
        {"Windows", "Windows Server 2012 R2 Datacenter 64bit", 64, "Windows", false},
        {"Other", "Other Linux(64 bit)", 64, "Linux", false},
    };
    const QString tag = request.http.query.queryItemValue(u"tag"_s);
    if (!tag.isEmpty() && tag != u"uefi"_s && tag != u"bms_otc"_s)
        return imsError(400, u"IMG.0001"_s, u"The tag %1 is not supported."_s.arg(tag));
    QJsonArray platforms;
    QHash<QString, qsizetype> index;
    for (const Os &os : list) {
        if (tag == u"uefi"_s && !os.uefi)
            continue;
        const QString platform = QString::fromLatin1(os.platform);
        if (!index.contains(platform)) {
            index.insert(platform, platforms.size());
            platforms.append(
                QJsonObject{{u"platform"_s, platform}, {u"version_list"_s, QJsonArray()}});
        }
        QJsonObject entry = platforms.at(index.value(platform)).toObject();
        QJsonArray versions = entry.value(u"version_list"_s).toArray();
        versions.append(QJsonObject{{u"platform"_s, platform},
            {u"os_version_key"_s, QString::fromLatin1(os.version)},
            {u"os_version"_s, QString::fromLatin1(os.version)},
            {u"os_bit"_s, os.bits},
            {u"os_type"_s, QString::fromLatin1(os.type)}});
        entry.insert(u"version_list"_s, versions);
        platforms.replace(index.value(platform), entry);
    }
    HttpResponse response = HttpResponse::empty(200);
    response.body = QJsonDocument(platforms).toJson(QJsonDocument::Compact);
    return response.withHeader("Content-Type", "application/json");
}

} // namespace DemoCloud
