// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapReplay.h"

#include "imap/ImapFramer.h"

namespace carteiro::test {

namespace {

class ImapAdapter final : public ReplayAdapter
{
public:
    ImapAdapter(const ImapSession::Config &config, const ImapSetup &setup, const ImapHook &hook)
        : m_session(config), m_hook(hook)
    {
        if (setup)
            setup(m_session);
    }
    Framer &framer() override { return m_framer; }
    ReplayRun &run() override { return m_run; }
    void begin() override { apply(m_session.flush()); }
    void frame(const QByteArray &frame) override
    {
        apply(m_session.feed(frame));
        if (m_hook)
            apply(m_hook(m_session, frame));
    }
    void framerFailed(const QString &error) override { apply(m_session.connectionLost(error)); }
    void tlsEstablished() override { apply(m_session.tlsEstablished()); }
    void scriptEnded() override
    {
        if (!m_session.isFinished() && !m_run.closed)
            apply(m_session.connectionLost(QStringLiteral("end of script")));
    }
    ImapRun result()
    {
        m_run.state = m_session.state();
        m_run.error = m_session.error();
        m_run.mailbox = m_session.mailbox();
        return m_run;
    }

private:
    void apply(const ImapSession::Output &out)
    {
        m_run.batch(out.writes.size());
        for (const ImapSession::Write &w : out.writes)
            m_run.wrote(w.wire, w.trace);
        m_run.notes += out.notes;
        m_run.alerts += out.alerts;
        m_run.data += out.data;
        m_run.completions += out.completions;
        m_run.ready = m_run.ready || out.ready;
        m_run.largeLiterals = m_run.largeLiterals || out.largeLiteralsExpected;
        if (out.startTls)
            tlsRequested = true;
        if (out.close)
            m_run.closed = true;
    }

    ImapSession m_session;
    ImapFramer m_framer;
    ImapHook m_hook;
    ImapRun m_run;
};

} // namespace

ImapRun runImap(const ImapSession::Config &config, const ImapSetup &setup,
                const QList<QByteArray> &segments, const ReplayCut &cut, const ImapHook &hook)
{
    ImapAdapter adapter(config, setup, hook);
    replayOnce(adapter, segments, cut);
    return adapter.result();
}

void replayImap(const ImapSession::Config &config, const Transcript &script,
                const std::function<void(const ImapRun &)> &check, const ImapSetup &setup,
                const ImapHook &hook)
{
    replayEveryCut<ImapRun>(
        script,
        [&](const ReplayCut &cut) {
            return runImap(config, setup, script.serverSegments, cut, hook);
        },
        check);
}

} // namespace carteiro::test
