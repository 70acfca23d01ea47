#pragma once

#include <QByteArray>

/// What the demo cloud's two signature checks share (AkSkGateway: Huawei's SDK-HMAC-SHA256;
/// S3SigV4Check: AWS Signature V4): RFC 3986 encoding, SHA-256 and HMAC-SHA256 (libcrypto).
namespace SigningPrimitives {

/// Unreserved characters stay, every other byte is %XX (upper-case hex).
QByteArray uriEncode(const QByteArray &decoded);
/// SHA-256 of `data`, lower-case hex.
QByteArray sha256Hex(const QByteArray &data);
/// HMAC-SHA256 of `data` with `key`, raw bytes.
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);

} // namespace SigningPrimitives
