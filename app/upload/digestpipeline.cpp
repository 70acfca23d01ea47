#include "upload/digestpipeline.h"

#include <chrono>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace {

/// Glance reports hashlib names (os_hash_algo); libcrypto knows them with dashes.
const EVP_MD *digestFor(const QString &algorithm)
{
    QString name = algorithm.toLower();
    name.replace(u'_', u'-');
    return EVP_get_digestbyname(name.toLatin1().constData());
}

struct MdContext
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~MdContext() { EVP_MD_CTX_free(ctx); }
};

} // namespace

DigestPipeline::DigestPipeline(const QStringList &algorithms, int maxQueuedBlocks, QObject *parent)
    : QObject(parent)
    , m_maxQueued(size_t(std::max(1, maxQueuedBlocks)))
{
    for (const QString &algorithm : algorithms) {
        if (!isSupported(algorithm))
            continue;
        auto worker = std::make_unique<Worker>();
        worker->algorithm = algorithm.toLower();
        m_workers.push_back(std::move(worker));
    }
    for (auto &worker : m_workers)
        worker->thread = std::thread(&DigestPipeline::run, this, worker.get());
}

DigestPipeline::~DigestPipeline()
{
    for (auto &worker : m_workers) {
        {
            std::lock_guard lock(worker->mutex);
            worker->stop = true;
            worker->queue.clear();
        }
        worker->changed.notify_all();
    }
    for (auto &worker : m_workers)
        worker->thread.join();
}

bool DigestPipeline::isSupported(const QString &algorithm)
{
    return digestFor(algorithm) != nullptr;
}

QStringList DigestPipeline::algorithms() const
{
    QStringList list;
    for (const auto &worker : m_workers)
        list << worker->algorithm;
    return list;
}

void DigestPipeline::push(Worker &worker, Item item, bool wait)
{
    std::unique_lock lock(worker.mutex);
    if (wait)
        worker.changed.wait(lock, [&] { return worker.queue.size() < m_maxQueued || worker.stop; });
    worker.queue.push_back(std::move(item));
    lock.unlock();
    worker.changed.notify_all();
}

void DigestPipeline::feed(const QByteArray &block)
{
    if (block.isEmpty())
        return;
    for (auto &worker : m_workers)
        push(*worker, {Item::Kind::Data, block}, true);
}

void DigestPipeline::restart()
{
    {
        std::lock_guard lock(m_resultMutex);
        m_currentPass = ++m_pass;
        m_pending.clear();
        m_complete = false;
    }
    for (auto &worker : m_workers)
        push(*worker, {Item::Kind::Restart, {}}, false);
}

void DigestPipeline::finish()
{
    if (m_workers.empty()) {
        {
            std::lock_guard lock(m_resultMutex);
            m_results.clear();
            m_complete = true;
        }
        Q_EMIT finished();
        return;
    }
    for (auto &worker : m_workers)
        push(*worker, {Item::Kind::End, {}}, false);
}

void DigestPipeline::run(Worker *worker)
{
    const EVP_MD *md = digestFor(worker->algorithm);
    MdContext context;
    EVP_DigestInit_ex(context.ctx, md, nullptr);
    quint64 pass = 0;
    for (;;) {
        Item item;
        {
            std::unique_lock lock(worker->mutex);
            worker->changed.wait(lock, [&] { return !worker->queue.empty() || worker->stop; });
            if (worker->stop)
                return;
            item = std::move(worker->queue.front());
            worker->queue.pop_front();
        }
        worker->changed.notify_all(); // room for the producer
        switch (item.kind) {
        case Item::Kind::Data:
            EVP_DigestUpdate(context.ctx, item.data.constData(), size_t(item.data.size()));
            break;
        case Item::Kind::Restart:
            ++pass;
            EVP_DigestInit_ex(context.ctx, md, nullptr);
            break;
        case Item::Kind::End: {
            unsigned char digest[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            EVP_DigestFinal_ex(context.ctx, digest, &length);
            const QString hex = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
            EVP_DigestInit_ex(context.ctx, md, nullptr);
            workerDone(worker->algorithm, hex, pass);
            break;
        }
        }
    }
}

void DigestPipeline::workerDone(const QString &algorithm, const QString &hex, quint64 pass)
{
    bool complete = false;
    {
        std::lock_guard lock(m_resultMutex);
        if (pass != m_currentPass)
            return; // a pass that was restarted meanwhile
        m_pending.insert(algorithm, hex);
        if (m_pending.size() == qsizetype(m_workers.size())) {
            m_results = m_pending;
            m_complete = complete = true;
        }
    }
    if (complete) {
        m_resultChanged.notify_all();
        Q_EMIT finished();
    }
}

QMap<QString, QString> DigestPipeline::results() const
{
    std::lock_guard lock(m_resultMutex);
    return m_complete ? m_results : QMap<QString, QString>();
}

bool DigestPipeline::isComplete() const
{
    std::lock_guard lock(m_resultMutex);
    return m_complete;
}

bool DigestPipeline::waitForComplete(int timeoutMs) const
{
    std::unique_lock lock(m_resultMutex);
    return m_resultChanged.wait_for(
        lock, std::chrono::milliseconds(timeoutMs), [this] { return m_complete; });
}
