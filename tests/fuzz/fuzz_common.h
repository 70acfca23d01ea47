#pragma once
// Shared by every libFuzzer harness of tests/fuzz (docs/fuzzing.md). A harness is one file:
//
//     IW_FUZZ_TARGET(name) { ...feed data/size to one parser...; return 0; }
//
// In the fuzz preset (clang, IW_FUZZ=ON) each file is its own executable and the macro names
// libFuzzer's LLVMFuzzerTestOneInput. In the default build the same files are compiled with
// IW_FUZZ_REPLAY into one gcc executable, fuzz_replay, where each entry is iw_fuzz_<name> and a
// small main() replays the corpus and regression inputs through it (a ctest).
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QCoreApplication>

#ifdef IW_FUZZ_REPLAY
#define IW_FUZZ_TARGET(name) extern "C" int iw_fuzz_##name(const uint8_t *data, size_t size)
#else
#define IW_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

namespace IwFuzz {

/// The input as a QByteArray that shares nothing with libFuzzer's buffer (a copy, so reads past
/// the end stay ASan's to find in our parsers, not hidden in Qt's own checks).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Logs (qDebug, qCInfo, ...) are dropped: they only slow the run.
inline void silence()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// A QCoreApplication for the parsers that need an event loop (the demo cloud's connection):
/// made once, on the first input, and kept (libFuzzer never returns from its loop).
inline QCoreApplication *application()
{
    if (QCoreApplication *existing = QCoreApplication::instance())
        return existing;
    static int argc = 1;
    static char name[] = "iw-fuzz";
    static char *argv[] = {name, nullptr};
    silence();
    static QCoreApplication app(argc, argv);
    return &app;
}

} // namespace IwFuzz
