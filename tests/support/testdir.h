#pragma once

#include <QTemporaryDir>

/// The QTemporaryDir of the test suite. Under ctest (IW_KEEP_TEST_FILES set, TMPDIR the suite's
/// own folder) it is kept after the test, so tests/canary/check.sh can grep every file the
/// test's processes wrote there (settings, job stores, logs) for secrets and tokens; the check
/// then deletes the folder. Run by hand, it is removed as usual.
class TestDir : public QTemporaryDir
{
public:
    TestDir() { keepForCanaryCheck(); }
    explicit TestDir(const QString &templatePath)
        : QTemporaryDir(templatePath)
    {
        keepForCanaryCheck();
    }

private:
    void keepForCanaryCheck()
    {
        if (qEnvironmentVariableIsSet("IW_KEEP_TEST_FILES"))
            setAutoRemove(false);
    }
};
