// WindowIconEngine: the application's icon lists its four sizes without decoding any file, decodes
// a file the first time a size needs it (once), scales a larger file down to the size asked for,
// gives the same pixels as the PNG file, and loads no image plugin to do it.
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QTest>

#include "startup/windowicon.h"

using namespace Qt::StringLiterals;

class tst_WindowIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noImagePluginIsLoaded(); // first: nothing else in this process has read an image
    void sizesWithoutDecoding();
    void decodesEachFileOnceWhenAsked();
    void pixelsAreTheFiles();
    void otherModesAreDrawnByTheStyle();

private:
    static QMap<int, QString> files();
};

QMap<int, QString> tst_WindowIcon::files()
{
    QMap<int, QString> files;
    for (const int side : {32, 64, 128, 256})
        files.insert(side, u":/icons/imagewright-%1.png"_s.arg(side));
    return files;
}

void tst_WindowIcon::sizesWithoutDecoding()
{
    auto *engine = new WindowIconEngine(files());
    const QIcon icon(engine);
    QVERIFY(!icon.isNull());
    const QList<QSize> expected{{32, 32}, {64, 64}, {128, 128}, {256, 256}};
    QCOMPARE(icon.availableSizes(), expected);
    QCOMPARE(icon.actualSize(QSize(48, 48)), QSize(48, 48));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(64, 64));
    QCOMPARE(icon.actualSize(QSize(512, 512)), QSize(256, 256));
    QCOMPARE(engine->decodedCount(), 0);
    QCOMPARE(WindowIconEngine::applicationIcon().availableSizes(), expected);
}

void tst_WindowIcon::decodesEachFileOnceWhenAsked()
{
    auto *engine = new WindowIconEngine(files());
    const QIcon icon(engine);
    QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48)); // the 64 file, scaled down
    QCOMPARE(engine->decodedCount(), 1);
    QCOMPARE(icon.pixmap(QSize(64, 64)).size(), QSize(64, 64)); // the same file
    QCOMPARE(engine->decodedCount(), 1);
    QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(256, 256)); // the largest there is
    QCOMPARE(engine->decodedCount(), 2);
    QCOMPARE(icon.pixmap(QSize(16, 16)).size(), QSize(16, 16)); // the 32 file, scaled down
    QCOMPARE(engine->decodedCount(), 3);
    QVERIFY(icon.pixmap(QSize(0, 0)).isNull());
}

void tst_WindowIcon::pixelsAreTheFiles()
{
    const QIcon icon = WindowIconEngine::applicationIcon();
    for (const int side : {32, 64, 128, 256}) {
        QImageReader reader(u":/icons/imagewright-%1.png"_s.arg(side));
        const QImage expected = reader.read();
        QVERIFY(!expected.isNull());
        const QImage drawn = icon.pixmap(QSize(side, side)).toImage();
        QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32),
            expected.convertToFormat(QImage::Format_ARGB32));
    }
}

void tst_WindowIcon::noImagePluginIsLoaded()
{
    // QIcon::addFile would ask every image plugin whether it reads "png" (loading each).
    const QIcon icon = WindowIconEngine::applicationIcon();
    QVERIFY(!icon.pixmap(QSize(32, 32)).isNull());
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        QSKIP("no /proc/self/maps here");
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("/imageformats/"), "an image plugin was loaded");
}

void tst_WindowIcon::otherModesAreDrawnByTheStyle()
{
    const QIcon icon = WindowIconEngine::applicationIcon();
    const QImage normal = icon.pixmap(QSize(32, 32)).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    QCOMPARE(disabled.size(), normal.size());
    QVERIFY(disabled != normal);
}

QTEST_MAIN(tst_WindowIcon)
#include "tst_windowicon.moc"
