// HttpResponseReader (net/httpresponsereader.h) against its contract. Every input is fed all at
// once, byte by byte, in two halves and cut in two at every other offset: each way must give the
// same outcome (results, status, body, keep-alive, bytes left over, ...).
#include <QTest>

#include "net/httpresponsereader.h"

using namespace Qt::StringLiterals;
using R = HttpResponseReader::Result;
using Limits = HttpResponseReader::Limits;
Q_DECLARE_METATYPE(HttpResponseReader::Limits)

namespace {

struct Options
{
    Limits limits;
    bool head = false;      // setHeadRequest(true)
    bool close = false;     // closed() after the last byte
    bool pipelined = false; // after Complete with more bytes to come: reset() and read on
};

struct Outcome
{
    QByteArray trace;   // what read() returned but NeedMore (Interim with interimStatus()), then
                        // NeedMore if it ended so, then closed()'s "closed" or "!closed"
    QByteArray earlier; // "status:body;" of each response completed before a reset()
    QByteArray body, leftover;
    int status = 0;
    bool keepAlive = false, started = false;
    qint64 missing = 0;

    // What the data rows expect: "trace|status|body|keep or last|leftover".
    QByteArray summary() const
    {
        return trace + "|" + QByteArray::number(status) + "|" + body + "|"
            + (keepAlive ? "keep" : "last") + "|" + leftover;
    }
    QByteArray describe() const
    {
        return summary() + "|earlier " + earlier + "|missing " + QByteArray::number(missing)
            + "|started " + QByteArray::number(started);
    }
};

// Feeds `input` to a new reader in pieces ending at `cuts` (ascending offsets), calling read()
// after each piece (and again after Interim). After a final result it feeds no more, checks that
// read() gives the same result again without consuming anything ("NOT-STICKY" otherwise), and
// appends the rest of the input to the buffer: that is what was left over (for what follows).
Outcome feed(const QByteArray &input, const QList<qsizetype> &cuts, const Options &o)
{
    HttpResponseReader reader(o.limits);
    reader.setHeadRequest(o.head);
    Outcome out;
    QByteArray buffer;
    bool done = false, failed = false;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size(); ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : input.size();
        buffer += input.mid(from, to - from);
        from = to;
        while (!done) {
            const R r = reader.read(&buffer);
            if (r == R::NeedMore)
                break;
            if (r == R::Interim) { // Interim(its status); status() must still be 0
                out.trace += "Interim(" + QByteArray::number(reader.interimStatus()) + ") ";
                out.trace += reader.status() == 0 ? "" : "STATUS-EARLY ";
                continue;
            }
            static const char *const names[] = {"", "", "Complete ", "Malformed ", "TooLarge "};
            out.trace += names[int(r)];
            if (r == R::Complete && o.pipelined && (!buffer.isEmpty() || from < input.size())) {
                out.earlier += QByteArray::number(reader.status()) + ':' + reader.body() + ';';
                reader.reset();
                continue;
            }
            const QByteArray before = buffer;
            if (reader.read(&buffer) != r || buffer != before)
                out.trace += "NOT-STICKY ";
            done = true;
            failed = r != R::Complete;
        }
    }
    if (!done)
        out.trace += "NeedMore ";
    if (o.close)
        out.trace += reader.closed() ? "closed" : "!closed";
    out.trace = out.trace.trimmed();
    out.status = reader.status();
    out.body = reader.body();
    out.keepAlive = reader.keepAlive();
    out.leftover = failed ? QByteArray() : buffer; // after a failure the connection is dropped
    out.missing = reader.missingBodyBytes();
    out.started = reader.started();
    return out;
}

// The outcome of `input` fed all at once, after checking that every other way gives the same
// (a failure names the way that differs). Callers return when QTest::currentTestFailed().
Outcome allWays(const QByteArray &input, const Options &o = {})
{
    const Outcome whole = feed(input, {}, o);
    const auto same = [&](const QList<qsizetype> &cuts, const QByteArray &how) {
        const Outcome other = feed(input, cuts, o);
        if (other.describe() != whole.describe() && !QTest::currentTestFailed()) {
            const QByteArray message = how + " differs from all at once:\n   all at once: "
                + whole.describe() + "\n   " + how + ": " + other.describe();
            QTest::qFail(message.constData(), __FILE__, __LINE__);
        }
    };
    QList<qsizetype> bytes;
    for (qsizetype i = 1; i < input.size(); ++i)
        bytes << i;
    same(bytes, "byte by byte");
    same({input.size() / 2}, "two halves");
    for (qsizetype i = 1; i < input.size(); ++i)
        same({i}, "cut at " + QByteArray::number(i));
    return whole;
}

const QByteArray Ok = "HTTP/1.1 200 OK\r\n";
const QByteArray Chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

} // namespace

class tst_HttpResponseReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void responses_data();
    void responses();
    void malformed_data();
    void malformed();
    void limits_data();
    void limits();
    void headRequestHasNoBody();
    void pipelinedWithReset();
    void headerIsCaseInsensitive();
    void closedEarly();
};

// Each row: the input, then "trace|status|body|keep or last|leftover" (see Outcome). A row whose
// trace ends in "closed" calls closed() after the last byte.
void tst_HttpResponseReader::responses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    // Content-Length: that many bytes, the rest is the next response's; HTTP/1.1 keeps the link.
    QTest::newRow("content-length") << Ok + "Content-Length: 5\r\n\r\nhelloHTTP/1.1"
                                    << "Complete|200|hello|keep|HTTP/1.1"_ba;
    QTest::newRow("length 0") << Ok + "Content-Length: 0\r\n\r\n"
                              << "Complete|200||keep|"_ba;
    // Two equal Content-Length values frame the body the same way: no doubt, accepted.
    QTest::newRow("content-length twice, equal")
        << Ok + "Content-Length: 2\r\ncontent-length: 2\r\n\r\nok"
        << "Complete|200|ok|keep|"_ba;
    // Lines ending in a bare "\n" (a sloppy server) read like CRLF ones.
    QTest::newRow("bare LF head") << "HTTP/1.1 200 OK\nContent-Length: 2\n\nok"_ba
                                  << "Complete|200|ok|keep|"_ba;

    // Chunked: the chunks joined; extensions ignored; trailers read and dropped; hex either case.
    QTest::newRow("chunked") << Chunked + "5;a\r\nhello\r\n6;b=c\r\n world\r\n0;d\r\n\r\n"
                             << "Complete|200|hello world|keep|"_ba;
    QTest::newRow("chunked, extensions, trailers")
        << Chunked + "5;x=y\r\nhello\r\n1;a=b;c\r\n!\r\n0;z=1\r\nX-Sum: abc\r\nX-N: 1\r\n\r\nrest"
        << "Complete|200|hello!|keep|rest"_ba;
    QTest::newRow("chunked, hex both cases")
        << Chunked + "A;x\r\n0123456789\r\n1a;x\r\nabcdefghijklmnopqrstuvwxyz\r\n0;x\r\n\r\n"
        << "Complete|200|0123456789abcdefghijklmnopqrstuvwxyz|keep|"_ba;
    QTest::newRow("chunked, bare LF")
        << "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5;x\nhello\n0;x\nX: 1\n\n"_ba
        << "Complete|200|hello|keep|"_ba;
    // Plain sizes, the common case (a first version refused them: QByteArray::left(-1) is empty).
    QTest::newRow("chunked, plain sizes") << Chunked + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
                                          << "Complete|200|hello world|keep|"_ba;
    QTest::newRow("chunked, plain sizes, bare LF")
        << "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\n0\n\n"_ba
        << "Complete|200|hello|keep|"_ba;
    // Header lines ending in "\n" and the empty line in "\r\n".
    QTest::newRow("LF lines, CRLF empty line") << "HTTP/1.1 200 OK\nContent-Length: 2\n\r\nok"_ba
                                               << "Complete|200|ok|keep|"_ba;
    // Another coding after chunked (or none): the body ends with the connection, whatever
    // Content-Length says (RFC 9112 §6.3).
    QTest::newRow("chunked, then gzip") << Ok + "Transfer-Encoding: chunked, gzip\r\n\r\n5\r\nhello"
                                        << "NeedMore closed|200|5\r\nhello|last|"_ba;
    QTest::newRow("gzip and content-length")
        << Ok + "Transfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nokmore"
        << "NeedMore closed|200|okmore|last|"_ba;
    // Transfer-Encoding wins over Content-Length (RFC 9112 §6.3).
    QTest::newRow("chunked and content-length")
        << Ok + "Content-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n2;x\r\nok\r\n0;x\r\n\r\n"
        << "Complete|200|ok|keep|"_ba;

    // Neither: the body ends with the connection (NeedMore until closed() says it is complete),
    // and the connection cannot carry another request, whatever Connection says.
    QTest::newRow("close-delimited, open") << Ok + "\r\nuntil the end"
                                           << "NeedMore|200|until the end|last|"_ba;
    QTest::newRow("close-delimited, closed") << Ok + "Connection: keep-alive\r\n\r\nuntil the end"
                                             << "NeedMore closed|200|until the end|last|"_ba;

    // 204 and 304 have no body, whatever Content-Length says: those bytes stay unread.
    QTest::newRow("204 with content-length")
        << "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello"_ba
        << "Complete|204||keep|hello"_ba;
    QTest::newRow("304 with content-length")
        << "HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\nhello"_ba
        << "Complete|304||keep|hello"_ba;

    // Interim (1xx) answers: Interim once each (interimStatus() its code), then the final answer.
    QTest::newRow("100 then 200")
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"_ba
        << "Interim(100) Complete|200|ok|keep|"_ba;
    QTest::newRow("100, 103 then 200")
        << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + Ok
            + "Content-Length: 0\r\n\r\n"
        << "Interim(100) Interim(103) Complete|200||keep|"_ba;

    // keepAlive(): HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive; tokens in
    // a list, any case (never before the response is complete: closedEarly).
    QTest::newRow("1.1 close") << Ok + "Connection: close\r\nContent-Length: 0\r\n\r\n"
                               << "Complete|200||last|"_ba;
    QTest::newRow("1.1 Upgrade, CLOSE")
        << Ok + "connection: Upgrade, CLOSE\r\nContent-Length: 0\r\n\r\n"
        << "Complete|200||last|"_ba;
    QTest::newRow("1.0") << "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"_ba
                         << "Complete|200||last|"_ba;
    QTest::newRow("1.0 keep-alive")
        << "HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n"_ba
        << "Complete|200||keep|"_ba;
}

void tst_HttpResponseReader::responses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    Options o;
    o.close = expected.contains("closed|");
    const Outcome got = allWays(input, o);
    if (!QTest::currentTestFailed())
        QCOMPARE(got.summary(), expected);
}

void tst_HttpResponseReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("not HTTP") << "SSH-2.0-OpenSSH_9.2\r\n\r\n"_ba;
    QTest::newRow("empty head") << "\r\n\r\n"_ba;
    QTest::newRow("HTTP/2") << "HTTP/2 200\r\n\r\n"_ba;
    QTest::newRow("status 99") << "HTTP/1.1 99 Low\r\n\r\n"_ba;
    QTest::newRow("status 099") << "HTTP/1.1 099 Low\r\n\r\n"_ba;
    QTest::newRow("status 1000") << "HTTP/1.1 1000 High\r\n\r\n"_ba;
    QTest::newRow("status 2x0") << "HTTP/1.1 2x0 OK\r\n\r\n"_ba;
    // 101: no protocol switch was asked for.
    QTest::newRow("101") << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"_ba;
    QTest::newRow("header without colon") << Ok + "Content-Length: 1\r\nNoColon\r\n\r\nx";
    QTest::newRow("header with empty name") << Ok + "Content-Length: 1\r\n: value\r\n\r\nx";
    QTest::newRow("content-length -1") << Ok + "Content-Length: -1\r\n\r\nx";
    QTest::newRow("content-length ten") << Ok + "Content-Length: ten\r\n\r\nx";
    // Two different values: which one frames the body is unknowable.
    QTest::newRow("lengths 1, 2") << Ok + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nxy";
    QTest::newRow("content-length empty") << Ok + "Content-Length:\r\n\r\nx";
    QTest::newRow("content-length +5") << Ok + "Content-Length: +5\r\n\r\nhello";
    QTest::newRow("chunk size 0x5") << Chunked + "0x5\r\nhello\r\n0\r\n\r\n";
    QTest::newRow("chunk size zz") << Chunked + "zz;x\r\nhello\r\n0;x\r\n\r\n";
    QTest::newRow("chunk size -5") << Chunked + "-5;x\r\nhello\r\n0;x\r\n\r\n";
    QTest::newRow("chunk size +5") << Chunked + "+5;x\r\nhello\r\n0;x\r\n\r\n";
    QTest::newRow("chunk size empty") << Chunked + ";x\r\nhello\r\n0;x\r\n\r\n";
    QTest::newRow("chunk data, no CRLF") << Chunked + "5;x\r\nhelloXY\r\n0;x\r\n\r\n";
    QTest::newRow("chunk data, CR X") << Chunked + "5;x\r\nhello\rX0;x\r\n\r\n";
}

// Each gives Malformed however it is fed, and read() keeps giving it without consuming anything
// ("NOT-STICKY" in the trace otherwise), even when a valid response follows.
void tst_HttpResponseReader::malformed()
{
    QFETCH(QByteArray, input);
    const Outcome got = allWays(input + Ok + "Content-Length: 0\r\n\r\n");
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(got.trace, "Malformed"_ba);
    QVERIFY(!got.keepAlive);
}

// Each row: the limits, the input, then "trace|body". A trace ending in "closed": closed()
// after the last byte.
void tst_HttpResponseReader::limits_data()
{
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray a100(100, 'a');
    const Limits refuse{64, 8, false}, cut{64, 8, true};

    // The head, a chunk-size line and a trailer line are each bounded by maxHead: without their
    // end, more than maxHead bytes are refused at once (not kept waiting for a "\n").
    QTest::newRow("head, no end") << refuse << Ok + "X: " + a100 << "Malformed|"_ba;
    QTest::newRow("head, ended") << refuse << Ok + "X: " + a100 + "\r\n\r\n"
                                 << "Malformed|"_ba;
    QTest::newRow("chunk-size line") << refuse << Chunked + "5;" + a100 << "Malformed|"_ba;
    QTest::newRow("trailer line") << refuse << Chunked + "0;x\r\nX: " + a100 << "Malformed|"_ba;
    // The same with their ends: refused all at once too, not only when the bytes trickle in.
    QTest::newRow("chunk-size line, ended")
        << refuse << Chunked + "5;" + a100 + "\r\nhello\r\n0\r\n\r\n"
        << "Malformed|"_ba;
    QTest::newRow("trailer line, ended") << refuse << Chunked + "0\r\nX: " + a100 + "\r\n\r\n"
                                         << "Malformed|"_ba;
    // A head of exactly maxHead bytes (without its empty line) is read however it arrives.
    const QByteArray head64 = Ok + "X: " + QByteArray(64 - 17 - 3, 'a');
    QTest::newRow("head of maxHead") << refuse << head64 + "\r\n\r\n"
                                     << "NeedMore closed|"_ba;
    QTest::newRow("head of maxHead + 1") << refuse << head64 + "a\r\n\r\n"
                                         << "Malformed|"_ba;

    // A body over maxBody: TooLarge (what was kept: maxBody bytes), or with cutBody cut at
    // maxBody and read to its end (the next response's bytes stay).
    const QByteArray ten = Ok + "Content-Length: 10\r\n\r\n0123456789";
    QTest::newRow("length = maxBody") << Limits{64, 10, false} << ten << "Complete|0123456789"_ba;
    QTest::newRow("length > maxBody") << refuse << ten << "TooLarge|01234567"_ba;
    QTest::newRow("length > maxBody, cut") << cut << ten << "Complete|01234567"_ba;
    const QByteArray chunks = Chunked + "5;x\r\nhello\r\n5;x\r\nworld\r\n0;x\r\n\r\n";
    QTest::newRow("chunked > maxBody") << refuse << chunks << "TooLarge|hellowor"_ba;
    QTest::newRow("chunked > maxBody, cut") << cut << chunks << "Complete|hellowor"_ba;
    QTest::newRow("until close > maxBody") << refuse << Ok + "\r\n0123456789"
                                           << "TooLarge|01234567"_ba;
    QTest::newRow("until close > maxBody, cut") << cut << Ok + "\r\n0123456789"
                                                << "NeedMore closed|01234567"_ba;
}

void tst_HttpResponseReader::limits()
{
    QFETCH(Limits, limits);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    Options o;
    o.limits = limits;
    o.close = expected.contains("closed|");
    const Outcome got = allWays(input, o);
    if (!QTest::currentTestFailed())
        QCOMPARE(got.trace + "|" + got.body, expected);
}

// setHeadRequest(true): no body, whatever the headers say; nothing after the head is consumed.
void tst_HttpResponseReader::headRequestHasNoBody()
{
    Options o;
    o.head = true;
    for (const QByteArray &framing : {"Content-Length: 5"_ba, "Transfer-Encoding: chunked"_ba}) {
        const Outcome got = allWays(Ok + framing + "\r\n\r\n" + Ok, o);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(got.summary(), QByteArray("Complete|200||keep|" + Ok));
    }
}

// Pipelined answers: after Complete the next one's bytes stay in the buffer and reset() lets the
// same reader read it (a chunked, a 204 and a Content-Length answer on one connection).
void tst_HttpResponseReader::pipelinedWithReset()
{
    Options o;
    o.pipelined = true;
    const QByteArray three = Chunked + "2;x\r\nab\r\n0;x\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"
        + Ok + "Content-Length: 3\r\n\r\nxyz";
    const Outcome got = allWays(three, o);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(got.summary(), "Complete Complete Complete|200|xyz|keep|"_ba);
    QCOMPARE(got.earlier, "200:ab;204:;"_ba);

    // reset() forgets the answer read; the limits stay.
    HttpResponseReader reader({64, 2, true});
    QByteArray in = Ok + "Content-Length: 3\r\nX: 1\r\n\r\nabc";
    QCOMPARE(reader.read(&in), R::Complete);
    QCOMPARE(reader.body(), "ab"_ba);
    reader.reset();
    QVERIFY(!reader.started());
    QVERIFY(!reader.complete());
    QCOMPARE(reader.status(), 0);
    QVERIFY(reader.headers().isEmpty());
    in = Ok + "Content-Length: 3\r\n\r\nxyz";
    QCOMPARE(reader.read(&in), R::Complete);
    QCOMPARE(reader.body(), "xy"_ba);
}

// header(): the first value of that name, any case; headers(): all, in order, names as sent,
// values trimmed.
void tst_HttpResponseReader::headerIsCaseInsensitive()
{
    HttpResponseReader reader;
    QByteArray in =
        Ok + "Content-Type:  text/plain \r\nX-Id: 1\r\nx-id: 2\r\nContent-Length: 0\r\n\r\n";
    QCOMPARE(reader.read(&in), R::Complete);
    QCOMPARE(reader.header("content-type"), "text/plain"_ba);
    QCOMPARE(reader.header("CONTENT-TYPE"), "text/plain"_ba);
    QCOMPARE(reader.header("X-ID"), "1"_ba);
    QCOMPARE(reader.header("X-Missing"), QByteArray());
    QCOMPARE(reader.headers().size(), 4);
    QCOMPARE(reader.headers().at(2), qMakePair("x-id"_ba, "2"_ba));
}

// The connection ends early. closed() is false: the answer was cut short or never came;
// missingBodyBytes() is what a Content-Length body lacks; started() says whether any byte came
// (if none, a request on a reused connection can be retried). keepAlive() is false.
void tst_HttpResponseReader::closedEarly()
{
    Options o;
    o.close = true;
    const QList<std::pair<QByteArray, QByteArray>> cases = {
        // input, "trace|missing|started"
        {"", "NeedMore !closed|0|0"},
        {"H", "NeedMore !closed|0|1"},
        {Ok + "Content-Length: 10\r\n", "NeedMore !closed|0|1"},
        {Ok + "Content-Length: 10\r\n\r\nhel", "NeedMore !closed|7|1"},
        {Chunked + "5;x\r\nhel", "NeedMore !closed|0|1"},
    };
    for (const auto &[input, expected] : cases) {
        const Outcome got = allWays(input, o);
        if (QTest::currentTestFailed())
            return;
        const QByteArray missing = QByteArray::number(got.missing);
        QCOMPARE(got.trace + '|' + missing + '|' + QByteArray::number(got.started), expected);
        QVERIFY(!got.keepAlive);
    }
}

QTEST_GUILESS_MAIN(tst_HttpResponseReader)
#include "tst_httpresponsereader.moc"
