#include "obs/multipartupload.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

#include "logging.h"
#include "net/restjob.h"
#include "obs/filepart.h"
#include "obs/s3client.h"
#include "obs/s3xml.h"

using namespace Qt::StringLiterals;

MultipartUpload::MultipartUpload(S3Client *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_options.parallel = std::clamp(m_options.parallel, 1, 64);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    m_pool.setMaxThreadCount(std::min(m_options.parallel, 4));
}

MultipartUpload::~MultipartUpload()
{
    m_stopped = true;
    m_pool.waitForDone(); // an MD5 in progress posts to this object
    for (Part &p : m_inFlight) {
        if (p.job)
            p.job->abort();
        delete p.job; // stops its upload before the body goes
        delete p.body;
    }
}

void MultipartUpload::start(const QString &path, const QString &bucket, const QString &key)
{
    const QFileInfo info(path);
    m_state = {};
    m_state.endpoint.clear();
    m_state.bucket = bucket;
    m_state.key = key;
    m_state.filePath = info.absoluteFilePath();
    m_state.fileSize = info.size();
    m_state.fileModified = info.lastModified().toUTC();
    QTimer::singleShot(0, this, [this, info] {
        if (!info.isFile() || !info.isReadable()) {
            //: %1 = a file path
            fail(ApiError::make(ApiError::Kind::LocalFile,
                tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(info.filePath()))));
            return;
        }
        QString why;
        const auto partSize = MultipartPlan::choosePartSize(
            m_state.fileSize, m_options.partSize, &why, m_options.minPartSize);
        if (!partSize) {
            fail(ApiError::make(ApiError::Kind::LocalFile, why));
            return;
        }
        m_state.partSize = *partSize;
        m_plan = MultipartPlan(m_state.fileSize, m_state.partSize);
        m_client->createMultipartUpload(
            m_state.bucket, m_state.key, this, [this](const QString &id, const ApiError &e) {
                if (e)
                    return fail(e);
                m_state.uploadId = id;
                Q_EMIT stateChanged(m_state);
                for (int n = 1; n <= m_plan.partCount(); ++n)
                    m_queue.append(n);
                begin();
            });
    });
}

void MultipartUpload::resume(const UploadState &state)
{
    m_state = state;
    QTimer::singleShot(0, this, [this] {
        if (const QString changed = m_state.fileChangedReason(); !changed.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::LocalFile, changed));
            return;
        }
        m_plan = MultipartPlan(m_state.fileSize, m_state.partSize);
        m_client->listParts(m_state.bucket,
            m_state.key,
            m_state.uploadId,
            this,
            [this](const QList<S3Part> &parts, const ApiError &e) {
                if (e)
                    return fail(e);
                reconcile(parts);
            });
    });
}

void MultipartUpload::reconcile(const QList<S3Part> &onServer)
{
    const UploadState recorded = m_state;
    m_state.confirmed.clear();
    m_state.opaqueEtags.clear();
    for (const S3Part &p : onServer) {
        if (p.number > m_plan.partCount() || p.size != m_plan.sizeOf(p.number))
            continue; // another part size, or beyond the file: sent again / left out
        if (recorded.confirmed.contains(p.number)) {
            // Confirmed by an earlier run: kept when the server still has it as it answered then.
            if (recorded.etagOf(p.number).compare(p.etag, Qt::CaseInsensitive) == 0)
                m_state.confirm(p.number, recorded.confirmed.value(p.number), p.etag);
            continue;
        }
        // Confirmed after the last save: its ETag is checked against the file's part here. In
        // an SSE-KMS bucket that never matches (the ETag is no MD5), and the part is sent again.
        const QByteArray md5 = QByteArray::fromHex(p.etag.toLatin1());
        if (md5.size() == 16)
            m_toVerify.append({p.number, md5});
    }
    m_etagsOpaque |= !m_state.opaqueEtags.isEmpty();
    verifyNext();
}

void MultipartUpload::verifyNext()
{
    if (m_stopped)
        return;
    if (m_toVerify.isEmpty()) {
        m_foundOnServer = int(m_state.confirmed.size());
        for (int n = 1; n <= m_plan.partCount(); ++n) {
            if (!m_state.confirmed.contains(n))
                m_queue.append(n);
        }
        Q_EMIT stateChanged(m_state);
        Q_EMIT resumed(m_foundOnServer, m_plan.partCount());
        begin();
        return;
    }
    // Plain variables, not a structured binding: clang 14 (the fuzz build) cannot capture those.
    const auto next = m_toVerify.takeFirst();
    const auto number = next.first;
    const auto serverMd5 = next.second;
    const QString path = m_state.filePath;
    const qint64 offset = m_plan.offsetOf(number);
    const qint64 length = m_plan.sizeOf(number);
    m_pool.start([this, path, offset, length, number, serverMd5] {
        QString error;
        const QByteArray md5 = FilePart::md5(path, offset, length, &error);
        QMetaObject::invokeMethod(
            this,
            [this, number, serverMd5, md5] {
                if (md5 == serverMd5)
                    m_state.confirmed.insert(number, md5);
                verifyNext();
            },
            Qt::QueuedConnection);
    });
}

void MultipartUpload::begin()
{
    m_clock.start();
    m_rate.reset();
    emitProgress();
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        complete();
        return;
    }
    pump();
}

void MultipartUpload::pump()
{
    while (!m_stopped && !m_queue.isEmpty() && m_inFlight.size() < m_options.parallel) {
        const int n = m_queue.takeFirst();
        Part &p = m_inFlight[n];
        p.number = n;
        digest(n);
    }
}

void MultipartUpload::digest(int number)
{
    const QString path = m_state.filePath;
    const qint64 offset = m_plan.offsetOf(number);
    const qint64 length = m_plan.sizeOf(number);
    m_pool.start([this, path, offset, length, number] {
        QString error;
        const QByteArray md5 = FilePart::md5(path, offset, length, &error);
        QMetaObject::invokeMethod(
            this,
            [this, number, md5, error] { digested(number, md5, error); },
            Qt::QueuedConnection);
    });
}

void MultipartUpload::digested(int number, const QByteArray &md5, const QString &error)
{
    if (m_stopped || !m_inFlight.contains(number))
        return;
    if (md5.isEmpty()) {
        //: %1 = a file path, %2 = the system's reason
        fail(ApiError::make(ApiError::Kind::LocalFile,
            tr("The file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(m_state.filePath), error)));
        return;
    }
    m_inFlight[number].md5 = md5;
    send(number);
}

void MultipartUpload::send(int number)
{
    if (m_stopped || !m_client)
        return;
    Part &p = m_inFlight[number];
    if (!m_state.fileChangedReason().isEmpty()) {
        fail(ApiError::make(ApiError::Kind::LocalFile, m_state.fileChangedReason()));
        return;
    }
    ++p.attempts;
    p.sent = 0;
    delete p.body;
    p.body = new FilePart(m_state.filePath, m_plan.offsetOf(number), m_plan.sizeOf(number));
    if (!p.body->open(QIODevice::ReadOnly)) {
        fail(ApiError::make(ApiError::Kind::LocalFile,
            tr("The file %1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(m_state.filePath), p.body->errorString())));
        return;
    }
    RestJob *job = m_client->uploadPart(
        m_state.bucket, m_state.key, m_state.uploadId, number, p.body, p.md5, this);
    p.job = job;
    connect(job, &RestJob::uploadProgress, this, [this, number](qint64 sent, qint64) {
        if (!m_inFlight.contains(number))
            return;
        m_inFlight[number].sent = sent;
        emitProgress();
    });
    connect(job, &RestJob::finished, this, [this, number](RestJob *j) { partFinished(number, j); });
    job->start();
}

void MultipartUpload::partFinished(int number, RestJob *job)
{
    if (m_stopped || !m_inFlight.contains(number))
        return;
    Part &p = m_inFlight[number];
    p.job = nullptr;
    if (p.body) {
        p.body->close();
        p.body->deleteLater();
        p.body = nullptr;
    }
    ApiError error = S3Client::errorOf(job);
    if (!error) {
        const QString answered = S3Xml::unquote(QString::fromLatin1(job->header("ETag")));
        const QString etag = answered.toLower();
        // A bucket with SSE-KMS answers ETags that are not the parts' MD5s (IMS imports from
        // such buckets); the server checked the Content-MD5 sent with the part.
        const bool kms = isKmsEncrypted(job);
        m_etagsOpaque |= kms;
        if (!kms && etag != QString::fromLatin1(p.md5.toHex())) {
            qCWarning(lcNet).noquote() << "part" << number << "answered with ETag" << etag
                                       << "instead of" << p.md5.toHex() << "; sending it again";
            //: %1 = part number, %2 = the server's ETag
            error = ApiError::make(ApiError::Kind::InvalidResponse,
                tr("part %1 was stored with another checksum (%2)").arg(number).arg(etag));
            retryPart(number, error);
            return;
        }
        m_state.confirm(number, p.md5, answered);
        m_inFlight.remove(number);
        ++m_partsSent;
        Q_EMIT stateChanged(m_state);
        emitProgress();
        if (m_queue.isEmpty() && m_inFlight.isEmpty())
            complete();
        else
            pump();
        return;
    }
    if (isTransient(error) || error.kind == ApiError::Kind::InvalidResponse) {
        retryPart(number, error);
        return;
    }
    fail(error);
}

bool MultipartUpload::isKmsEncrypted(const RestJob *job)
{
    // S3 names it aws:kms; OBS's own header says kms (reference/s3-peer.md: the import takes
    // files unencrypted or SSE-KMS).
    const QByteArray s3 = job->header("x-amz-server-side-encryption").trimmed().toLower();
    const QByteArray obs = job->header("x-obs-server-side-encryption").trimmed().toLower();
    return s3.startsWith("aws:kms") || obs == "kms";
}

void MultipartUpload::retryPart(int number, const ApiError &reason)
{
    Part &p = m_inFlight[number];
    if (p.attempts >= m_options.maxAttempts) {
        fail(reason);
        return;
    }
    ++m_partsResent;
    p.sent = 0;
    const auto delay = backoff(p.attempts + 1, reason);
    qCInfo(lcNet).noquote() << "part" << number << "failed (" << reason.message << "); retry in"
                            << delay.count() << "ms";
    QTimer::singleShot(delay, this, [this, number] {
        if (!m_stopped && m_inFlight.contains(number))
            send(number);
    });
}

bool MultipartUpload::isTransient(const ApiError &error)
{
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::ConnectionFailed:
        return !error.isProxyAuthentication();
    case K::ConnectionLost:
    case K::Timeout:
        return true;
    case K::Http:
        return error.httpStatus >= 500 || error.httpStatus == 429
            || error.serviceCode == u"RequestTimeout" || error.serviceCode == u"SlowDown";
    default:
        return false;
    }
}

std::chrono::milliseconds MultipartUpload::backoff(int attempt, const ApiError &error) const
{
    return m_options.backoff.delay(
        attempt, error.retryAfter, [] { return QRandomGenerator::global()->generateDouble(); });
}

void MultipartUpload::complete()
{
    if (m_stopped)
        return;
    ++m_completeAttempts;
    QList<S3Part> parts;
    for (int n = 1; n <= m_plan.partCount(); ++n)
        parts.append({n, m_state.etagOf(n), m_plan.sizeOf(n)});
    m_client->completeMultipartUpload(m_state.bucket,
        m_state.key,
        m_state.uploadId,
        parts,
        this,
        [this](const S3Completed &result, const ApiError &e) { completed(result, e); });
}

void MultipartUpload::completed(const S3Completed &result, const ApiError &error)
{
    QList<QByteArray> md5s;
    for (int n = 1; n <= m_plan.partCount(); ++n)
        md5s.append(m_state.confirmed.value(n));
    const QString expected = MultipartPlan::multipartEtag(md5s);
    if (error) {
        if (error.serviceCode == u"NoSuchUpload" && m_completeAttempts > 1) {
            // An earlier Complete may have gone through before its answer was lost: the object
            // decides (reference/s3-peer.md: HEAD the object before retrying).
            m_client->headObject(m_state.bucket,
                m_state.key,
                this,
                [this, expected, error](const S3Object &o, const ApiError &e) {
                    if (!e && o.etag.compare(expected, Qt::CaseInsensitive) == 0) {
                        m_result = {{}, o.etag};
                        finish({});
                    } else {
                        fail(error);
                    }
                });
            return;
        }
        if (isTransient(error) && m_completeAttempts < m_options.maxAttempts) {
            QTimer::singleShot(
                backoff(m_completeAttempts + 1, error), this, [this] { complete(); });
            return;
        }
        fail(error);
        return;
    }
    if (!m_etagsOpaque && result.etag.compare(expected, Qt::CaseInsensitive) != 0) {
        //: %1 = the server's ETag, %2 = the ETag computed from the file
        fail(ApiError::make(ApiError::Kind::InvalidResponse,
            tr("the object was stored with ETag %1 where %2 was expected")
                .arg(result.etag, expected)));
        return;
    }
    m_result = result;
    emitProgress();
    finish({});
}

void MultipartUpload::emitProgress()
{
    qint64 bytes = 0;
    for (auto it = m_state.confirmed.cbegin(); it != m_state.confirmed.cend(); ++it)
        bytes += m_plan.sizeOf(it.key());
    for (const Part &p : std::as_const(m_inFlight))
        bytes += p.sent;
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_rate.addSample(now, bytes);
    const bool done = m_state.confirmed.size() == m_plan.partCount();
    if (!done && now - m_lastProgressMs < 100)
        return;
    m_lastProgressMs = now;
    const auto rate = m_rate.bytesPerSecond();
    Q_EMIT progress(bytes,
        m_plan.fileSize(),
        int(m_state.confirmed.size()),
        m_plan.partCount(),
        rate ? *rate : -1.0);
}

void MultipartUpload::cancel(bool abortOnServer)
{
    if (m_finished)
        return;
    m_stopped = true;
    for (Part &p : m_inFlight) {
        if (p.job)
            p.job->abort();
    }
    if (abortOnServer && m_state.isStarted() && m_client) {
        m_client->abortMultipartUpload(
            m_state.bucket, m_state.key, m_state.uploadId, this, [this](bool, const ApiError &e) {
                finish(e ? e : ApiError::make(ApiError::Kind::Aborted));
            });
        return;
    }
    QTimer::singleShot(0, this, [this] { finish(ApiError::make(ApiError::Kind::Aborted)); });
}

void MultipartUpload::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_stopped = true;
    for (Part &p : m_inFlight) {
        if (p.job)
            p.job->abort();
    }
    finish(error);
}

void MultipartUpload::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stopped = true;
    Q_EMIT finished(error);
}
