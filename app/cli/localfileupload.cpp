#include "cli/localfileupload.h"

#include <algorithm>

#include "cli/clioutput.h"
#include "jobs/jobmonitor.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

namespace {
// interfaces.md §3 (the same numbers as SubmitCommand::ExitCode).
constexpr int CloudRefused = 1;
constexpr int InvalidRequest = 2;
constexpr int AuthOrConnection = 3;
constexpr int StillRunning = 4; // outcome unknown, or still running (here: in another process)
} // namespace

LocalFileUpload::LocalFileUpload(JobMonitor *monitor, QString localId, Done failed)
    : m_monitor(monitor)
    , m_localId(std::move(localId))
    , m_failed(std::move(failed))
{ }

void LocalFileUpload::start(QObject *context)
{
    QObject::connect(
        m_monitor, &JobMonitor::jobChanged, context, [this](int row, JobMonitor::Changes c) {
            if ((c & JobMonitor::ProgressChanged) && m_monitor->at(row).localId == m_localId)
                report();
        });
    QObject::connect(m_monitor,
        &JobMonitor::uploadEnded,
        context,
        [this](const QString &id, const ApiError &error) {
            if (id == m_localId)
                ended(error);
        });
}

int LocalFileUpload::exitCodeFor(const ApiError &error)
{
    if (error.serviceCode == QLatin1StringView(ObsImportController::UploadBusyCode))
        return StillRunning;
    switch (error.kind) {
    case ApiError::Kind::LocalFile:
    case ApiError::Kind::Configuration:
        return InvalidRequest;
    case ApiError::Kind::Http:
    case ApiError::Kind::InvalidResponse:
        return CloudRefused;
    default:
        return AuthOrConnection;
    }
}

bool LocalFileUpload::holdsEnd(JobMonitor *monitor,
    const QString &localId,
    QObject *context,
    const std::function<void()> &then)
{
    if (localId.isEmpty() || !monitor->localFileImports().settle(localId))
        return false;
    CliOutput::message(tr("Deleting the uploaded object (keep_object is false)…"));
    QObject::connect(&monitor->localFileImports(),
        &ObsImportController::objectSettled,
        context,
        [localId, then](const QString &id) {
            if (id == localId)
                then();
        });
    return true;
}

bool LocalFileUpload::pause()
{
    if (!m_monitor->localFileImports().pause(m_localId))
        return false;
    m_paused = true;
    //: %1 = the job's local id
    CliOutput::message(tr("The upload is paused; the parts sent stay in the bucket. "
                          "imagewright watch %1 resumes it and sends only the missing parts.")
                           .arg(m_localId));
    return true;
}

void LocalFileUpload::report()
{
    const auto status = m_monitor->localFileImports().status(m_localId);
    if (!status || status->total <= 0 || status->partsTotal <= 0)
        return; // a resume before the bucket listed its parts
    // 100 % once every part is confirmed (bytes on their way are not yet in the bucket).
    const bool complete = status->partsTotal > 0 && status->partsDone == status->partsTotal;
    const int percent = complete ? 100 : std::min(99, int(status->sent * 100 / status->total));
    if (percent == m_lastPercent)
        return;
    if (!complete
        && ((m_reported.isValid() && m_reported.elapsed() < 1000)
            || percent / 5 == m_lastPercent / 5))
        return;
    m_reported.start();
    m_lastPercent = percent;
    //: Upload progress on stderr. %1 = percent, %2 = total size, %3 and %4 = part counts
    QString text = tr("Uploading to OBS: %1% of %2, %3 of %4 parts")
                       .arg(percent)
                       .arg(TransferRate::sizeText(status->total))
                       .arg(status->partsDone)
                       .arg(status->partsTotal);
    if (status->bytesPerSecond >= 0)
        text += u" · "_s + TransferRate::rateText(status->bytesPerSecond);
    CliOutput::message(text);
}

void LocalFileUpload::ended(const ApiError &error)
{
    if (!error) {
        CliOutput::message(tr("Image file uploaded to OBS; sending the import to IMS…"));
        return;
    }
    if (error.kind == ApiError::Kind::Aborted)
        return; // our own pause or cancel already said what happened
    if (error.serviceCode == QLatin1StringView(ObsImportController::UploadBusyCode)) {
        // Nothing was sent from here: the job is the other process's until it ends.
        //: %1 = who uploads (a sentence), %2 = the job's local id
        CliOutput::message(tr("%1 imagewright watch %2 goes on with it once that process has "
                              "ended.")
                               .arg(error.message, m_localId));
        CliOutput::line(u"status=running"_s);
        if (m_failed)
            m_failed(exitCodeFor(error));
        return;
    }
    //: %1 = why the upload stopped, %2 = the job's local id
    CliOutput::message(tr("The upload stopped: %1 imagewright watch %2 resumes it and sends only "
                          "the missing parts.")
                           .arg(error.userMessage(), m_localId));
    CliOutput::line(u"status=incomplete"_s);
    if (m_failed)
        m_failed(exitCodeFor(error));
}
