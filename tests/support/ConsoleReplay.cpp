// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleReplay.h"

#include "trace/TraceHub.h"
#include "trace/TraceText.h"

namespace carteiro::test {

namespace {

class ConsoleAdapter final : public ReplayAdapter
{
public:
    ConsoleAdapter(Protocol protocol, const ConsoleSession::Config &config)
        : m_protocol(protocol), m_session(ConsoleSession::create(protocol, config)),
          m_framer(m_session->makeFramer())
    {
        m_connection = m_hub.openConnection(protocol, QStringLiteral("console test"));
    }
    Framer &framer() override { return *m_framer; }
    ReplayRun &run() override { return m_run; }
    void frame(const QByteArray &frame) override
    {
        record(Direction::ServerToClient, m_framer->traceText(frame));
        apply(m_session->feed(frame));
    }
    void framerFailed(const QString &error) override { ADD_FAILURE() << error.toStdString(); }
    void tlsEstablished() override
    {
        TlsDetails tls;
        tls.protocol = QStringLiteral("TLSv1.3");
        tls.subject = QStringLiteral("mail.example.test");
        tls.issuer = QStringLiteral("Carteiro mail lab");
        tls.sha256 = QStringLiteral("ab12");
        tlsRequested = false;
        apply(m_session->tlsEstablished(tls));
    }
    void scriptEnded() override {}

    void step(const ConsoleStep &step, const ReplayCut &cut)
    {
        switch (step.kind) {
        case ConsoleStep::Type:
            apply(m_session->submit(step.data));
            break;
        case ConsoleStep::Password:
            apply(m_session->providePassword(step.data));
            break;
        case ConsoleStep::Tls:
            tlsEstablished();
            break;
        case ConsoleStep::Server: {
            const QByteArray unread = feedPieces(*this, cut.pieces(step.data, -1));
            m_run.discarded += unread;
            if (!unread.isEmpty())
                m_run.injections.append(unread);
            break;
        }
        }
        m_run.states << m_session->state();
        m_run.awaiting << m_session->awaitingReply();
    }
    ConsoleRun result()
    {
        for (const TraceEvent &e : m_hub.history(m_connection))
            m_run.transcript << TraceText::line(e);
        return m_run;
    }

private:
    void record(Direction d, const QByteArray &bytes)
    {
        TraceEvent e;
        e.connection = m_connection;
        e.protocol = m_protocol;
        e.direction = d;
        e.kind = TraceKind::Line;
        e.bytes = bytes;
        m_hub.record(e);
    }
    void apply(const ConsoleOutput &out)
    {
        for (const QByteArray &s : out.secrets)
            m_hub.addSecret(s);
        if (!out.error.isEmpty())
            m_run.errors << out.error;
        if (out.accepted && !out.historyText.isEmpty())
            m_run.history << out.historyText;
        m_run.batch(out.writes.size());
        for (const ConsoleWrite &w : out.writes) {
            m_run.wire += w.wire;
            record(Direction::ClientToServer, w.trace);
        }
        for (const QString &n : out.notes) {
            record(Direction::Note, n.toUtf8());
            m_run.notes << n.toUtf8();
        }
        m_run.passwordRequests += out.needPassword ? 1 : 0;
        if (out.replyComplete) {
            ++m_run.replies;
            m_run.lastSuccess = out.replySuccess;
        }
        m_run.closed = m_run.closed || out.closed;
        if (out.startTls) {
            ++m_run.startTls;
            tlsRequested = true; // what is unread now is discarded, as Channel::startTls does
        }
    }

    Protocol m_protocol;
    TraceHub m_hub;
    quint32 m_connection = 0;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<Framer> m_framer;
    ConsoleRun m_run;
};

} // namespace

ConsoleRun runConsole(Protocol protocol, const ConsoleSession::Config &config,
                      const QList<ConsoleStep> &steps, const ReplayCut &cut)
{
    ConsoleAdapter adapter(protocol, config);
    for (const ConsoleStep &step : steps)
        adapter.step(step, cut);
    return adapter.result();
}

void replayConsole(Protocol protocol, const ConsoleSession::Config &config,
                   const QList<ConsoleStep> &steps,
                   const std::function<void(const ConsoleRun &)> &check)
{
    qsizetype longest = 0;
    for (const ConsoleStep &s : steps)
        if (s.kind == ConsoleStep::Server)
            longest = qMax(longest, s.data.size());
    const ConsoleRun whole = runConsole(protocol, config, steps);
    for (const ReplayCut &cut : ReplayCut::everyCommonOffset(longest)) {
        SCOPED_TRACE(cut.name().constData());
        const ConsoleRun r =
            cut.kind == ReplayCut::Kind::Whole ? whole : runConsole(protocol, config, steps, cut);
        EXPECT_EQ(r.wire, whole.wire);
        EXPECT_EQ(r.states, whole.states);
        EXPECT_EQ(r.transcript, whole.transcript);
        if (cut.kind != ReplayCut::Kind::Split)
            check(r);
        if (::testing::Test::HasFailure())
            return;
    }
}

void expectSecretNowhere(const ConsoleRun &run, const QByteArray &secret)
{
    const QList<QByteArray> forms = {secret, secret.toBase64()};
    for (const QByteArray &form : forms) {
        for (const QByteArray &line : run.transcript)
            EXPECT_FALSE(line.contains(form)) << line.constData();
        for (const QString &h : run.history)
            EXPECT_FALSE(h.toUtf8().contains(form)) << h.toStdString();
    }
}

bool transcriptHas(const ConsoleRun &run, const QByteArray &needle)
{
    for (const QByteArray &line : run.transcript)
        if (line.contains(needle))
            return true;
    return false;
}

} // namespace carteiro::test
