#pragma once
// Replays a console scenario the way ConsoleConnection and the Channel would:
// typed lines into the session, server bytes through the session's own framer
// (split in two at a given offset, or byte by byte), secrets registered with a
// TraceHub before the writes, and every write, server frame and note recorded
// in that hub, so a test can check the transcript exactly as the inspector
// would hold it.
#include "console/ConsoleSession.h"
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>
#include <gtest/gtest.h>

namespace carteiro::test {

struct ConsoleStep
{
    enum Kind { Type, Server, Password, Tls } kind;
    QByteArray data;
};
inline ConsoleStep typed(const QByteArray &line) { return {ConsoleStep::Type, line}; }
inline ConsoleStep server(const QByteArray &bytes) { return {ConsoleStep::Server, bytes}; }
inline ConsoleStep password(const QByteArray &secret) { return {ConsoleStep::Password, secret}; }
inline ConsoleStep tlsUp() { return {ConsoleStep::Tls, {}}; }

struct ConsoleRun
{
    QByteArray wire;              // every byte written, in order
    QList<QByteArray> transcript; // TraceText lines of the hub's history
    QStringList errors;           // refused typed lines
    QStringList history;          // what the console history kept
    QStringList states;           // the state after each step
    QList<bool> awaiting;         // awaitingReply() after each step
    int replies = 0;              // complete replies
    bool lastSuccess = false;
    int passwordRequests = 0;
    int startTls = 0;
    bool closed = false;
    QByteArray discarded;         // bytes dropped at the STARTTLS boundary
};

inline ConsoleRun runConsole(Protocol protocol, const ConsoleSession::Config &config,
                             const QList<ConsoleStep> &steps, qsizetype split, bool byteByByte = false)
{
    ConsoleRun run;
    TraceHub hub;
    const quint32 conn = hub.openConnection(protocol, QStringLiteral("console test"));
    std::unique_ptr<ConsoleSession> session = ConsoleSession::create(protocol, config);
    std::unique_ptr<Framer> framer = session->makeFramer();
    auto record = [&](Direction d, const QByteArray &bytes) {
        TraceEvent e;
        e.connection = conn;
        e.protocol = protocol;
        e.direction = d;
        e.kind = TraceKind::Line;
        e.bytes = bytes;
        hub.record(e);
    };
    std::function<void(const ConsoleOutput &)> apply = [&](const ConsoleOutput &out) {
        for (const QByteArray &s : out.secrets)
            hub.addSecret(s);
        if (!out.error.isEmpty())
            run.errors << out.error;
        if (out.accepted && !out.historyText.isEmpty())
            run.history << out.historyText;
        for (const ConsoleWrite &w : out.writes) {
            run.wire += w.wire;
            record(Direction::ClientToServer, w.trace);
        }
        for (const QString &n : out.notes)
            record(Direction::Note, n.toUtf8());
        run.passwordRequests += out.needPassword ? 1 : 0;
        if (out.replyComplete) {
            ++run.replies;
            run.lastSuccess = out.replySuccess;
        }
        run.closed = run.closed || out.closed;
        if (out.startTls) {
            ++run.startTls;
            run.discarded += framer->takeBuffered(); // as Channel::startTls does
        }
    };
    auto feed = [&](const QByteArray &piece) {
        framer->feed(piece);
        while (std::optional<QByteArray> f = framer->next()) {
            record(Direction::ServerToClient, framer->traceText(*f));
            apply(session->feed(*f));
        }
        EXPECT_FALSE(framer->hasError()) << framer->error().toStdString();
    };
    for (const ConsoleStep &step : steps) {
        switch (step.kind) {
        case ConsoleStep::Type: apply(session->submit(step.data)); break;
        case ConsoleStep::Password: apply(session->providePassword(step.data)); break;
        case ConsoleStep::Tls: {
            TlsDetails tls;
            tls.protocol = QStringLiteral("TLSv1.3");
            tls.subject = QStringLiteral("mail.example.test");
            tls.issuer = QStringLiteral("Carteiro mail lab");
            tls.sha256 = QStringLiteral("ab12");
            apply(session->tlsEstablished(tls));
            break;
        }
        case ConsoleStep::Server:
            if (byteByByte) {
                for (char c : step.data)
                    feed(QByteArray(1, c));
            } else if (split >= 0) {
                const qsizetype k = qMin(split, step.data.size());
                feed(step.data.left(k));
                feed(step.data.mid(k));
            } else {
                feed(step.data);
            }
            break;
        }
        run.states << session->state();
        run.awaiting << session->awaitingReply();
    }
    for (const TraceEvent &e : hub.history(conn))
        run.transcript << TraceText::line(e);
    return run;
}

// Runs whole, byte by byte and split at every offset up to the longest server
// step; every run must give the same wire bytes, states and transcript.
inline void replayConsole(Protocol protocol, const ConsoleSession::Config &config,
                          const QList<ConsoleStep> &steps, const std::function<void(const ConsoleRun &)> &check)
{
    const ConsoleRun whole = runConsole(protocol, config, steps, -1);
    {
        SCOPED_TRACE("whole");
        check(whole);
    }
    {
        SCOPED_TRACE("byte by byte");
        const ConsoleRun r = runConsole(protocol, config, steps, -1, true);
        EXPECT_EQ(r.wire, whole.wire);
        EXPECT_EQ(r.states, whole.states);
        EXPECT_EQ(r.transcript, whole.transcript);
        check(r);
    }
    qsizetype longest = 0;
    for (const ConsoleStep &s : steps)
        if (s.kind == ConsoleStep::Server)
            longest = qMax(longest, s.data.size());
    for (qsizetype k = 0; k <= longest; ++k) {
        SCOPED_TRACE(("split at " + QByteArray::number(k)).constData());
        const ConsoleRun r = runConsole(protocol, config, steps, k);
        EXPECT_EQ(r.wire, whole.wire);
        EXPECT_EQ(r.states, whole.states);
        EXPECT_EQ(r.transcript, whole.transcript);
        if (::testing::Test::HasFailure())
            return;
    }
}

// No trace line, history entry or note holds the secret, raw or in base64.
inline void expectSecretNowhere(const ConsoleRun &run, const QByteArray &secret)
{
    const QList<QByteArray> forms = {secret, secret.toBase64()};
    for (const QByteArray &form : forms) {
        for (const QByteArray &line : run.transcript)
            EXPECT_FALSE(line.contains(form)) << line.constData();
        for (const QString &h : run.history)
            EXPECT_FALSE(h.toUtf8().contains(form)) << h.toStdString();
    }
}

inline bool transcriptHas(const ConsoleRun &run, const QByteArray &needle)
{
    for (const QByteArray &line : run.transcript)
        if (line.contains(needle))
            return true;
    return false;
}

} // namespace carteiro::test
