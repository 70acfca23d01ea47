#include "upload/uploadsource.h"

#include <cstring>

#include "upload/digestpipeline.h"

namespace {
// Blocks (4 MiB, read by StreamUpload) a digest worker may lag behind the socket: enough to
// ride out a stall of the hashing threads, and the bound of the upload's memory when the CPU is
// short. 4 was tried against the real Glance, 4 GiB, quiet machine: the same 40 MiB peak, no
// faster (docs/benchmarks.md).
constexpr int DigestQueueBlocks = 8;
} // namespace

UploadSource::UploadSource(const QString &path, const QStringList &algorithms, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_digests(new DigestPipeline(algorithms, DigestQueueBlocks, this))
{ }

UploadSource::~UploadSource()
{
    if (isOpen())
        close(); // aboutToClose(): a StreamUpload stops reading it, synchronously
}

bool UploadSource::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    m_pos = 0;
    m_hashedUpTo = 0;
    m_block.clear();
    m_blockStart = 0;
    m_digestsValid = true;
    if (m_size == 0)
        m_digests->finish(); // nothing to read: the empty stream's digests
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void UploadSource::close()
{
    QIODevice::close(); // aboutToClose() first: a reader on another thread lets go of us
    m_file.close();
    m_block.clear();
    m_pool.clear();
}

bool UploadSource::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    QIODevice::seek(pos);
    m_pos = pos;
    return true;
}

bool UploadSource::atEnd() const
{
    return m_pos >= m_size;
}

qint64 UploadSource::bytesAvailable() const
{
    return (m_size - m_pos) + QIODevice::bytesAvailable();
}

QByteArray UploadSource::takeBuffer()
{
    // A block the workers have finished with is referenced by the pool alone: reuse it, so a
    // long upload does not allocate (and fault in) 4 MiB per block.
    for (qsizetype i = 0; i < m_pool.size(); ++i) {
        if (m_pool.at(i).isDetached()) {
            QByteArray reused = m_pool.takeAt(i);
            return reused;
        }
    }
    return QByteArray(qsizetype(BlockSize), Qt::Uninitialized);
}

bool UploadSource::loadBlock(qint64 at)
{
    if (at == 0 && m_hashedUpTo > 0) {
        m_digests->restart(); // Qt rewound to send the body again
        m_hashedUpTo = 0;
        m_digestsValid = true;
    }
    QByteArray block = takeBuffer();
    block.resize(qsizetype(BlockSize));
    const qint64 wanted = std::min(BlockSize, m_size - at);
    if (!m_file.seek(at)) {
        setErrorString(m_file.errorString());
        return false;
    }
    qint64 got = 0;
    while (got < wanted) {
        const qint64 n = m_file.read(block.data() + got, wanted - got);
        if (n <= 0) {
            //: the image file got shorter while it was being uploaded
            setErrorString(n < 0 ? m_file.errorString()
                                 : tr("the file became shorter while it was being read"));
            return false;
        }
        got += n;
    }
    block.resize(qsizetype(got));
    if (at == m_hashedUpTo) {
        m_digests->feed(block);
        m_hashedUpTo += got;
        if (m_hashedUpTo == m_size)
            m_digests->finish();
    } else if (at > m_hashedUpTo) {
        m_digestsValid = false; // a gap: what is hashed is not the stream
    }
    if (!m_block.isNull())
        m_pool.append(std::exchange(m_block, {}));
    while (m_pool.size() > 10)
        m_pool.removeFirst();
    m_block = std::move(block);
    m_blockStart = at;
    return true;
}

qint64 UploadSource::readData(char *data, qint64 maxSize)
{
    if (m_pos >= m_size)
        return -1;
    // Fills the request across block boundaries: QIODevice takes a short read for the end.
    qint64 done = 0;
    while (done < maxSize && m_pos < m_size) {
        if (m_block.isEmpty() || m_pos < m_blockStart || m_pos >= m_blockStart + m_block.size()) {
            if (!loadBlock(m_pos))
                return done > 0 ? done : -1;
        }
        const qint64 offset = m_pos - m_blockStart;
        const qint64 n = std::min(maxSize - done, qint64(m_block.size()) - offset);
        std::memcpy(data + done, m_block.constData() + offset, size_t(n));
        m_pos += n;
        done += n;
    }
    return done;
}

QByteArray UploadSource::readChunk(qint64 maxSize)
{
    if (m_pos >= m_size || maxSize <= 0)
        return {};
    if (m_block.isEmpty() || m_pos < m_blockStart || m_pos >= m_blockStart + m_block.size()) {
        if (!loadBlock(m_pos))
            return {};
    }
    const qint64 offset = m_pos - m_blockStart;
    const qint64 n = std::min(maxSize, qint64(m_block.size()) - offset);
    QByteArray chunk = offset == 0 && n == m_block.size()
        ? m_block // shared: the pool reuses it once the socket has sent it
        : m_block.mid(qsizetype(offset), qsizetype(n));
    m_pos += n;
    QIODevice::seek(m_pos);
    return chunk;
}

qint64 UploadSource::writeData(const char *, qint64)
{
    return -1;
}
