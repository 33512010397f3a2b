#include "Pop3Script.h"

#include "pop3/Pop3Framer.h"

#include <gtest/gtest.h>

namespace carteiro::test {

Pop3Script Pop3Script::parse(const QByteArray &text)
{
    Pop3Script s;
    s.serverSegments.append(QByteArray());
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("S: ") || line == "S:")
            s.serverSegments.last() += line.mid(3) + "\r\n";
        else if (line.startsWith("C: ") || line == "C:")
            s.expectedClient.append(line.mid(3));
        else if (line.startsWith("*: TLS"))
            s.serverSegments.append(QByteArray());
    }
    return s;
}

Pop3Run runPop3(const Pop3Session::Config &config, const Pop3Plan &plan,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits, bool byteByByte,
                qint64 maxBody, qsizetype maxLine)
{
    Pop3Run run;
    Pop3Session session(config);
    Pop3Framer framer(maxLine, maxBody);
    bool tlsStarted = false;
    bool quitSent = false;
    QList<Pop3Session::Request> extra;

    std::function<void(const Pop3Session::Output &)> apply = [&](const Pop3Session::Output &out) {
        run.largestBatch = qMax(run.largestBatch, int(out.commands.size()));
        for (const Pop3Command &c : out.commands) {
            EXPECT_TRUE(c.wire.endsWith("\r\n"));
            run.clientLines.append(c.wire.chopped(2));
            run.traceLines.append(c.traceText);
        }
        run.notes += out.notes;
        if (out.startTls)
            tlsStarted = true;
        if (out.close)
            run.closed = true;
        QList<Pop3Session::Request> more;
        if (out.authenticated) {
            run.authenticated = true;
            more += plan.requests;
        }
        for (const Pop3Session::Reply &r : out.replies) {
            run.replies.append(r);
            if (plan.onReply)
                more += plan.onReply(r);
        }
        for (const Pop3Session::Request &r : more)
            apply(session.request(r));
        if (run.authenticated && plan.quit && !quitSent &&
            session.state() == Pop3Session::State::Transaction && session.pendingRequests() == 0) {
            quitSent = true;
            apply(session.quit());
        }
    };

    for (qsizetype seg = 0; seg < segments.size() && !run.closed; ++seg) {
        if (seg > 0) {
            if (!tlsStarted)
                break; // the script expected a handshake the client never asked for
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
                auto frame = framer.next();
                if (!frame) {
                    if (framer.hasError()) {
                        run.framerError = framer.error();
                        apply(session.connectionLost(framer.error()));
                    }
                    break;
                }
                run.frameTraces.append(framer.traceText(*frame));
                apply(session.feedFrame(*frame));
                if (session.expectsBody())
                    framer.expectBody();
            }
        }
        if (tlsStarted) {
            // What the Channel does at STLS: everything received and unread is discarded.
            QByteArray injected = framer.takeBuffered();
            for (; next < pieces.size(); ++next)
                injected += pieces.at(next);
            if (!injected.isEmpty())
                run.injections.append(injected);
        }
    }
    if (!session.isFinished())
        apply(session.connectionLost(QStringLiteral("end of script")));
    run.state = session.state();
    run.error = session.error();
    run.failedStep = session.failedStep();
    run.succeeded = session.succeeded();
    run.updateConfirmed = session.updateConfirmed();
    run.last = session.lastResponse();
    run.failure = session.failureResponse();
    run.tls = session.isTlsActive();
    return run;
}

namespace {
bool linesMatch(const QList<QByteArray> &expected, const QList<QByteArray> &actual, QByteArray *why)
{
    for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
        const QByteArray e = expected.value(i, "<nothing>");
        const QByteArray a = actual.value(i, "<nothing>");
        const bool ok = e.endsWith('*') ? a.startsWith(e.chopped(1)) : a == e;
        if (!ok) {
            *why = "client line " + QByteArray::number(i) + ": expected \"" + e + "\", got \"" + a + "\"";
            return false;
        }
    }
    return true;
}
} // namespace

void replayPop3(const Pop3Session::Config &config, const Pop3Plan &plan, const Pop3Script &script,
                const std::function<void(const Pop3Run &)> &check)
{
    auto verify = [&](const Pop3Run &run, const QByteArray &how) {
        QByteArray why;
        EXPECT_TRUE(linesMatch(script.expectedClient, run.clientLines, &why))
            << how.constData() << ": " << why.constData();
        SCOPED_TRACE(how.constData());
        check(run);
    };
    verify(runPop3(config, plan, script.serverSegments, {}), "whole");
    verify(runPop3(config, plan, script.serverSegments, {}, true), "byte by byte");
    for (qsizetype seg = 0; seg < script.serverSegments.size(); ++seg) {
        for (qsizetype k = 0; k <= script.serverSegments.at(seg).size(); ++k) {
            QList<qsizetype> splits(script.serverSegments.size(), -1);
            splits[seg] = k;
            verify(runPop3(config, plan, script.serverSegments, splits),
                   "segment " + QByteArray::number(seg) + " split at " + QByteArray::number(k));
            if (::testing::Test::HasFailure())
                return; // one clear failure beats thousands of copies
        }
    }
}

} // namespace carteiro::test
