#include "SmtpScript.h"

#include "net/LineFramer.h"
#include "trace/TraceTextParser.h"

#include <gtest/gtest.h>

namespace carteiro::test {

SmtpScript SmtpScript::parse(const QByteArray &text)
{
    // The inspector's export, read line by line as carteiro-cli diagram reads it
    // (core/trace/TraceTextParser.h): timestamps are allowed and ignored.
    SmtpScript s;
    s.serverSegments.append(QByteArray());
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue;
        const std::optional<TranscriptLine> line = TraceTextParser::splitLine(raw);
        if (!line)
            continue;
        if (line->direction == Direction::ServerToClient)
            s.serverSegments.last() += line->text + "\r\n";
        else if (line->direction == Direction::ClientToServer)
            s.expectedClient.append(line->text);
        else if (line->text.startsWith("TLS"))
            s.serverSegments.append(QByteArray());
    }
    return s;
}

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

SmtpRun runSmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const QList<QByteArray> &segments, const QList<qsizetype> &splits, bool byteByByte)
{
    SmtpRun run;
    SmtpSession session(config);
    for (const SmtpEnvelope &e : envelopes)
        session.addMessage(e);
    LineFramer framer(64 * 1024);
    bool tlsStarted = false;
    bool bodyPending = false;

    auto apply = [&](const SmtpSession::Output &out) {
        run.largestBatch = qMax(run.largestBatch, int(out.commands.size()));
        run.notes += out.notes;
        for (const SmtpCommand &c : out.commands) {
            EXPECT_TRUE(c.wire.endsWith("\r\n"));
            run.clientLines.append(c.wire.chopped(2));
            run.traceLines.append(c.traceText);
        }
        if (out.startTls)
            tlsStarted = true;
        if (out.sendBody) {
            run.clientLines.append("<body>");
            run.traceLines.append("<body>");
            bodyPending = true;
        }
        if (out.close)
            run.closed = true;
    };

    for (qsizetype seg = 0; seg < segments.size() && !run.closed; ++seg) {
        if (seg > 0) {
            if (!tlsStarted)
                break; // the script expected a handshake that the client never asked for
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
            if (cut < 0)
                pieces = {bytes};
            else
                pieces = {bytes.left(cut), bytes.mid(cut)};
        }
        qsizetype next = 0;
        for (; next < pieces.size() && !run.closed && !tlsStarted; ++next) {
            framer.feed(pieces.at(next));
            while (!run.closed && !tlsStarted) {
                auto line = framer.next();
                if (!line) {
                    if (framer.hasError()) {
                        run.framerError = framer.error();
                        apply(session.connectionLost(framer.error()));
                    }
                    break;
                }
                apply(session.feedLine(*line));
                if (bodyPending) {
                    bodyPending = false;
                    apply(session.bodySent(1));
                }
            }
        }
        if (tlsStarted) {
            // What the Channel does at STARTTLS: everything received and unread
            // (buffered in the framer or still in the socket) is discarded.
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
    run.failedStep = session.failedStep();
    run.results = session.results();
    run.succeeded = session.succeeded();
    return run;
}

void replayAtEveryOffset(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                         const SmtpScript &script, const std::function<void(const SmtpRun &)> &check)
{
    auto verify = [&](const SmtpRun &run, const QByteArray &how) {
        QByteArray why;
        EXPECT_TRUE(linesMatch(script.expectedClient, run.clientLines, &why)) << how.constData()
                                                                               << ": " << why.constData();
        SCOPED_TRACE(how.constData());
        check(run);
    };
    verify(runSmtp(config, envelopes, script.serverSegments, {}), "whole");
    verify(runSmtp(config, envelopes, script.serverSegments, {}, true), "byte by byte");
    for (qsizetype seg = 0; seg < script.serverSegments.size(); ++seg) {
        for (qsizetype k = 0; k <= script.serverSegments.at(seg).size(); ++k) {
            QList<qsizetype> splits(script.serverSegments.size(), -1);
            splits[seg] = k;
            verify(runSmtp(config, envelopes, script.serverSegments, splits),
                   "segment " + QByteArray::number(seg) + " split at " + QByteArray::number(k));
            if (::testing::Test::HasFailure())
                return; // one clear failure beats thousands of copies
        }
    }
}

} // namespace carteiro::test
