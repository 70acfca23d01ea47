#pragma once

#include <QFile>
#include <QString>

#include "httptypes.h"

struct evp_md_ctx_st;

namespace DemoCloud {

/// The body of an object PUT or an UploadPart: written to a data file of the object storage as
/// it arrives, with its MD5 (the ETag, Content-MD5's check) and SHA-256 (a signed payload's
/// check) computed by libcrypto. The file is deleted with the sink unless take() claimed it
/// (the request was refused, or the client went away mid-way).
class ObsUploadSink final : public HttpBodySink
{
public:
    /// `path`: the data file to write; `fileName`: its name in the store.
    ObsUploadSink(const QString &path, QString fileName);
    ~ObsUploadSink() override;

    bool write(QByteArrayView chunk) override;
    qint64 size() const override { return m_size; }
    QByteArray payloadSha256Hex() override;

    /// The raw 16-byte MD5 of the body.
    QByteArray md5();
    /// Closes the file and hands it to the store: it is kept from now on. Returns its name.
    QString take();

private:
    void finishDigests();

    QFile m_file;
    QString m_fileName;
    evp_md_ctx_st *m_md5 = nullptr;
    evp_md_ctx_st *m_sha256 = nullptr;
    QByteArray m_md5Raw;
    QByteArray m_sha256Hex;
    qint64 m_size = 0;
    bool m_ok = true;
    bool m_taken = false;
};

} // namespace DemoCloud
