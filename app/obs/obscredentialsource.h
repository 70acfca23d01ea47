#pragma once

#include <functional>

#include "net/apierror.h"
#include "obs/sigv4signer.h"

class QObject;

/// Where S3Auth gets the keys it signs with when they are not fixed (a cloud profile's): IAM
/// temporary keys fetched and renewed before they expire (IamTemporaryCredentials), or an
/// AK/SK profile's own keys read from the keychain when first needed. S3Auth asks before every
/// attempt of every request, so a retry during a long upload is signed with keys that are still
/// valid. GUI thread.
class ObsCredentialSource
{
public:
    using Callback =
        std::function<void(const SigV4Signer::Credentials &credentials, const ApiError &error)>;
    virtual ~ObsCredentialSource() = default;

    /// Calls `callback` later (from the event loop) with keys valid for a while, or an error.
    /// Concurrent callers share one fetch. `context` bounds the call.
    virtual void withCredentials(QObject *context, Callback callback) = 0;
};
