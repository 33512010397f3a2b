// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Replay.h"

#include "pop3/Pop3Framer.h"

namespace carteiro::test {

namespace {

class Pop3Adapter final : public ReplayAdapter
{
public:
    Pop3Adapter(const Pop3Session::Config &config, const Pop3Plan &plan, qint64 maxBody,
                qsizetype maxLine)
        : m_session(config), m_framer(maxLine, maxBody), m_plan(plan)
    {
    }
    Framer &framer() override { return m_framer; }
    ReplayRun &run() override { return m_run; }
    void frame(const QByteArray &frame) override
    {
        m_run.frameTraces.append(m_framer.traceText(frame));
        apply(m_session.feedFrame(frame));
        if (m_session.expectsBody())
            m_framer.expectBody();
    }
    void framerFailed(const QString &error) override { apply(m_session.connectionLost(error)); }
    void tlsEstablished() override { apply(m_session.tlsEstablished()); }
    void scriptEnded() override
    {
        if (!m_session.isFinished())
            apply(m_session.connectionLost(QStringLiteral("end of script")));
    }
    Pop3Run result()
    {
        m_run.state = m_session.state();
        m_run.error = m_session.error();
        m_run.failedStep = m_session.failedStep();
        m_run.succeeded = m_session.succeeded();
        m_run.updateConfirmed = m_session.updateConfirmed();
        m_run.last = m_session.lastResponse();
        m_run.failure = m_session.failureResponse();
        m_run.tls = m_session.isTlsActive();
        return m_run;
    }

private:
    void apply(const Pop3Session::Output &out)
    {
        m_run.batch(out.commands.size());
        for (const Pop3Command &c : out.commands)
            m_run.wrote(c.wire, c.traceText);
        m_run.notes += out.notes;
        if (out.startTls)
            tlsRequested = true;
        if (out.close)
            m_run.closed = true;
        QList<Pop3Session::Request> more;
        if (out.authenticated) {
            m_run.authenticated = true;
            more += m_plan.requests;
        }
        for (const Pop3Session::Reply &r : out.replies) {
            m_run.replies.append(r);
            if (m_plan.onReply)
                more += m_plan.onReply(r);
        }
        for (const Pop3Session::Request &r : more)
            apply(m_session.request(r));
        if (m_run.authenticated && m_plan.quit && !m_quitSent &&
            m_session.state() == Pop3Session::State::Transaction &&
            m_session.pendingRequests() == 0) {
            m_quitSent = true;
            apply(m_session.quit());
        }
    }

    Pop3Session m_session;
    Pop3Framer m_framer;
    const Pop3Plan &m_plan;
    Pop3Run m_run;
    bool m_quitSent = false;
};

} // namespace

Pop3Run runPop3(const Pop3Session::Config &config, const Pop3Plan &plan,
                const QList<QByteArray> &segments, const ReplayCut &cut, qint64 maxBody,
                qsizetype maxLine)
{
    Pop3Adapter adapter(config, plan, maxBody, maxLine);
    replayOnce(adapter, segments, cut);
    return adapter.result();
}

void replayPop3(const Pop3Session::Config &config, const Pop3Plan &plan, const Transcript &script,
                const std::function<void(const Pop3Run &)> &check)
{
    replayEveryCut<Pop3Run>(
        script,
        [&](const ReplayCut &cut) { return runPop3(config, plan, script.serverSegments, cut); },
        check);
}

} // namespace carteiro::test
