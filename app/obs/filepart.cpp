#include "obs/filepart.h"

#include <memory>

#include <openssl/evp.h>

FilePart::FilePart(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{ }

FilePart::~FilePart()
{
    close();
}

bool FilePart::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset + m_length || !m_file.seek(m_offset)) {
        setErrorString(tr("The file is shorter than expected."));
        m_file.close();
        return false;
    }
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FilePart::close()
{
    if (!isOpen())
        return;
    QIODevice::close();
    m_file.close();
}

bool FilePart::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FilePart::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return -1;
    const qint64 got = m_file.read(data, std::min(maxSize, left));
    if (got < 0)
        setErrorString(m_file.errorString());
    return got;
}

qint64 FilePart::writeData(const char *, qint64)
{
    return -1;
}

QByteArray FilePart::md5(const QString &path, qint64 offset, qint64 length, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !file.seek(offset)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(ctx.get(), EVP_md5(), nullptr);
    QByteArray buffer(256 * 1024, Qt::Uninitialized); // per part in flight: keep it small
    qint64 left = length;
    while (left > 0) {
        const qint64 got = file.read(buffer.data(), std::min<qint64>(buffer.size(), left));
        if (got <= 0) {
            if (error)
                *error = got < 0 ? file.errorString() : tr("The file is shorter than expected.");
            return {};
        }
        EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(got));
        left -= got;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &size);
    return QByteArray(reinterpret_cast<const char *>(digest), int(size));
}
