#include "tokenstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace DemoCloud {

TokenStore::TokenStore(qint64 lifetimeMs)
    : m_lifetimeMs(lifetimeMs)
{ }

QString TokenStore::issue(const QString &userId, const QString &projectId, TokenInfo *info)
{
    // Fernet tokens are opaque URL-safe base64 starting with "gAAAAA"; imitate the look so
    // clients do not assume a shape, and make them long enough to be unguessable.
    QByteArray raw(96, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    const QString token = u"gAAAAA"_s
        + QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Forget tokens long expired, so a demo cloud running for days stays small; recently
    // expired ones stay to be reported as "expired" rather than "invalid".
    const QDateTime forgetBefore = now.addSecs(-3600);
    m_tokens.removeIf([&forgetBefore](const QHash<QString, TokenInfo>::iterator &it) {
        return it.value().expiresAt < forgetBefore;
    });
    const TokenInfo issued{projectId, userId, now, now.addMSecs(m_lifetimeMs)};
    m_tokens.insert(token, issued);
    if (info)
        *info = issued;
    return token;
}

TokenStore::Check TokenStore::check(const QString &token, const TokenInfo **info) const
{
    if (token.isEmpty())
        return Check::Missing;
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return Check::Invalid;
    if (QDateTime::currentDateTimeUtc() >= it->expiresAt)
        return Check::Expired;
    if (info)
        *info = &it.value();
    return Check::Valid;
}

int TokenStore::revokeAll()
{
    const int count = int(m_tokens.size());
    m_tokens.clear();
    return count;
}

QString TokenStore::checkName(Check check)
{
    switch (check) {
    case Check::Missing:
        return u"missing"_s;
    case Check::Valid:
        return u"valid"_s;
    case Check::Invalid:
        return u"invalid"_s;
    case Check::Expired:
        return u"expired"_s;
    }
    return u"invalid"_s;
}

} // namespace DemoCloud
