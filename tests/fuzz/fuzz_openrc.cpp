// openrc files (app/cloud/openrcimport): read line by line, never run. The outside environment
// is empty, so the result depends on the input only.
#include "cloud/openrcimport.h"
#include "fuzz_common.h"

IW_FUZZ_TARGET(openrc)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray input = IwFuzz::bytes(data, size);
    (void)OpenrcImport::parse(input, QStringLiteral("fuzz-openrc.sh"), QProcessEnvironment());
    return 0;
}
