#include "jobs/pollpolicy.h"

#include <algorithm>

using namespace std::chrono;

milliseconds PollPolicy::next(milliseconds previous,
    bool changed,
    const std::optional<Sample> &firstSample,
    const std::optional<Sample> &lastSample,
    double random,
    qsizetype followed) const
{
    double interval = double(previous.count() > 0 ? previous.count() : first.count());
    double upper = double(maximum.count());
    if (!changed)
        interval *= growth; // nothing new: ask less often
    // When progress moves, predict the end from the average rate and close in on it: ask just
    // after the predicted end when it is near, half-way there while it is far, so a wrong
    // estimate is corrected on the way.
    if (firstSample && lastSample && lastSample->progress > firstSample->progress
        && lastSample->atMs > firstSample->atMs && lastSample->progress < 1.0) {
        const double rate = (lastSample->progress - firstSample->progress)
            / double(lastSample->atMs - firstSample->atMs); // fraction per ms
        const double target = (1.0 - lastSample->progress) / rate + 500.0;
        interval = target <= 2.0 * interval ? target : target / 2.0;
        upper = double(std::max(maximum, predictedGap(followed)).count());
    }
    interval = std::clamp(interval, double(minimum.count()), upper);
    const double j = 1.0 + jitter * (2.0 * std::clamp(random, 0.0, 1.0) - 1.0);
    return milliseconds(qint64(std::max(double(minimum.count()), interval * j)));
}

milliseconds PollPolicy::predictedGap(qsizetype followed) const
{
    const double budgeted =
        farPollsPerSecond > 0 ? double(followed) / farPollsPerSecond * 1000.0 : 0;
    const double ceiling = double(std::max(predictedCeiling, predictedMaximum).count());
    return milliseconds(
        qint64(std::max(double(predictedMaximum.count()), std::min(budgeted, ceiling))));
}

std::optional<double> PollPolicy::estimate(
    const std::optional<Sample> &firstSample, const std::optional<Sample> &lastSample, qint64 nowMs)
{
    if (!firstSample || !lastSample || lastSample->progress <= firstSample->progress
        || lastSample->atMs <= firstSample->atMs || lastSample->progress >= 1.0
        || firstSample->progress < 0.0)
        return std::nullopt;
    constexpr double Ceiling = 0.99;
    if (lastSample->progress >= Ceiling)
        return std::nullopt;
    const double rate = (lastSample->progress - firstSample->progress)
        / double(lastSample->atMs - firstSample->atMs); // fraction per ms
    const double since = double(std::max<qint64>(0, nowMs - lastSample->atMs));
    return std::clamp(lastSample->progress + rate * since, lastSample->progress, Ceiling);
}

milliseconds PollPolicy::probeDelay(int probesSent, double random) const
{
    const double cap = double(std::max(probeMaximum, probeFirst).count());
    double interval = double(probeFirst.count());
    for (int i = 0; i < probesSent && interval < cap; ++i)
        interval *= 2.0;
    interval = std::min(interval, cap);
    const double j = 1.0 + jitter * (2.0 * std::clamp(random, 0.0, 1.0) - 1.0);
    return milliseconds(qint64(std::max(1.0, interval * j)));
}
