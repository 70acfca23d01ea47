#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QDateTime>

/// When and how often an idempotent request is tried again. Pure: tests drive it directly.
/// Capped exponential backoff with full jitter; a server's Retry-After wins when it is longer.
struct RetryPolicy
{
    int maxAttempts = 4; // first try included
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{30000};
    std::chrono::milliseconds maxRetryAfter{120000}; // a longer Retry-After ends the retries

    /// Delay before attempt `attempt` (2 = first retry). `random` returns [0, 1).
    std::chrono::milliseconds delay(int attempt,
        std::optional<std::chrono::milliseconds> retryAfter,
        const std::function<double()> &random) const;
};

/// Parses Retry-After in both forms (delta-seconds and HTTP-date, RFC 9110 §10.2.3).
std::optional<std::chrono::milliseconds> parseRetryAfter(
    const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());
