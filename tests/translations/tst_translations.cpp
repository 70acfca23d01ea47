// The three translations are complete and use the words of the source documents:
// no unfinished or vanished entry, the same placeholders as the source, and every glossary term
// of a source string (glossary.tsv, interfaces.md §8) translated with the glossary's word.
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or several numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                inMessage = true;
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (name == u"source"_s && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"comment"_s && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == u"translation"_s && inMessage) {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform"_s && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            inMessage = false;
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> set;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        set.insert(it.next().captured(0));
    return set;
}

struct Term
{
    QString en;
    QHash<QString, QStringList> words; // language -> accepted words
};

QString glossaryPath()
{
    // The shared glossary when the repository sits beside shared/ (CI), else the committed copy.
    const QString shared = QStringLiteral(IW_SOURCE_DIR "/../shared/glossary.tsv");
    if (QFile::exists(shared))
        return shared;
    return QStringLiteral(IW_SOURCE_DIR "/tests/fixtures/glossary.tsv");
}

QList<Term> readGlossary()
{
    QList<Term> terms;
    QFile f(glossaryPath());
    if (!f.open(QIODevice::ReadOnly))
        return terms;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cols = lines.at(i).split(u'\t');
        if (cols.size() < 4 || cols.at(0).trimmed().isEmpty())
            continue;
        Term t;
        t.en = cols.at(0).trimmed();
        t.words[u"ja"_s] = cols.at(1).split(u'|');
        t.words[u"es"_s] = cols.at(2).split(u'|');
        t.words[u"zh_CN"_s] = cols.at(3).split(u'|');
        terms << t;
    }
    return terms;
}

// Strips the UI's mnemonic ampersands and markup that never carry words.
QString plain(QString s)
{
    s.remove(QRegularExpression(u"&(?=\\w)"_s));
    return s;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data() { languages(); }
    void complete();
    void placeholdersMatch_data() { languages(); }
    void placeholdersMatch();
    void glossaryWordsUsed_data() { languages(); }
    void glossaryWordsUsed();

private:
    static void languages();
};

void tst_Translations::languages()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s;
}

static QList<Message> load(const QString &lang)
{
    QString error;
    const auto list = readTs(
        QStringLiteral(IW_SOURCE_DIR "/translations/imagewright_") + lang + u".ts"_s, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return list;
}

void tst_Translations::complete()
{
    QFETCH(QString, lang);
    const QList<Message> messages = load(lang);
    QVERIFY2(messages.size() > 20, "the translation file is missing or nearly empty");
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == u"unfinished"_s || m.type == u"vanished"_s || m.type == u"obsolete"_s)
            problems << u"[%1] %2: %3"_s.arg(m.type, m.context, m.source.left(60));
        else if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) {
                   return t.trimmed().isEmpty();
               }))
            problems << u"[empty] %1: %2"_s.arg(m.context, m.source.left(60));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::placeholdersMatch()
{
    QFETCH(QString, lang);
    QStringList problems;
    for (const Message &m : load(lang)) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            QSet<QString> got = placeholders(t);
            // A language without plural forms may leave %n out of its single form.
            if (m.numerus && !got.contains(u"%n"_s))
                got.insert(u"%n"_s);
            if (got != expected)
                problems << u"%1: \"%2\" -> \"%3\""_s.arg(m.context, m.source.left(50), t.left(50));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Translations::glossaryWordsUsed()
{
    QFETCH(QString, lang);
    const QList<Term> terms = readGlossary();
    QVERIFY2(terms.size() > 10, "glossary.tsv not found or empty");
    QStringList problems;
    for (const Message &m : load(lang)) {
        const QString source = plain(m.source);
        for (const Term &term : terms) {
            // A whole word, case-insensitive, plural "s" allowed (interfaces.md §8).
            const QRegularExpression re(u"\\b"_s + QRegularExpression::escape(term.en) + u"s?\\b"_s,
                QRegularExpression::CaseInsensitiveOption);
            if (!re.match(source).hasMatch())
                continue;
            const QStringList &accepted = term.words.value(lang);
            for (const QString &t : m.translations) {
                const bool ok =
                    std::any_of(accepted.cbegin(), accepted.cend(), [&](const QString &w) {
                        return plain(t).contains(w.trimmed(), Qt::CaseInsensitive);
                    });
                if (!ok)
                    problems << u"\"%1\" (%2) needs \"%3\" in: %4"_s.arg(
                        term.en, m.source.left(50), accepted.join(u" | "_s), t.left(60));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
