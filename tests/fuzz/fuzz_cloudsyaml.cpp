// clouds.yaml and secure.yaml (app/cloud/cloudsyamlimport, yaml-cpp): what the Import dialog and
// `submit` with OS_CLOUD read. An input with a line "#secure" is split there: the part before is
// the clouds.yaml, the part after its secure.yaml; otherwise the input is read as a clouds.yaml
// and also as the secure.yaml of a small valid clouds.yaml.
#include "cloud/cloudsyamlimport.h"
#include "fuzz_common.h"

IW_FUZZ_TARGET(cloudsyaml)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    const QByteArray input = IwFuzz::bytes(data, size);
    const QString clouds = QStringLiteral("clouds.yaml");
    const QString secure = QStringLiteral("secure.yaml");
    const qsizetype split = input.indexOf("\n#secure\n");
    if (split >= 0) {
        (void)CloudsYamlImport::parse(input.left(split), clouds, input.mid(split + 9), secure);
        return 0;
    }
    (void)CloudsYamlImport::parse(input, clouds);
    static const QByteArray base =
        "clouds:\n  x:\n    auth:\n      auth_url: https://k.example/v3\n"
        "      username: u\n      project_name: p\n";
    (void)CloudsYamlImport::parse(base, clouds, input, secure);
    return 0;
}
