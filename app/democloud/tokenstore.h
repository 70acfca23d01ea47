#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace DemoCloud {

struct TokenInfo
{
    QString projectId;
    QString userId;
    QDateTime issuedAt;
    QDateTime expiresAt;
};

/// Issued Keystone tokens, in memory only (never persisted, never logged). Expired tokens are
/// kept so a request with one can be told apart from one with an unknown token.
class TokenStore
{
public:
    enum class Check
    {
        Missing,
        Valid,
        Invalid, // unknown, or revoked through /__demo/tokens/revoke
        Expired
    };

    explicit TokenStore(qint64 lifetimeMs);

    /// A new random token for the user and project, valid for the configured lifetime.
    QString issue(const QString &userId, const QString &projectId, TokenInfo *info);
    Check check(const QString &token, const TokenInfo **info = nullptr) const;
    /// Forgets every token; returns how many there were.
    int revokeAll();

    static QString checkName(Check check); // "valid", "missing", "invalid", "expired"

private:
    qint64 m_lifetimeMs;
    QHash<QString, TokenInfo> m_tokens;
};

} // namespace DemoCloud
