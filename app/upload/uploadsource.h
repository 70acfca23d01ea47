#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include "net/streamupload.h"

class DigestPipeline;

/// A local image file as an upload body (PUT /v2/images/{id}/file), never read into memory.
/// Random access with a known size: sent with Content-Length, never buffered, rewound to resend
/// (by StreamUpload, or by QNetworkAccessManager: reference/reliability.md §4). The file is
/// read in large blocks (BlockSize) that serve small reads and are handed, shared, to a
/// DigestPipeline that hashes them on worker threads while the bytes go out. Memory stays a few
/// blocks whatever the file's size. A rewind to 0 restarts the digests; any other seek makes
/// them unusable (digestsValid()). As a StreamBody, StreamUpload takes the blocks themselves
/// (readChunk(), no copy) on its worker thread; the file is then read and the digests fed there.
class UploadSource final : public QIODevice, public StreamBody
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadSource)
public:
    static constexpr qint64 BlockSize = 4 * 1024 * 1024;

    /// `algorithms` as DigestPipeline takes them ("md5", "sha512").
    UploadSource(const QString &path, const QStringList &algorithms, QObject *parent = nullptr);
    /// Closes first: an upload still reading it (StreamUpload) lets go of it before it goes.
    ~UploadSource() override;

    /// Opens the file read-only (unbuffered: the blocks are our buffer). False with
    /// errorString() when it cannot be read.
    bool open(OpenMode mode) override;
    void close() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    /// StreamBody: the rest of the current block (the whole block, shared, when the position is
    /// at its start, as in a sequential pass), at most `maxSize` bytes.
    QByteArray readChunk(qint64 maxSize) override;

    DigestPipeline *digests() const { return m_digests; }
    /// False once the stream was read out of order (the digests then do not describe it).
    bool digestsValid() const { return m_digestsValid; }
    /// Bytes read from the file so far in this pass (blocks, not what Qt has sent).
    qint64 bytesRead() const { return m_hashedUpTo; }
    QString path() const { return m_file.fileName(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool loadBlock(qint64 at);
    QByteArray takeBuffer();

    QFile m_file;
    DigestPipeline *m_digests = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    QByteArray m_block;
    qint64 m_blockStart = 0;
    qint64 m_hashedUpTo = 0;  // the next byte the digests expect
    QList<QByteArray> m_pool; // blocks to reuse once the workers are done with them
    bool m_digestsValid = true;
};
