// The real OS keychain: gnome-keyring's Secret Service under dbus-run-session (label keychain),
// and the behaviour when there is no Secret Service at all (label core).
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "secrets/keychainstore.h"
#include "secrets/secretstore.h"
#include "support/canary.h"

using namespace Qt::StringLiterals;

class tst_Keychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void notFound();
    void removeMissingIsFine();
    void memoryStore();
    void noSecretService();

private:
    QString freshKey() const;
};

void tst_Keychain::initTestCase()
{
    qRegisterMetaType<SecretError>();
}

QString tst_Keychain::freshKey() const
{
    return SecretStore::keyFor(
        QUuid::createUuid().toString(QUuid::WithoutBraces), SecretKind::Password);
}

void tst_Keychain::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("ascii") << Canary::password; // also: never in a log (tests/canary)
    QTest::newRow("unicode") << u"パスワード-contraseña-密码-🔑"_s;
    QTest::newRow("long") << QString(4000, u'x');
    QTest::newRow("spaces and quotes") << u" a \"b\" 'c' "_s;
}

void tst_Keychain::roundTrip()
{
    if (qEnvironmentVariableIsSet("IW_NO_KEYCHAIN"))
        QSKIP("this run has no Secret Service on purpose");
    QFETCH(QString, secret);
    KeychainStore store;
    const QString key = freshKey();
    QSignalSpy written(&store, &SecretStore::writeDone);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.write(key, secret);
    QVERIFY(written.wait(15000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));

    QSignalSpy read(&store, &SecretStore::readDone);
    store.read(key);
    QVERIFY(read.wait(15000));
    QCOMPARE(read.at(0).at(0).toString(), key);
    QCOMPARE(read.at(0).at(1).toString(), secret);

    QSignalSpy removed(&store, &SecretStore::removeDone);
    store.remove(key);
    QVERIFY(removed.wait(15000));
    read.clear();
    store.read(key);
    QVERIFY(read.wait(15000));
    QVERIFY(read.at(0).at(1).toString().isEmpty()); // gone
}

void tst_Keychain::notFound()
{
    if (qEnvironmentVariableIsSet("IW_NO_KEYCHAIN"))
        QSKIP("this run has no Secret Service on purpose");
    KeychainStore store;
    QSignalSpy read(&store, &SecretStore::readDone);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.read(freshKey());
    QVERIFY(read.wait(15000));
    QVERIFY(failed.isEmpty());
    QVERIFY(read.at(0).at(1).toString().isEmpty());
}

void tst_Keychain::removeMissingIsFine()
{
    if (qEnvironmentVariableIsSet("IW_NO_KEYCHAIN"))
        QSKIP("this run has no Secret Service on purpose");
    KeychainStore store;
    QSignalSpy removed(&store, &SecretStore::removeDone);
    QSignalSpy failed(&store, &SecretStore::failed);
    store.remove(freshKey());
    QVERIFY(removed.wait(15000));
    QVERIFY(failed.isEmpty());
}

void tst_Keychain::memoryStore()
{
    MemoryStore store;
    QSignalSpy read(&store, &SecretStore::readDone);
    store.write(u"k"_s, u"v"_s);
    store.read(u"k"_s);
    QCOMPARE(read.count(), 0); // never synchronously
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0).at(1).toString(), u"v"_s);
}

void tst_Keychain::noSecretService()
{
    if (!qEnvironmentVariableIsSet("IW_NO_KEYCHAIN"))
        QSKIP("runs in the no-keychain ctest entry");
    KeychainStore store;
    store.setWatchdog(std::chrono::milliseconds(10000));
    QSignalSpy failed(&store, &SecretStore::failed);
    QSignalSpy written(&store, &SecretStore::writeDone);
    store.write(freshKey(), u"never stored"_s);
    QVERIFY(failed.wait(15000));
    QCOMPARE(written.count(), 0);
    QCOMPARE(failed.at(0).at(1).value<SecretError>(), SecretError::Unavailable);
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
