// Response headers the app reads: Retry-After in both forms (parseRetryAfter, then the retry
// delay it gives) and Date for the clock skew (AkSkSigner::clockSkewSeconds). A fixed "now", so
// the same input always takes the same path.
#include <QDateTime>

#include "auth/aksksigner.h"
#include "fuzz_common.h"
#include "net/retrypolicy.h"

IW_FUZZ_TARGET(headers)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray value = IwFuzz::bytes(data, size);
    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    const auto retryAfter = parseRetryAfter(value, now);
    const RetryPolicy policy;
    (void)policy.delay(2, retryAfter, [] { return 0.5; });
    (void)AkSkSigner::clockSkewSeconds(value, now);
    return 0;
}
