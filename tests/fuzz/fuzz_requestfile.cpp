// Request files (app/create/requestfile): what `imagewright submit FILE` and the wizard's Open
// read. Parsed and validated; a valid file is also turned into the request it describes and the
// body it would send.
#include "create/requestfile.h"
#include "fuzz_common.h"

IW_FUZZ_TARGET(requestfile)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    RequestFile::Problems problems;
    // A folder that does not exist: relative params.file paths resolve to nothing.
    const auto file = RequestFile::parse(
        IwFuzz::bytes(data, size), QStringLiteral("/nonexistent/iw-fuzz"), &problems);
    if (!file)
        return 0;
    (void)file->imageName();
    (void)file->resolvedFile();
    (void)file->imsEcsRequest();
    (void)file->glanceCreateRequest();
    (void)file->bodyForSending(QStringLiteral("00000000-0000-4000-8000-000000000000"));
    (void)file->toBytes();
    return 0;
}
