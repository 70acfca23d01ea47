// Error bodies (ApiError::parseServiceBody): IMS, Keystone, Nova/Cinder JSON, HTML or plain
// text from a proxy; then the message the user would see.
#include "fuzz_common.h"
#include "net/apierror.h"

IW_FUZZ_TARGET(apierror)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    ApiError error = ApiError::make(ApiError::Kind::Http);
    error.httpStatus = size > 0 ? 400 + data[0] % 200 : 500;
    ApiError::parseServiceBody(IwFuzz::bytes(data, size), &error);
    (void)error.userMessage();
    (void)error.outcomeUnknown();
    return 0;
}
