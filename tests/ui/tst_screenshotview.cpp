// `imagewright --screenshot FILE --view wizard:METHOD` (interfaces.md §3, issue 16): each
// method's page rendered offscreen against the demo cloud the app starts itself, at the page's
// size hint, so every page can be looked at and measured in every language. The sizes are
// printed (what docs/screenshots and the note about the 1366×700 bound use).
#include <QImage>
#include <QTest>

#include "create/creationmethod.h"
#include "support/clirun.h"
#include "support/testdir.h"
#include "wizard/methodpage.h"

using namespace Qt::StringLiterals;

class tst_ScreenshotView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachMethodPage_data();
    void eachMethodPage();
    void eachReviewPage_data();
    void eachReviewPage();
    void unknownViewExitsTwo();
};

void tst_ScreenshotView::eachMethodPage_data()
{
    QTest::addColumn<QString>("method");
    for (int m = 0; m < CreationMethodCount; ++m) {
        if (!MethodPage::hasPage(CreationMethod(m)))
            continue; // no wizard page: request files only
        const QString key = CreationMethods::key(CreationMethod(m));
        QTest::newRow(qPrintable(key)) << key;
    }
}

void tst_ScreenshotView::eachMethodPage()
{
    QFETCH(QString, method);
    TestDir home;
    QVERIFY(home.isValid());
    const QString file = home.filePath(u"page.png"_s);
    const CliRun r = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"--screenshot"_s, file, u"--view"_s, u"wizard:"_s + method, u"--lang"_s, u"en"_s},
        demoCliEnvironment(home.path()),
        90000,
        u"tst_screenshotview.log"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage page(file);
    QVERIFY2(!page.isNull(), qPrintable(file));
    QVERIFY(page.width() > 300 && page.height() > 200);
    qInfo().noquote() << u"wizard:%1 %2x%3"_s.arg(method).arg(page.width()).arg(page.height());
}

void tst_ScreenshotView::eachReviewPage_data()
{
    eachMethodPage_data();
}

void tst_ScreenshotView::eachReviewPage()
{
    // --view review:METHOD: the method's page filled with sample values, then its review page at
    // its size hint (tst_layout checks the four languages in process).
    QFETCH(QString, method);
    TestDir home;
    QVERIFY(home.isValid());
    const QString file = home.filePath(u"review.png"_s);
    const CliRun r = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"--screenshot"_s, file, u"--view"_s, u"review:"_s + method, u"--lang"_s, u"en"_s},
        demoCliEnvironment(home.path()),
        90000,
        u"tst_screenshotview.log"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // 1 with a message when not reached
    const QImage page(file);
    QVERIFY2(!page.isNull(), qPrintable(file));
    QVERIFY(page.width() > 300 && page.height() > 200);
    QVERIFY2(page.width() <= 1366 && page.height() <= 700,
        qPrintable(u"%1x%2"_s.arg(page.width()).arg(page.height())));
    qInfo().noquote() << u"review:%1 %2x%3"_s.arg(method).arg(page.width()).arg(page.height());
}

void tst_ScreenshotView::unknownViewExitsTwo()
{
    TestDir home;
    const CliRun r = runCli(QStringLiteral(IW_IMAGEWRIGHT_PATH),
        {u"--screenshot"_s, home.filePath(u"x.png"_s), u"--view"_s, u"wizard:no-such-method"_s},
        demoCliEnvironment(home.path()),
        30000,
        u"tst_screenshotview.log"_s);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"wizard:ims-data-disk"_s), qPrintable(r.err)); // the list
}

QTEST_GUILESS_MAIN(tst_ScreenshotView)
#include "tst_screenshotview.moc"
