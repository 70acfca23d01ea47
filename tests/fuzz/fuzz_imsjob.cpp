// IMS answers: a job (GET /v1/{project_id}/jobs/{job_id}, ImsJob::fromJson with its status,
// sub-jobs and times) and the OS version list (GET /v1/cloudimages/os_version,
// ImsOsVersion::listFromJson).
#include <QJsonDocument>
#include <QJsonObject>

#include "fuzz_common.h"
#include "model/imsjob.h"
#include "model/imsosversion.h"

IW_FUZZ_TARGET(imsjob)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray input = IwFuzz::bytes(data, size);
    QString why;
    (void)ImsJob::fromJson(QJsonDocument::fromJson(input).object(), &why);
    (void)ImsOsVersion::listFromJson(input, &why);
    return 0;
}
