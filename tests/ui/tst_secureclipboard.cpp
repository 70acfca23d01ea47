// SecureClipboard on the offscreen platform's clipboard: a secret is marked for clipboard
// managers (x-kde-passwordManagerHint: secret), cleared after the delay while it is still
// there, left alone once the user copied something else, cleared on demand (what aboutToQuit
// calls) and when the helper goes; a revealed secret field copies through it, a masked one
// copies nothing; plain copies (IDs, the curl line with $OS_TOKEN) are not marked nor cleared.
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include "widgets/secureclipboard.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class tst_SecureClipboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void secretIsMarkedAndClearedAfterTheDelay();
    void laterCopyOfTheUserIsLeftAlone();
    void clearIfOursIsWhatQuittingDoes();
    void destroyingTheHelperClears();
    void plainCopyIsNeitherMarkedNorCleared();
    void revealedSecretFieldCopiesAsSecret();
    void maskedSecretFieldCopiesNothing();
    void instanceIsOnePerApplication();

private:
    static QClipboard *clipboard() { return QGuiApplication::clipboard(); }
};

void tst_SecureClipboard::init()
{
    clipboard()->setText(u"before"_s);
}

void tst_SecureClipboard::secretIsMarkedAndClearedAfterTheDelay()
{
    SecureClipboard helper;
    helper.setClearDelay(100ms);
    QSignalSpy cleared(&helper, &SecureClipboard::cleared);
    helper.copySecret(u"s3cret-value"_s);
    QCOMPARE(clipboard()->text(), u"s3cret-value"_s);
    const QMimeData *mime = clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(QString::fromLatin1(SecureClipboard::PasswordManagerHint)), "secret");
    QVERIFY(helper.holdsSecret());
    QVERIFY(cleared.wait(5000));
    QVERIFY(clipboard()->text().isEmpty());
    QVERIFY(!helper.holdsSecret());
}

void tst_SecureClipboard::laterCopyOfTheUserIsLeftAlone()
{
    SecureClipboard helper;
    helper.setClearDelay(100ms);
    QSignalSpy cleared(&helper, &SecureClipboard::cleared);
    helper.copySecret(u"s3cret-value"_s);
    clipboard()->setText(u"the user's own text"_s);
    QTest::qWait(300); // well past the delay
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard()->text(), u"the user's own text"_s);
    QVERIFY(!helper.holdsSecret()); // forgotten all the same
}

void tst_SecureClipboard::clearIfOursIsWhatQuittingDoes()
{
    SecureClipboard helper; // connected to aboutToQuit → clearIfOurs()
    helper.setClearDelay(1h);
    helper.copySecret(u"s3cret-value"_s);
    QCOMPARE(clipboard()->text(), u"s3cret-value"_s);
    helper.clearIfOurs();
    QVERIFY(clipboard()->text().isEmpty());
}

void tst_SecureClipboard::destroyingTheHelperClears()
{
    {
        SecureClipboard helper;
        helper.setClearDelay(1h);
        helper.copySecret(u"s3cret-value"_s);
    }
    QVERIFY(clipboard()->text().isEmpty());
}

void tst_SecureClipboard::plainCopyIsNeitherMarkedNorCleared()
{
    SecureClipboard helper;
    helper.setClearDelay(50ms);
    SecureClipboard::copyPlain(u"curl -H \"X-Auth-Token: $OS_TOKEN\""_s);
    QVERIFY(!clipboard()->mimeData()->hasFormat(
        QString::fromLatin1(SecureClipboard::PasswordManagerHint)));
    QTest::qWait(200);
    QCOMPARE(clipboard()->text(), u"curl -H \"X-Auth-Token: $OS_TOKEN\""_s);
}

void tst_SecureClipboard::revealedSecretFieldCopiesAsSecret()
{
    SecureClipboard helper;
    helper.setClearDelay(1h);
    QLineEdit field;
    helper.protectSecretField(&field);
    field.setEchoMode(QLineEdit::Normal); // revealed (press and hold)
    field.setText(u"hunter2"_s);
    field.selectAll();
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QTest::keySequence(&field, QKeySequence::Copy);
    QCOMPARE(clipboard()->text(), u"hunter2"_s);
    QCOMPARE(
        clipboard()->mimeData()->data(QString::fromLatin1(SecureClipboard::PasswordManagerHint)),
        "secret");
    QVERIFY(helper.holdsSecret());
    QCOMPARE(field.contextMenuPolicy(), Qt::NoContextMenu);
    helper.clearIfOurs();
    QVERIFY(clipboard()->text().isEmpty());
}

void tst_SecureClipboard::maskedSecretFieldCopiesNothing()
{
    SecureClipboard helper;
    QLineEdit field;
    helper.protectSecretField(&field);
    field.setEchoMode(QLineEdit::Password);
    field.setText(u"hunter2"_s);
    field.selectAll();
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&field));
    QTest::keySequence(&field, QKeySequence::Copy);
    QCOMPARE(clipboard()->text(), u"before"_s);
    QVERIFY(!helper.holdsSecret());
}

void tst_SecureClipboard::instanceIsOnePerApplication()
{
    SecureClipboard *one = SecureClipboard::instance();
    QVERIFY(one);
    QCOMPARE(SecureClipboard::instance(), one);
    QCOMPARE(one->parent(), QCoreApplication::instance());
    QCOMPARE(one->clearDelay(), SecureClipboard::DefaultClearDelay);
}

QTEST_MAIN(tst_SecureClipboard)
#include "tst_secureclipboard.moc"
