#pragma once

#include <chrono>
#include <memory>

#include <QString>

#include "auth/keystonesession.h"
#include "cloud/cloudprofile.h"
#include "cloud/cloudsession.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobstore.h"
#include "jobs/pollpolicy.h"
#include "net/restclient.h"

/// What the integration tests of the flows and the monitor poll the demo cloud with (header
/// only: the support library does not link the core, the tests do).
namespace DemoSession {

/// Retries after 50 ms, at most 200 ms apart: the demo cloud answers at once, and the faults
/// the tests arm would otherwise wait out the real back-off.
inline RestOptions fastRetries()
{
    using namespace std::chrono_literals;
    RestOptions o;
    o.retry.base = 50ms;
    o.retry.cap = 200ms;
    return o;
}

/// A session of `profile` (the demo profile by default) that signs in with the demo cloud's
/// published password. `client` must outlive it.
inline std::unique_ptr<CloudSession> open(RestClient *client, const CloudProfile &profile)
{
    auto session = std::make_unique<CloudSession>(client, profile);
    session->auth()->setPassword(QStringLiteral("demo"));
    return session;
}

/// Polls often enough that a test sees a job's end within about a second of the cloud's:
/// first after 300 ms, then every 200 ms to 1 s; a lost Glance create sent again after 200 ms.
inline PollPolicy fastPolls()
{
    using namespace std::chrono_literals;
    PollPolicy fast;
    fast.first = 300ms;
    fast.minimum = 200ms;
    fast.maximum = 1000ms;
    fast.predictedMaximum = 1000ms;
    fast.createResendFirst = 200ms;
    return fast;
}

/// A monitor keeping its jobs in `storePath`, polling with `policy`, every job with `session`.
inline std::unique_ptr<JobMonitor> monitor(
    const QString &storePath, CloudSession *session, const PollPolicy &policy = fastPolls())
{
    auto m = std::make_unique<JobMonitor>(JobStore(storePath));
    m->setPollPolicy(policy);
    m->setSessionResolver([session](const QString &) { return session; });
    return m;
}

} // namespace DemoSession
