// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpReplay.h"

#include "net/LineFramer.h"

namespace carteiro::test {

namespace {

class SmtpAdapter final : public ReplayAdapter
{
public:
    SmtpAdapter(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes)
        : m_session(config), m_framer(64 * 1024)
    {
        for (const SmtpEnvelope &e : envelopes)
            m_session.addMessage(e);
    }
    Framer &framer() override { return m_framer; }
    ReplayRun &run() override { return m_run; }
    void frame(const QByteArray &line) override
    {
        apply(m_session.feedLine(line));
        sendAhead();
    }
    void framerFailed(const QString &error) override { apply(m_session.connectionLost(error)); }
    void tlsEstablished() override { apply(m_session.tlsEstablished()); }
    void scriptEnded() override
    {
        if (!m_session.isFinished() && !m_run.closed)
            apply(m_session.connectionLost(QStringLiteral("end of script")));
    }
    SmtpRun result()
    {
        m_run.state = m_session.state();
        m_run.error = m_session.error();
        m_run.failedStep = m_session.failedStep();
        m_run.results = m_session.results();
        m_run.succeeded = m_session.succeeded();
        return m_run;
    }

private:
    // What SubmissionJob does when its reading pauses (here: after each frame):
    // the messages that may go whole, each envelope then its one BDAT chunk.
    void sendAhead()
    {
        for (int index : m_session.aheadBatch()) {
            apply(m_session.sendAhead(index));
            m_run.clientLines.append("<body>");
            m_run.traceLines.append("<body>");
            apply(m_session.bodySent(1));
        }
    }

    void apply(const SmtpSession::Output &out)
    {
        m_run.batch(out.commands.size());
        m_run.notes += out.notes;
        for (const SmtpCommand &c : out.commands)
            m_run.wrote(c.wire, c.traceText);
        if (out.startTls)
            tlsRequested = true;
        if (out.close)
            m_run.closed = true;
        if (out.sendBody) {
            // Written at once, as SubmissionJob writes a small body: one BDAT chunk.
            m_run.clientLines.append("<body>");
            m_run.traceLines.append("<body>");
            apply(m_session.bodySent(1));
        }
    }

    SmtpSession m_session;
    LineFramer m_framer;
    SmtpRun m_run;
};

} // namespace

SmtpRun runSmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const QList<QByteArray> &segments, const ReplayCut &cut)
{
    SmtpAdapter adapter(config, envelopes);
    replayOnce(adapter, segments, cut);
    return adapter.result();
}

void replaySmtp(const SmtpSession::Config &config, const QList<SmtpEnvelope> &envelopes,
                const Transcript &script, const std::function<void(const SmtpRun &)> &check)
{
    replayEveryCut<SmtpRun>(
        script,
        [&](const ReplayCut &cut) {
            return runSmtp(config, envelopes, script.serverSegments, cut);
        },
        check);
}

} // namespace carteiro::test
