#include "ImapScript.h"

#include "imap/ImapFramer.h"

#include <gtest/gtest.h>

namespace carteiro::test {

ImapScript ImapScript::parse(const QByteArray &text)
{
    ImapScript s;
    s.serverSegments.append(QByteArray());
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("S: ") || line == "S:")
            s.serverSegments.last() += line.mid(3) + "\r\n";
        else if (line.startsWith("C: "))
            s.expectedClient.append(line.mid(3).replace("\\r\\n", "\r\n"));
        else if (line.startsWith("*: TLS"))
            s.serverSegments.append(QByteArray());
    }
    // "\r\n" inside an S: line stands for a CRLF inside a literal.
    for (QByteArray &seg : s.serverSegments)
        seg.replace("\\r\\n", "\r\n");
    return s;
}

ImapRun runImap(const ImapSession::Config &config, const ImapSetup &setup,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits, bool byteByByte,
                const ImapHook &hook)
{
    ImapRun run;
    ImapSession session(config);
    if (setup)
        setup(session);
    ImapFramer framer;
    bool tlsStarted = false;
    auto apply = [&](const ImapSession::Output &out) {
        run.largestBatch = qMax(run.largestBatch, int(out.writes.size()));
        for (const ImapSession::Write &w : out.writes) {
            EXPECT_TRUE(w.wire.endsWith("\r\n")) << w.wire.constData();
            run.writes.append(w.wire.chopped(2));
            run.traces.append(w.trace);
        }
        run.notes += out.notes;
        run.alerts += out.alerts;
        run.data += out.data;
        run.completions += out.completions;
        run.ready = run.ready || out.ready;
        run.largeLiterals = run.largeLiterals || out.largeLiteralsExpected;
        if (out.startTls)
            tlsStarted = true;
        if (out.close)
            run.closed = true;
    };
    apply(session.flush());
    for (qsizetype seg = 0; seg < segments.size() && !run.closed; ++seg) {
        if (seg > 0) {
            if (!tlsStarted)
                break;
            tlsStarted = false;
            apply(session.tlsEstablished());
        }
        const QByteArray &bytes = segments.at(seg);
        QList<QByteArray> pieces;
        if (byteByByte) {
            for (char c : bytes)
                pieces.append(QByteArray(1, c));
        } else {
            const qsizetype cut = splits.value(seg, -1);
            pieces = cut < 0 ? QList<QByteArray>{bytes} : QList<QByteArray>{bytes.left(cut), bytes.mid(cut)};
        }
        qsizetype next = 0;
        for (; next < pieces.size() && !run.closed && !tlsStarted; ++next) {
            framer.feed(pieces.at(next));
            while (!run.closed && !tlsStarted) {
                const std::optional<QByteArray> frame = framer.next();
                if (!frame) {
                    if (framer.hasError())
                        apply(session.connectionLost(framer.error()));
                    break;
                }
                apply(session.feed(*frame));
                if (hook)
                    apply(hook(session, *frame));
            }
        }
        if (tlsStarted) {
            QByteArray injected = framer.takeBuffered();
            for (; next < pieces.size(); ++next)
                injected += pieces.at(next);
            if (!injected.isEmpty())
                run.injections.append(injected);
        }
    }
    if (!session.isFinished() && !run.closed)
        apply(session.connectionLost(QStringLiteral("end of script")));
    run.state = session.state();
    run.error = session.error();
    run.mailbox = session.mailbox();
    return run;
}

namespace {
bool matches(const QList<QByteArray> &expected, const QList<QByteArray> &actual, QByteArray *why)
{
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        const QByteArray e = expected.value(i, "<nothing>");
        const QByteArray a = actual.value(i, "<nothing>");
        if (!(e.endsWith('*') ? a.startsWith(e.chopped(1)) : a == e)) {
            *why = "client write " + QByteArray::number(i) + ": expected \"" + e + "\", got \"" + a + "\"";
            return false;
        }
    }
    return true;
}
} // namespace

void replayImap(const ImapSession::Config &config, const ImapScript &script,
                const std::function<void(const ImapRun &)> &check, const ImapSetup &setup,
                const ImapHook &hook)
{
    auto verify = [&](const ImapRun &run, const QByteArray &how) {
        SCOPED_TRACE(how.constData());
        QByteArray why;
        EXPECT_TRUE(matches(script.expectedClient, run.writes, &why)) << why.constData();
        check(run);
    };
    verify(runImap(config, setup, script.serverSegments, {}, false, hook), "whole");
    verify(runImap(config, setup, script.serverSegments, {}, true, hook), "byte by byte");
    for (qsizetype seg = 0; seg < script.serverSegments.size(); ++seg) {
        for (qsizetype k = 0; k <= script.serverSegments.at(seg).size(); ++k) {
            QList<qsizetype> splits(script.serverSegments.size(), -1);
            splits[seg] = k;
            verify(runImap(config, setup, script.serverSegments, splits, false, hook),
                   "segment " + QByteArray::number(seg) + " split at " + QByteArray::number(k));
            if (::testing::Test::HasFailure())
                return;
        }
    }
}

} // namespace carteiro::test
