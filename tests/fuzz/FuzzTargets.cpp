// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include "mime/MimeTree.h"
#include "net/LineFramer.h"
#include "smtp/SmtpDataEncoder.h"
#include "smtp/SmtpSession.h"
#include "trace/LadderLayout.h"
#include "trace/SessionFile.h"

#include <cstdlib>

namespace carteiro::fuzz {

namespace {
QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
void check(bool ok)
{
    if (!ok)
        std::abort(); // an invariant broke: let the fuzzer keep the input
}
} // namespace

int smtpSession(const uint8_t *data, size_t size)
{
    // The first byte picks the configuration; the rest is what the server says,
    // the TLS handshake "completing" wherever the session asks for it.
    const QByteArray in = bytes(data, size);
    SmtpSession::Config c;
    c.ehloName = "fuzz.example";
    const quint8 mode = in.isEmpty() ? 0 : quint8(in[0]);
    c.security = TransportSecurity(mode % 3);
    c.allowAuthWithoutTls = mode & 4;
    c.usePipelining = mode & 8;
    c.useChunking = mode & 16;
    c.credentials.username = QStringLiteral("alice");
    c.credentials.password = QStringLiteral("s3cret-pass");
    SmtpSession s(c);
    SmtpEnvelope e;
    e.from = "alice@example.test";
    e.recipients = {"bob@example.test", "carol@example.test"};
    e.size = 1000;
    s.addMessage(e);
    LineFramer framer(4096);
    framer.feed(in.mid(1));
    int lines = 0;
    while (auto line = framer.next()) {
        SmtpSession::Output out = s.feedLine(*line);
        for (const SmtpCommand &cmd : out.commands) {
            check(cmd.wire.endsWith("\r\n"));
            check(!cmd.traceText.contains("s3cret-pass"));
            check(!cmd.traceText.contains(QByteArray("s3cret-pass").toBase64()));
        }
        if (out.startTls)
            out = s.tlsEstablished();
        if (out.sendBody)
            s.bodySent(1);
        if (s.isFinished() || ++lines > 100000)
            break;
    }
    s.connectionLost(QStringLiteral("end of input"));
    check(s.isFinished());
    return 0;
}

int lineFramer(const uint8_t *data, size_t size)
{
    LineFramer framer(1024);
    const QByteArray in = bytes(data, size);
    const qsizetype cut = in.isEmpty() ? 0 : quint8(in[0]) % (in.size() + 1);
    framer.feed(in.left(cut));
    qsizetype total = 0;
    for (int round = 0; round < 2; ++round) {
        while (auto line = framer.next()) {
            check(line->size() <= 1024);
            check(!line->contains('\n'));
            total += line->size() + 2;
        }
        framer.feed(in.mid(cut));
    }
    check(total <= in.size());
    return 0;
}

int mimeTree(const uint8_t *data, size_t size)
{
    const QByteArray raw = bytes(data, size);
    QString error;
    MimeTree::Limits limits;
    limits.maxDepth = 20;
    limits.maxParts = 500;
    const auto tree = MimeTree::parse(raw, &error, limits);
    if (!tree)
        return 0;
    std::function<void(const MimeNode &, int)> walk = [&](const MimeNode &n, int depth) {
        check(depth <= limits.maxDepth + 1);
        check(n.headerOffset >= 0 && n.headerOffset + n.headerLength <= raw.size());
        check(n.bodyOffset >= 0 && n.bodyOffset + n.bodyLength <= raw.size());
        MimeTree::decodedBody(raw, n);
        for (const MimeNode &c : n.children)
            walk(c, depth + 1);
    };
    walk(*tree, 0);
    MimeTree::format(*tree);
    return 0;
}

int dataEncoder(const uint8_t *data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const QByteArray wire = SmtpDataEncoder::encodeAll(in);
    check(wire.endsWith(".\r\n"));
    // Exactly one terminator: "CRLF.CRLF" only at the end (or a lone ".CRLF").
    const qsizetype first = wire.indexOf("\r\n.\r\n");
    check(first < 0 || first == wire.size() - 5);
    check(!wire.startsWith(".\r\n") || wire.size() == 3);
    for (qsizetype i = 0; i < wire.size(); ++i) {
        if (wire[i] == '\n')
            check(i > 0 && wire[i - 1] == '\r');
        if (wire[i] == '\r')
            check(i + 1 < wire.size() && wire[i + 1] == '\n');
    }
    return 0;
}

int sessionFile(const uint8_t *data, size_t size)
{
    // A file someone sent the teacher: refused with a named error, or loaded
    // within the limits, in order, and written back to an equal session.
    SessionFile::Limits limits;
    limits.maxEvents = 5000;
    limits.maxFileBytes = 1024 * 1024;
    QString error;
    const auto d = SessionFile::read(bytes(data, size), &error, limits);
    if (!d) {
        check(!error.isEmpty());
        return 0;
    }
    check(error.isEmpty());
    check(d->events.size() <= limits.maxEvents);
    for (qsizetype i = 1; i < d->events.size(); ++i) {
        check(d->events[i].id > d->events[i - 1].id);
        check(d->events[i].timestampNs >= d->events[i - 1].timestampNs);
    }
    const auto again = SessionFile::read(SessionFile::write(*d), &error, limits);
    check(again.has_value() && again->events.size() == d->events.size());
    LadderLayout::build(d->events); // the diagram of whatever was loaded
    return 0;
}

} // namespace carteiro::fuzz
