#pragma once

#include <functional>

#include <QString>

#include "httptypes.h"

struct evp_md_ctx_st;

namespace DemoCloud {

/// The body sink of PUT /v2/images/{id}/file: never keeps the bytes, only counts them and
/// computes MD5 (Glance's `checksum`) and SHA-512 (`os_hash_value`, Glance's default
/// `hashing_algorithm`) as they arrive, with libcrypto. `onFirstByte` marks the image saving;
/// `onAbandoned` runs when the sink goes away without the handler having committed it (the
/// client dropped the connection mid-way: Glance puts the image back to queued).
class GlanceUploadSink final : public HttpBodySink
{
public:
    /// `sha256`: also hash the body with SHA-256 (an AK/SK-signed upload, whose signature
    /// covers it).
    GlanceUploadSink(QString imageId,
        std::function<void()> onFirstByte,
        std::function<void()> onAbandoned,
        bool sha256 = false);
    ~GlanceUploadSink() override;

    bool write(QByteArrayView chunk) override;
    qint64 size() const override { return m_size; }
    QByteArray payloadSha256Hex() override;

    const QString &imageId() const { return m_imageId; }
    /// Finishes the digests (lower-case hex) and marks the sink committed.
    void finish(QString *md5, QString *sha512);

private:
    QString m_imageId;
    std::function<void()> m_onFirstByte;
    std::function<void()> m_onAbandoned;
    evp_md_ctx_st *m_md5 = nullptr;
    evp_md_ctx_st *m_sha512 = nullptr;
    evp_md_ctx_st *m_sha256 = nullptr; // only for a signed upload
    QByteArray m_sha256Hex;
    qint64 m_size = 0;
    bool m_committed = false;
};

} // namespace DemoCloud
