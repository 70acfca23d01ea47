// clouds.yaml and secure.yaml as untrusted input (issue 17): a self-referencing alias, an alias
// bomb and deep nesting are refused with a message naming the file and the line, in bounded time
// and stack, instead of overflowing the stack; ordinary anchors and aliases still work.
#include <QElapsedTimer>
#include <QTest>

#include "cloud/cloudsyamlimport.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray GoodCloud = "clouds:\n"
                             "  x:\n"
                             "    auth:\n"
                             "      auth_url: http://127.0.0.1:9/v3\n"
                             "      username: u\n"
                             "      project_name: p\n";

/// The billion laughs: `levels` anchors, each a list of ten aliases of the one before.
QByteArray aliasBomb(int levels)
{
    QByteArray y = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < levels; ++i) {
        const QByteArray prev = "*l" + QByteArray::number(i - 1);
        y += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            y += (k ? ", " : "") + prev;
        y += "]\n";
    }
    return y;
}

QByteArray nestedLists(int depth)
{
    return "clouds:\n  x:\n    deep: " + QByteArray(depth, '[') + QByteArray(depth, ']') + '\n';
}

} // namespace

class tst_CloudsYamlBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfReferencingAliasRefused_data();
    void selfReferencingAliasRefused();
    void cyclicSecureYamlRefused();
    void aliasBombRefused();
    void deepNestingRefused();
    void deeperThanTheParserAllows();
    void sharedAliasesStillRead();
};

void tst_CloudsYamlBounds::selfReferencingAliasRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    // The issue's five lines: a list that holds itself, before a normal clouds: section.
    QTest::newRow("list") << QByteArray("a: &a [*a]\n" + GoodCloud) << 1;
    QTest::newRow("mapping") << QByteArray(GoodCloud + "b: &b {c: {d: *b}}\n") << 7;
    // The cycle inside the cloud's own settings.
    QTest::newRow("in clouds") << QByteArray("clouds:\n  x: &x\n    auth: *x\n") << 2;
    // Two anchors that hold each other (the inner alias is to the outer node).
    QTest::newRow("nested") << QByteArray("o: &o\n  i: &i\n    back: [*o, *i]\n" + GoodCloud) << 1;
}

void tst_CloudsYamlBounds::selfReferencingAliasRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const ImportScan scan = CloudsYamlImport::parse(yaml, u"/tmp/op/clouds.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY(scan.candidates.isEmpty());
    QVERIFY2(scan.error.contains(u"/tmp/op/clouds.yaml"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"line %1"_s.arg(line)), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"alias"_s), qPrintable(scan.error));
}

void tst_CloudsYamlBounds::cyclicSecureYamlRefused()
{
    const ImportScan scan = CloudsYamlImport::parse(GoodCloud,
        u"clouds.yaml"_s,
        "clouds:\n  x:\n    auth: &s\n      password: [*s]\n",
        u"/tmp/op/secure.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY2(scan.error.startsWith(u"/tmp/op/secure.yaml"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"line 3"_s), qPrintable(scan.error));
}

void tst_CloudsYamlBounds::aliasBombRefused()
{
    // 10^9 values once expanded; the parser itself holds only 9 small lists.
    QElapsedTimer timer;
    timer.start();
    const ImportScan scan = CloudsYamlImport::parse(GoodCloud + aliasBomb(9), u"clouds.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY2(scan.error.startsWith(u"clouds.yaml"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"line "_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"alias"_s), qPrintable(scan.error));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));

    // A small expansion (10^3 values) is no bomb: the cloud is read.
    const ImportScan small = CloudsYamlImport::parse(GoodCloud + aliasBomb(3), u"clouds.yaml"_s);
    QVERIFY2(small.ok(), qPrintable(small.error));
    QCOMPARE(small.candidates.size(), 1);
}

void tst_CloudsYamlBounds::deepNestingRefused()
{
    // Within what yaml-cpp parses (its guard stops near 500 levels), far beyond
    // anything a clouds.yaml needs.
    const ImportScan scan = CloudsYamlImport::parse(nestedLists(300), u"clouds.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY2(scan.error.startsWith(u"clouds.yaml"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"line 3"_s), qPrintable(scan.error));
    QVERIFY2(scan.error.contains(u"nested"_s), qPrintable(scan.error));

    // Ten levels are fine.
    const ImportScan ten = CloudsYamlImport::parse(nestedLists(10), u"clouds.yaml"_s);
    QVERIFY2(ten.ok(), qPrintable(ten.error));
    QCOMPARE(ten.candidates.size(), 1);
}

void tst_CloudsYamlBounds::deeperThanTheParserAllows()
{
    // 100,000 open brackets and braces: refused (by yaml-cpp's depth guard), no stack overflow.
    QByteArray deep = "clouds:\n  x: ";
    for (int i = 0; i < 50000; ++i)
        deep += "[{a: ";
    const ImportScan scan = CloudsYamlImport::parse(deep, u"clouds.yaml"_s);
    QVERIFY(!scan.ok());
    QVERIFY2(scan.error.startsWith(u"clouds.yaml"_s), qPrintable(scan.error));
}

void tst_CloudsYamlBounds::sharedAliasesStillRead()
{
    // The same anchor used by two clouds and twice in one: a shared node, not a cycle.
    const ImportScan scan = CloudsYamlImport::parse(R"(
defaults: &auth
  auth_url: https://keystone.example.org/v3
  username: alice
  project_name: web
regions: &regions [r1, r2]
clouds:
  one:
    auth: *auth
    regions: *regions
  two:
    auth: *auth
    region_name: r3
)",
        u"clouds.yaml"_s);
    QVERIFY2(scan.ok(), qPrintable(scan.error));
    QCOMPARE(scan.candidates.size(), 3);
    for (const ImportCandidate &c : scan.candidates) {
        QVERIFY2(c.isImportable(), qPrintable(c.problems.join(u'\n')));
        QCOMPARE(c.profile.userName, u"alice"_s);
    }
}

QTEST_GUILESS_MAIN(tst_CloudsYamlBounds)
#include "tst_cloudsyamlbounds.moc"
