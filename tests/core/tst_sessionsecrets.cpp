// SessionFirstStore: "use for this session only" copies in front of the keychain.

#include <QSignalSpy>
#include <QTest>

#include "logging.h"
#include "secrets/secretstore.h"
#include "support/canary.h"

using namespace Qt::StringLiterals;

class tst_SessionSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionCopyComesFirst();
    void otherKeysGoToTheKeychain();
    void removalForgetsTheCopy();
    void copiesAreScrubbedWhileHeld();

private:
    /// What `store` answers for `key` (its readDone), or "<no answer>".
    static QString readBack(SecretStore *store, const QString &key);
};

QString tst_SessionSecrets::readBack(SecretStore *store, const QString &key)
{
    QSignalSpy read(store, &SecretStore::readDone);
    store->read(key);
    if (!read.wait(2000))
        return u"<no answer>"_s;
    for (const QList<QVariant> &args : std::as_const(read)) {
        if (args.at(0).toString() == key)
            return args.at(1).toString();
    }
    return u"<other key>"_s;
}

void tst_SessionSecrets::sessionCopyComesFirst()
{
    MemoryStore keychain;
    keychain.insert(u"profile/p/password"_s, Canary::otherPassword);
    SessionFirstStore store(&keychain);
    QCOMPARE(readBack(&store, u"profile/p/password"_s), Canary::otherPassword);
    store.keepForSession(u"profile/p/password"_s, Canary::password);
    QVERIFY(store.holdsSessionCopy(u"profile/p/password"_s));
    QCOMPARE(readBack(&store, u"profile/p/password"_s), Canary::password);
    // Nothing reaches the keychain.
    QCOMPARE(readBack(&keychain, u"profile/p/password"_s), Canary::otherPassword);
    store.forgetSessionCopy(u"profile/p/password"_s);
    QCOMPARE(readBack(&store, u"profile/p/password"_s), Canary::otherPassword);
}

void tst_SessionSecrets::otherKeysGoToTheKeychain()
{
    MemoryStore keychain;
    SessionFirstStore store(&keychain);
    store.keepForSession(u"profile/p/secret-key"_s, Canary::secretKey);
    QSignalSpy written(&store, &SecretStore::writeDone);
    store.write(u"profile/q/secret-key"_s, Canary::applicationCredentialSecret);
    QVERIFY(written.wait(2000));
    QVERIFY(keychain.contains(u"profile/q/secret-key"_s));
    QVERIFY(!keychain.contains(u"profile/p/secret-key"_s));
    QCOMPARE(readBack(&store, u"profile/q/secret-key"_s), Canary::applicationCredentialSecret);
    QCOMPARE(readBack(&store, u"profile/r/secret-key"_s), QString()); // not stored anywhere
}

void tst_SessionSecrets::removalForgetsTheCopy()
{
    MemoryStore keychain;
    keychain.insert(u"profile/p/security-token"_s, Canary::securityToken);
    SessionFirstStore store(&keychain);
    store.keepForSession(u"profile/p/security-token"_s, Canary::securityToken);
    QSignalSpy removed(&store, &SecretStore::removeDone);
    store.remove(u"profile/p/security-token"_s);
    QVERIFY(removed.wait(2000));
    QVERIFY(!store.holdsSessionCopy(u"profile/p/security-token"_s));
    QVERIFY(!keychain.contains(u"profile/p/security-token"_s));
    QCOMPARE(readBack(&store, u"profile/p/security-token"_s), QString());
}

void tst_SessionSecrets::copiesAreScrubbedWhileHeld()
{
    MemoryStore keychain;
    const QString line = u"a line with "_s + Canary::applicationCredentialSecret;
    {
        SessionFirstStore store(&keychain);
        store.keepForSession(
            u"profile/p/application-credential-secret"_s, Canary::applicationCredentialSecret);
        QVERIFY(!Logging::scrub(line).contains(Canary::applicationCredentialSecret));
        store.forgetSessionCopy(u"profile/p/application-credential-secret"_s);
        QCOMPARE(Logging::scrub(line), line); // given back to the scrubber
        store.keepForSession(
            u"profile/p/application-credential-secret"_s, Canary::applicationCredentialSecret);
    }
    QCOMPARE(Logging::scrub(line), line); // the store gone, its copies with it
}

QTEST_GUILESS_MAIN(tst_SessionSecrets)
#include "tst_sessionsecrets.moc"
