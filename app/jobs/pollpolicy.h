#pragma once

#include <chrono>
#include <optional>

#include <QDateTime>

/// When to ask the cloud again about a running job. Pure, so it is tested with made-up times.
/// Frequent at first; backing off while nothing changes; sooner when process_percent predicts
/// the end; never more often than `minimum`, never less often than `maximum`.
struct PollPolicy
{
    std::chrono::milliseconds first{2000};
    std::chrono::milliseconds minimum{2000};
    std::chrono::milliseconds maximum{15000}; // an end is noticed within this (interfaces.md §8)
    /// With a progress rate the end is predicted, and approached half-way at a time, so a longer
    /// gap is safe while the end is far.
    std::chrono::milliseconds predictedMaximum{30000};
    /// Many jobs far from their predicted end share a request budget: their longest gap grows
    /// with the number of jobs followed, so that together they are asked about at most this
    /// often a second (a cloud throttles an account's API calls, and every request costs CPU),
    /// but never beyond `predictedCeiling`. Up to 600 jobs (30 s × 20) keep `predictedMaximum`.
    double farPollsPerSecond = 20.0;
    std::chrono::milliseconds predictedCeiling{120000};
    double growth = 1.6; // backoff factor while nothing changes
    double jitter = 0.1; // ± fraction

    /// While a profile's cloud cannot be reached its jobs wait and one probe asks whether it
    /// answers again: first after `probeFirst`, then `growth` times longer up to `probeMaximum`,
    /// each with ± `jitter`.
    std::chrono::milliseconds probeFirst{1000};
    std::chrono::milliseconds probeMaximum{30000};

    /// A Glance create whose answer was lost is sent again with the same client-chosen ID
    /// (safe: Glance answers 409 when the image exists) at most `createResends` times, first
    /// after `createResendFirst`, each wait twice the one before.
    int createResends = 3;
    std::chrono::milliseconds createResendFirst{2000};

    struct Sample
    {
        qint64 atMs = 0;      // when the answer arrived (monotonic ms)
        double progress = -1; // 0..1 or -1
    };

    /// The next interval after a poll. `previous` is the interval that led to this poll,
    /// `changed` whether anything (status, progress, task) changed, `first`/`last` two progress
    /// samples for a rate estimate. `random` in [0, 1). `followed`: how many jobs are followed
    /// now, this one included.
    std::chrono::milliseconds next(std::chrono::milliseconds previous,
        bool changed,
        const std::optional<Sample> &firstSample,
        const std::optional<Sample> &lastSample,
        double random,
        qsizetype followed = 1) const;

    /// The longest gap between two polls of a job whose end is predicted, with `followed` jobs.
    std::chrono::milliseconds predictedGap(qsizetype followed) const;

    /// The progress expected at `nowMs` between two polls (issue 12, defect 10): the last sample
    /// moved on at the rate measured from `firstSample` to `lastSample`, never behind the last
    /// sample and never at the end (at most 0.99: only the cloud says a job is done). None
    /// without a measured rate (fewer than two samples, no progress, or already done).
    static std::optional<double> estimate(const std::optional<Sample> &firstSample,
        const std::optional<Sample> &lastSample,
        qint64 nowMs);

    /// The wait before reachability probe number `probesSent` + 1 (0: the first), `random` in
    /// [0, 1): probeFirst × 2^probesSent, at most probeMaximum, ± jitter.
    std::chrono::milliseconds probeDelay(int probesSent, double random) const;
};
