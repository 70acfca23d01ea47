// ImageFileFormat: the format of small crafted files from their headers (and a VHD's footer),
// in a temporary folder; the name's format; the translated mismatch sentence.
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "obs/imagefileformat.h"

using namespace Qt::StringLiterals;
using Format = ImageFileFormat::Format;

namespace {

QByteArray qcowHeader(quint32 version)
{
    QByteArray h("QFI\xfb", 4);
    h.append(4, '\0');
    qToBigEndian<quint32>(version, h.data() + 4);
    return h + QByteArray(504, '\0');
}

QByteArray vhdFooter()
{
    QByteArray f(512, '\0');
    memcpy(f.data(), "conectix", 8);
    return f;
}

QByteArray vdiHeader()
{
    QByteArray h(512, '\0');
    const QByteArray text = "<<< Oracle VM VirtualBox Disk Image >>>\n";
    memcpy(h.data(), text.constData(), size_t(text.size()));
    memcpy(h.data() + 0x40, "\x7f\x10\xda\xbe", 4);
    return h;
}

QByteArray isoImage()
{
    QByteArray i(0x8800, '\0');
    i[0x8000] = 1;
    memcpy(i.data() + 0x8001, "CD001", 5);
    return i;
}

} // namespace

class tst_ImageFileFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsFiles_data();
    void detectsFiles();
    void shortAndOddInputs();
    void fromFileName();
    void mismatch();
    void unreadableFile();

private:
    QTemporaryDir m_dir;
};

void tst_ImageFileFormat::detectsFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Format>("format");
    const QByteArray filler(64 * 1024, 'x');
    QTest::newRow("qcow2 v3") << qcowHeader(3) + filler << Format::Qcow2;
    QTest::newRow("qcow2 v2") << qcowHeader(2) + filler << Format::Qcow2;
    QTest::newRow("qcow v1") << qcowHeader(1) + filler << Format::Qcow;
    QTest::newRow("qcow v9: unknown") << qcowHeader(9) + filler << Format::Raw;
    QTest::newRow("vhdx") << QByteArray("vhdxfile") + filler << Format::Vhdx;
    QTest::newRow("vmdk sparse") << QByteArray("KDMV\x01\0\0\0", 8) + filler << Format::Vmdk;
    QTest::newRow("vmdk descriptor")
        << QByteArray("# Disk DescriptorFile\nversion=1\nCID=fffffffe\n") << Format::Vmdk;
    QTest::newRow("vhd fixed: footer at the end") << filler + vhdFooter() << Format::Vhd;
    QTest::newRow("vhd old: 511-byte footer") << filler + vhdFooter().left(511) << Format::Vhd;
    QTest::newRow("vhd dynamic: copy at 0") << vhdFooter() + filler + vhdFooter() << Format::Vhd;
    QTest::newRow("iso 9660") << isoImage() << Format::Iso;
    QTest::newRow("vdi") << vdiHeader() + filler << Format::Vdi;
    QTest::newRow("vdi text without signature")
        << QByteArray("<<< not really") + filler << Format::Raw;
    QTest::newRow("qed") << QByteArray("QED\0", 4) + filler << Format::Qed;
    QTest::newRow("raw: zeros") << QByteArray(128 * 1024, '\0') << Format::Raw;
    QTest::newRow("raw: MBR") << QByteArray(510, '\0') + "\x55\xaa" + filler << Format::Raw;
}

void tst_ImageFileFormat::detectsFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Format, format);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    QString error;
    const auto detected = ImageFileFormat::detectFile(path, &error);
    QVERIFY2(detected, qPrintable(error));
    QCOMPARE(*detected, format);
}

void tst_ImageFileFormat::shortAndOddInputs()
{
    QCOMPARE(ImageFileFormat::detect({}, {}), Format::Raw);
    QCOMPARE(ImageFileFormat::detect("QFI\xfb", {}), Format::Raw); // no version
    QCOMPARE(ImageFileFormat::detect("conectix", {}), Format::Vhd);
    const QByteArray cut = QByteArray(0x8003, '\0') + QByteArray("CD");
    QCOMPARE(ImageFileFormat::detect(cut, {}), Format::Raw);
    QCOMPARE(ImageFileFormat::detect("x", "conectix"), Format::Raw); // a tail shorter than 511
}

void tst_ImageFileFormat::fromFileName()
{
    QCOMPARE(ImageFileFormat::fromFileName(u"web-base.QCOW2"_s), Format::Qcow2);
    QCOMPARE(ImageFileFormat::fromFileName(u"dir.d/disk.img"_s), Format::Raw);
    QCOMPARE(ImageFileFormat::fromFileName(u"disk.raw"_s), Format::Raw);
    QCOMPARE(ImageFileFormat::fromFileName(u"disk.zvhd2"_s), Format::Zvhd2);
    QCOMPARE(ImageFileFormat::fromFileName(u"disk.zvhd"_s), Format::Zvhd);
    QCOMPARE(ImageFileFormat::fromFileName(u"boot.iso"_s), Format::Iso);
    QVERIFY(!ImageFileFormat::fromFileName(u"disk.bin"_s));
    QVERIFY(!ImageFileFormat::fromFileName(u"disk"_s));
    QCOMPARE(ImageFileFormat::name(Format::Vhdx), u"vhdx"_s);
}

void tst_ImageFileFormat::mismatch()
{
    const QString wrong = ImageFileFormat::mismatch(u"web-base.vhd"_s, Format::Qcow2);
    QVERIFY2(wrong.contains(u"qcow2"_s) && wrong.contains(u".vhd"_s), qPrintable(wrong));
    QVERIFY(ImageFileFormat::mismatch(u"web-base.qcow2"_s, Format::Qcow2).isEmpty());
    QVERIFY(ImageFileFormat::mismatch(u"disk.img"_s, Format::Raw).isEmpty());
    // A qcow2 cloud image named .img (common) is said.
    QVERIFY(!ImageFileFormat::mismatch(u"cloud.img"_s, Format::Qcow2).isEmpty());
    // A name that promises a header that is not there.
    const QString missing = ImageFileFormat::mismatch(u"disk.vmdk"_s, Format::Raw);
    QVERIFY2(missing.contains(u".vmdk"_s), qPrintable(missing));
    // zvhd/zvhd2: no published header, so nothing to say about raw-looking or VHD-footed data.
    QVERIFY(ImageFileFormat::mismatch(u"disk.zvhd2"_s, Format::Raw).isEmpty());
    QVERIFY(ImageFileFormat::mismatch(u"disk.zvhd"_s, Format::Vhd).isEmpty());
    QVERIFY(!ImageFileFormat::mismatch(u"disk.zvhd2"_s, Format::Qcow2).isEmpty());
    // An unknown extension: no format to compare with.
    QVERIFY(ImageFileFormat::mismatch(u"disk.bin"_s, Format::Qcow2).isEmpty());
}

void tst_ImageFileFormat::unreadableFile()
{
    QString error;
    QVERIFY(!ImageFileFormat::detectFile(m_dir.filePath(u"missing.qcow2"_s), &error));
    QVERIFY(error.contains(u"missing.qcow2"_s));
}

QTEST_GUILESS_MAIN(tst_ImageFileFormat)
#include "tst_imagefileformat.moc"
