#pragma once

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

/// Digests of a byte stream computed on worker threads while the stream is being sent, so
/// hashing never slows an upload down (interfaces.md §8). One thread per algorithm (OpenSSL's
/// libcrypto: MD5 for Glance's `checksum`, the cloud's `os_hash_algo`, usually sha512), each fed
/// the same implicitly shared blocks through a bounded queue: memory stays at most
/// `maxQueuedBlocks` blocks however large the stream is, and a full queue makes feed() wait.
///
/// feed(), restart() and finish() are called from one thread (the uploader's); finished() is
/// emitted from the worker that completes a pass last, so receivers in other threads get it
/// queued.
class DigestPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestPipeline)
public:
    /// `algorithms`: Glance / hashlib names ("md5", "sha256", "sha512", "sha3_512", ...).
    /// Unknown ones are left out (isSupported()).
    explicit DigestPipeline(
        const QStringList &algorithms, int maxQueuedBlocks = 8, QObject *parent = nullptr);
    ~DigestPipeline() override;

    static bool isSupported(const QString &algorithm);
    QStringList algorithms() const;

    /// Hands the next consecutive block to every worker (shared, not copied). Waits while a
    /// worker's queue is full.
    void feed(const QByteArray &block);
    /// Forgets what was fed: the stream starts again from its first byte.
    void restart();
    /// The stream is complete: the workers finish their digests, then finished() is emitted.
    void finish();

    /// The last completed pass's digests (lower-case hex) by algorithm; empty until then.
    QMap<QString, QString> results() const;
    bool isComplete() const;
    /// Blocks until the current pass is complete or `timeoutMs` passed (tests, shutdown).
    bool waitForComplete(int timeoutMs) const;

Q_SIGNALS:
    void finished();

private:
    struct Item
    {
        enum class Kind
        {
            Data,
            Restart,
            End
        };
        Kind kind = Kind::Data;
        QByteArray data;
    };
    struct Worker
    {
        QString algorithm;
        std::thread thread;
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<Item> queue;
        bool stop = false;
    };

    void push(Worker &worker, Item item, bool wait);
    void run(Worker *worker);
    void workerDone(const QString &algorithm, const QString &hex, quint64 pass);

    std::vector<std::unique_ptr<Worker>> m_workers;
    const size_t m_maxQueued;
    mutable std::mutex m_resultMutex;
    mutable std::condition_variable m_resultChanged;
    QMap<QString, QString> m_pending; // this pass's digests so far
    QMap<QString, QString> m_results;
    quint64 m_pass = 0;        // incremented by restart() (uploader thread)
    quint64 m_resultPass = 0;  // the pass m_pending belongs to (under m_resultMutex)
    quint64 m_currentPass = 0; // copy of m_pass under m_resultMutex
    bool m_complete = false;
};
