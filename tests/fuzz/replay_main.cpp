// fuzz_replay, fuzz_replay_democloud [DIR...]: every file under DIR/<harness>/ (default:
// tests/fuzz/corpus and tests/fuzz/regressions) fed to that harness's entry point, in a normal gcc
// build without libFuzzer, so CI replays the corpora and the inputs of past findings in seconds
// (docs/fuzzing.md). A crash fails the test; so does a harness with no input at all.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include "fuzz_common.h"

#define IW_FUZZ_DECLARE(name) extern "C" int iw_fuzz_##name(const uint8_t *data, size_t size);

namespace {

struct Harness
{
    const char *name;
    int (*run)(const uint8_t *, size_t);
};

} // namespace

// The demo cloud and the client core cannot share an executable (interfaces.md §1: each has
// its own code, and both define some of the same symbols): two replay executables.
#ifdef IW_FUZZ_REPLAY_DEMOCLOUD
IW_FUZZ_DECLARE(httpconnection)
static const Harness Harnesses[] = {
    {"httpconnection", iw_fuzz_httpconnection},
};
#else
IW_FUZZ_DECLARE(requestfile)
IW_FUZZ_DECLARE(cloudsyaml)
IW_FUZZ_DECLARE(openrc)
IW_FUZZ_DECLARE(keystone)
IW_FUZZ_DECLARE(imsjob)
IW_FUZZ_DECLARE(models)
IW_FUZZ_DECLARE(apierror)
IW_FUZZ_DECLARE(headers)
IW_FUZZ_DECLARE(s3xml)
IW_FUZZ_DECLARE(imagefileformat)
IW_FUZZ_DECLARE(httpresponse)
static const Harness Harnesses[] = {
    {"requestfile", iw_fuzz_requestfile},
    {"cloudsyaml", iw_fuzz_cloudsyaml},
    {"openrc", iw_fuzz_openrc},
    {"keystone", iw_fuzz_keystone},
    {"imsjob", iw_fuzz_imsjob},
    {"models", iw_fuzz_models},
    {"apierror", iw_fuzz_apierror},
    {"headers", iw_fuzz_headers},
    {"s3xml", iw_fuzz_s3xml},
    {"imagefileformat", iw_fuzz_imagefileformat},
    {"httpresponse", iw_fuzz_httpresponse},
};
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    IwFuzz::silence();
    QStringList roots = app.arguments().mid(1);
    if (roots.isEmpty())
        roots = QStringList{
            QStringLiteral(IW_FUZZ_DIR "/corpus"), QStringLiteral(IW_FUZZ_DIR "/regressions")};
    QTextStream out(stdout);
    int failures = 0;
    for (const Harness &h : Harnesses) {
        QElapsedTimer timer;
        timer.start();
        int inputs = 0;
        for (const QString &root : roots) {
            QDirIterator it(QDir(root).filePath(QLatin1String(h.name)),
                QDir::Files | QDir::Hidden,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (!f.open(QIODevice::ReadOnly)) {
                    out << "cannot read " << f.fileName() << Qt::endl;
                    ++failures;
                    continue;
                }
                const QByteArray input = f.readAll();
                h.run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
                ++inputs;
            }
        }
        out << h.name << ": " << inputs << " inputs in " << timer.elapsed() << " ms" << Qt::endl;
        if (inputs == 0) {
            out << "  no input found for " << h.name << " under " << roots.join(u", ") << Qt::endl;
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}
