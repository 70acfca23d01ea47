#include "cli/obsputcommand.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include "cli/clioutput.h"
#include "cli/interruptwatcher.h"
#include "logging.h"
#include "obs/multipartupload.h"
#include "obs/s3client.h"
#include "upload/transferrate.h"

using namespace Qt::StringLiterals;

int ObsPutCommand::run(const ObsCommand::Options &options, const ObsEnv &env)
{
    ObsPutCommand command(options, env);
    QTimer::singleShot(0, &command, &ObsPutCommand::start);
    return QCoreApplication::exec();
}

void ObsPutCommand::launch(const ObsCommand::Options &options, const ObsEnv &env, QObject *parent)
{
    auto *command = new ObsPutCommand(options, env, parent);
    QTimer::singleShot(0, command, &ObsPutCommand::start);
}

QString ObsPutCommand::resumeDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"obs-uploads"_s);
}

QString ObsPutCommand::resumeFile(
    const ObsEnv &env, const QString &bucket, const QString &key, const QString &file)
{
    const QByteArray id = (env.endpoint.toString() + u'\n' + bucket + u'\n' + key + u'\n'
        + QFileInfo(file).absoluteFilePath())
                              .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex();
    return QDir(resumeDirectory()).filePath(QString::fromLatin1(hash.left(32)) + u".json"_s);
}

void ObsPutCommand::forgetResumeFiles(
    const ObsEnv &env, const QString &bucket, const QString &key, const QString &uploadId)
{
    QDirIterator it(resumeDirectory(), {u"*.json"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto state =
            UploadState::fromJson(QJsonDocument::fromJson(f.readAll()).object(), nullptr);
        f.close();
        if (state && state->endpoint == env.endpoint.toString() && state->bucket == bucket
            && state->key == key && state->uploadId == uploadId)
            QFile::remove(path);
    }
}

ObsPutCommand::ObsPutCommand(ObsCommand::Options options, ObsEnv env, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(std::move(env))
{
    m_client = ObsCommand::makeClient(m_env, this);
}

ObsPutCommand::~ObsPutCommand()
{
    delete m_upload;
    delete m_interrupt;
}

void ObsPutCommand::start()
{
    m_interrupt = new InterruptWatcher(this);
    connect(m_interrupt, &InterruptWatcher::interrupted, this, &ObsPutCommand::handleInterrupt);

    const QFileInfo info(m_options.file);
    if (!info.isFile() || !info.isReadable()) {
        //: %1 = a file path
        CliOutput::message(
            tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(m_options.file)));
        finish(ObsCommand::InvalidCommandLine);
        return;
    }
    m_filePath = info.absoluteFilePath();
    m_key = m_options.path;
    if (m_key.isEmpty() || m_key.endsWith(u'/'))
        m_key += info.fileName();
    m_resumePath = resumeFile(m_env, m_options.bucket, m_key, m_filePath);

    QFile saved(m_resumePath);
    if (saved.open(QIODevice::ReadOnly)) {
        QString why;
        const auto state =
            UploadState::fromJson(QJsonDocument::fromJson(saved.readAll()).object(), &why);
        saved.close();
        if (state && state->isStarted()) {
            if (const QString changed = state->fileChangedReason(); !changed.isEmpty()) {
                CliOutput::message(changed);
                //: %1 = the command that aborts the old upload
                CliOutput::message(
                    tr("The upload cannot be resumed. To start again, first abort the unfinished "
                       "upload: %1")
                        .arg(u"imagewright obs abort %1 %2 %3"_s.arg(
                            state->bucket, state->key, state->uploadId)));
                finish(ObsCommand::InvalidCommandLine);
                return;
            }
            //: %1 = upload ID, %2 = bucket/object
            CliOutput::message(tr("Resuming upload %1 of %2.")
                                         .arg(state->uploadId, m_options.bucket + u'/' + m_key));
            m_resuming = true;
            m_upload = nullptr;
            startUpload(false);
            m_upload->resume(*state);
            return;
        }
        qCWarning(lcNet).noquote() << "resume file unusable, starting again:" << why;
        QFile::remove(m_resumePath);
    }
    startUpload(true);
}

void ObsPutCommand::startUpload(bool fresh)
{
    delete m_upload;
    MultipartUpload::Options o;
    o.parallel = m_options.parallel;
    o.partSize = m_options.partSizeMiB * MultipartPlan::MiB;
    m_upload = new MultipartUpload(m_client, o, this);
    connect(m_upload, &MultipartUpload::stateChanged, this, &ObsPutCommand::saveState);
    connect(m_upload, &MultipartUpload::progress, this, &ObsPutCommand::reportProgress);
    connect(m_upload, &MultipartUpload::finished, this, &ObsPutCommand::uploadFinished);
    connect(m_upload, &MultipartUpload::resumed, this, [this](int found, int total) {
        m_resumed = true;
        //: %1 and %2 = part counts
        CliOutput::message(
            tr("%1 of %2 parts are already uploaded and match the file.").arg(found).arg(total));
    });
    m_reported.start();
    if (fresh) {
        m_resuming = false;
        m_upload->start(m_filePath, m_options.bucket, m_key);
    }
}

void ObsPutCommand::saveState(const UploadState &state)
{
    UploadState s = state;
    s.endpoint = m_env.endpoint.toString();
    QDir().mkpath(resumeDirectory());
    QSaveFile file(m_resumePath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        qCWarning(lcNet).noquote()
            << "cannot write the resume file" << m_resumePath << ":" << file.errorString();
    }
}

void ObsPutCommand::reportProgress(
    qint64 bytes, qint64 total, int partsDone, int partsTotal, double rate)
{
    const bool last = partsDone == partsTotal;
    if ((m_reported.elapsed() < 1000 && !last) || (last && m_lastReported))
        return;
    m_lastReported = last;
    m_reported.start();
    const int percent = total > 0 ? int(bytes * 100 / total) : 100;
    //: Progress of obs put. %1 and %2 = sizes, %3 = percent, %4 and %5 = part counts, %6 = rate
    CliOutput::message(tr("%1 of %2 (%3 %), %4 of %5 parts, %6")
                                 .arg(TransferRate::sizeText(bytes), TransferRate::sizeText(total))
                                 .arg(percent)
                                 .arg(partsDone)
                                 .arg(partsTotal)
                                 .arg(rate < 0 ? u"-"_s : TransferRate::rateText(rate)));
}

void ObsPutCommand::uploadFinished(const ApiError &error)
{
    const UploadState state = m_upload->state();
    if (m_interrupted) {
        //: %1 = the command that aborts the upload
        CliOutput::message(
            tr("Interrupted. Run the same command again to resume, or abort the upload: %1")
                .arg(u"imagewright obs abort %1 %2 %3"_s.arg(
                    state.bucket, state.key, state.uploadId)));
        finish(ObsCommand::Interrupted);
        return;
    }
    if (error && m_resuming && !m_resumed && error.serviceCode == u"NoSuchUpload") {
        // Completed or aborted elsewhere, or expired: the saved state is of no use.
        CliOutput::message(
            tr("The unfinished upload is no longer in the bucket; starting again."));
        QFile::remove(m_resumePath);
        m_upload->deleteLater();
        m_upload = nullptr;
        startUpload(true);
        return;
    }
    if (error) {
        CliOutput::message(ObsCommand::describe(error));
        if (state.isStarted() && error.kind != ApiError::Kind::LocalFile)
            CliOutput::message(tr("Run the same command again to resume the upload."));
        finish(ObsCommand::exitCodeFor(error));
        return;
    }
    QFile::remove(m_resumePath);
    CliOutput::line(u"bucket="_s + state.bucket);
    CliOutput::line(u"object="_s + state.key);
    CliOutput::line(u"etag="_s + m_upload->result().etag);
    CliOutput::line(u"size="_s + QString::number(state.fileSize));
    CliOutput::line(u"parts="_s + QString::number(m_upload->plan().partCount()));
    CliOutput::line(u"parts_sent="_s + QString::number(m_upload->partsSent()));
    CliOutput::line(u"parts_found="_s + QString::number(m_upload->partsFoundOnServer()));
    CliOutput::line(u"upload_id="_s + state.uploadId);
    //: %1 = file path, %2 = bucket/object
    CliOutput::message(
        tr("Uploaded %1 to %2.")
            .arg(QDir::toNativeSeparators(m_filePath), state.bucket + u'/' + state.key));
    finish(ObsCommand::Succeeded);
}

void ObsPutCommand::handleInterrupt()
{
    if (m_interrupted || m_finished)
        return;
    m_interrupted = true;
    if (m_upload && !m_upload->isFinished()) {
        m_upload->cancel(false); // resumable: the parts stay on the server
        return;
    }
    finish(ObsCommand::Interrupted);
}

void ObsPutCommand::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(code);
}
