// HTTP/1.1 responses as a client connection reads them (HttpResponseReader): after its first byte
// the input is what a server sends on one connection, fed in pieces as they might arrive. The
// first byte picks how: bits 0-3 the piece size less one (1..16 bytes), bit 6 the whole input at
// once instead, bit 4 Limits::cutBody, bit 7 a HEAD request. Seeds start with a printable one
// ('A': all at once; ' ': byte by byte; '#': 4 bytes; 'P': all at once, cutBody). Small limits
// (maxHead 512, maxBody 4096) make the limit paths cheap to reach. Interim answers are read on;
// after Complete the reader is reset() and reads what is left (at most 8 responses); then the
// connection ends (closed()). What the contract promises is checked (qFatal aborts).
#include <algorithm>

#include "fuzz_common.h"
#include "net/httpresponsereader.h"

namespace {

using Result = HttpResponseReader::Result;

void expect(bool ok, const char *what)
{
    if (!ok)
        qFatal("fuzz_httpresponse: %s", what);
}

} // namespace

IW_FUZZ_TARGET(httpresponse)
{
    static const bool quiet = (IwFuzz::silence(), true);
    Q_UNUSED(quiet);
    if (size == 0)
        return 0;
    const uint8_t how = data[0];
    const QByteArray input = IwFuzz::bytes(data + 1, size - 1);
    const qsizetype piece = (how & 0x40) ? std::max<qsizetype>(input.size(), 1) : (how & 0x0f) + 1;
    HttpResponseReader::Limits limits;
    limits.maxHead = 512;
    limits.maxBody = 4096;
    limits.cutBody = (how & 0x10) != 0;
    const bool head = (how & 0x80) != 0;

    HttpResponseReader reader(limits);
    reader.setHeadRequest(head);
    QByteArray buffer;
    int responses = 0;
    bool over = false;
    for (qsizetype at = 0; at < input.size() && !over; at += piece) {
        buffer += input.mid(at, piece);
        for (;;) {
            const bool bytes = !buffer.isEmpty();
            const Result r = reader.read(&buffer);
            expect(reader.body().size() <= limits.maxBody, "body over maxBody");
            expect(reader.started() || !bytes, "bytes read but not started()");
            if (r == Result::NeedMore)
                break;
            if (r == Result::Interim) {
                expect(reader.interimStatus() >= 100 && reader.interimStatus() < 200, "interim");
                expect(reader.status() == 0, "final status before the final head");
                continue;
            }
            // Complete, Malformed, TooLarge: final; read() says it again and consumes nothing.
            const QByteArray before = buffer;
            expect(reader.read(&buffer) == r && buffer == before, "final result not kept");
            if (r != Result::Complete) {
                expect(!reader.keepAlive() && !reader.complete(), "failed but reusable");
                over = true;
                break;
            }
            expect(reader.complete() && reader.status() >= 200 && reader.status() <= 999, "status");
            (void)reader.header("content-type");
            (void)reader.keepAlive();
            (void)reader.takeBody();
            if (++responses == 8) {
                over = true;
                break;
            }
            reader.reset();
            reader.setHeadRequest(head);
        }
    }
    const bool complete = reader.closed();
    expect(reader.missingBodyBytes() >= 0, "negative missing bytes");
    expect(!complete || reader.complete(), "closed() true but not complete");
    return 0;
}
