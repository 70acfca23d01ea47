// DemoCloudLauncher (issue 12, defect 11): the demo cloud starts again after a failed start
// (missing program, taken port, an unexpected first line, no answer in time) and after a
// stop; stop() returns while the child still runs and stopped() reports its end; a child that
// ignores SIGTERM is killed after the grace period; destroying the launcher (the app's exit)
// leaves no process behind.
#include <memory>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include "cloud/democloudlauncher.h"
#include "support/democloudprocess.h"
#include "support/testdir.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool processExists(qint64 pid)
{
    return pid > 0 && QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

} // namespace

class tst_DemoCloudLauncher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsAgainAfterAFailedStart_data();
    void startsAgainAfterAFailedStart();
    void stopReturnsAtOnceThenStartsAgain();
    void stopKillsAChildThatIgnoresTerminate();
    void destructorLeavesNoProcess_data();
    void destructorLeavesNoProcess();

private:
    /// An executable shell script in the test folder (it ignores the launcher's arguments).
    QString script(const QString &name, const QByteArray &body);
    std::unique_ptr<DemoCloudLauncher> makeLauncher();

    TestDir m_dir;
};

void tst_DemoCloudLauncher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(DemoCloudProcess::executablePath()).isExecutable());
}

QString tst_DemoCloudLauncher::script(const QString &name, const QByteArray &body)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write("#!/bin/sh\n" + body) < 0)
        return {};
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    return f.fileName();
}

std::unique_ptr<DemoCloudLauncher> tst_DemoCloudLauncher::makeLauncher()
{
    auto launcher = std::make_unique<DemoCloudLauncher>();
    launcher->setProgram(DemoCloudProcess::executablePath());
    launcher->setStateDir(m_dir.filePath(u"democloud"_s));
    return launcher;
}

void tst_DemoCloudLauncher::startsAgainAfterAFailedStart_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("missing program") << u"missing"_s;
    QTest::newRow("taken port") << u"port"_s;
    QTest::newRow("unexpected first line") << u"line"_s;
    QTest::newRow("no answer in time") << u"silent"_s;
}

void tst_DemoCloudLauncher::startsAgainAfterAFailedStart()
{
    QFETCH(QString, failure);
    auto launcher = makeLauncher();
    QSignalSpy started(launcher.get(), &DemoCloudLauncher::started);
    QSignalSpy failed(launcher.get(), &DemoCloudLauncher::failed);
    QTcpServer taken;
    if (failure == u"missing") {
        launcher->setProgram(m_dir.filePath(u"no-such-democloud"_s));
    } else if (failure == u"port") {
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        launcher->setExtraArguments({u"--port"_s, QString::number(taken.serverPort())});
    } else if (failure == u"line") {
        launcher->setProgram(script(u"chatty.sh"_s, "echo hello\nexec sleep 60\n"));
    } else {
        launcher->setProgram(script(u"silent.sh"_s, "exec sleep 60\n"));
        launcher->setStartTimeout(300ms);
    }

    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QCOMPARE(started.size(), 0);
    QVERIFY(!launcher->isRunning());

    // The operator chooses Start Demo Cloud again, and this time it can start.
    launcher->setProgram(DemoCloudProcess::executablePath());
    launcher->setExtraArguments({});
    launcher->setStartTimeout(15s);
    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    QVERIFY(launcher->isRunning());
    QCOMPARE(launcher->authUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(started.constFirst().at(0).toUrl(), launcher->authUrl());
    QCOMPARE(failed.size(), 1);
}

void tst_DemoCloudLauncher::stopReturnsAtOnceThenStartsAgain()
{
    auto launcher = makeLauncher();
    QSignalSpy started(launcher.get(), &DemoCloudLauncher::started);
    QSignalSpy failed(launcher.get(), &DemoCloudLauncher::failed);
    QSignalSpy stopped(launcher.get(), &DemoCloudLauncher::stopped);
    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    const qint64 pid = launcher->processId();
    QVERIFY(processExists(pid));

    launcher->stop();
    // It returned without waiting: the child has not been seen to end yet (that needs the
    // event loop), so the GUI thread was not blocked on it.
    QVERIFY(launcher->hasProcess());
    QVERIFY(launcher->isStopping());
    QVERIFY(!launcher->isRunning());
    QCOMPARE(stopped.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QVERIFY(!launcher->hasProcess());
    QVERIFY(!launcher->isStopping());
    QVERIFY(!processExists(pid));
    QCOMPARE(failed.size(), 0); // a stop that was asked for is no failure

    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 20000);
    QVERIFY(launcher->isRunning());
    QVERIFY(launcher->processId() != pid);

    // A start asked for while a stop is under way follows once the old child has ended.
    launcher->stop();
    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 20000);
    QCOMPARE(stopped.size(), 2);
    QVERIFY(launcher->isRunning());
    QCOMPARE(failed.size(), 0);
}

void tst_DemoCloudLauncher::stopKillsAChildThatIgnoresTerminate()
{
    auto launcher = makeLauncher();
    // Ignored signals stay ignored across exec: sleep ignores SIGTERM too.
    launcher->setProgram(
        script(u"stubborn.sh"_s, "trap '' TERM\necho http://127.0.0.1:9/v3\nexec sleep 60\n"));
    launcher->setStopGrace(300ms);
    QSignalSpy started(launcher.get(), &DemoCloudLauncher::started);
    QSignalSpy stopped(launcher.get(), &DemoCloudLauncher::stopped);
    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    const qint64 pid = launcher->processId();

    launcher->stop();
    QVERIFY(launcher->hasProcess());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20000);
    QVERIFY(!launcher->hasProcess());
    QVERIFY(!processExists(pid));
}

void tst_DemoCloudLauncher::destructorLeavesNoProcess_data()
{
    QTest::addColumn<bool>("stubborn");
    QTest::newRow("demo cloud") << false;
    QTest::newRow("ignores SIGTERM") << true;
}

void tst_DemoCloudLauncher::destructorLeavesNoProcess()
{
    QFETCH(bool, stubborn);
    auto launcher = makeLauncher();
    if (stubborn) {
        launcher->setProgram(
            script(u"stubborn.sh"_s, "trap '' TERM\necho http://127.0.0.1:9/v3\nexec sleep 60\n"));
        launcher->setStopGrace(300ms);
    }
    QSignalSpy started(launcher.get(), &DemoCloudLauncher::started);
    launcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
    const qint64 pid = launcher->processId();
    QVERIFY(processExists(pid));
    if (stubborn)
        launcher->stop(); // under way when the app quits
    launcher.reset();     // the app's exit: a bounded wait, then nothing is left
    QVERIFY(!processExists(pid));
}

QTEST_MAIN(tst_DemoCloudLauncher)
#include "tst_democloudlauncher.moc"
