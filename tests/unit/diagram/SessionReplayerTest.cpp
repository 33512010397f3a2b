// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramFixtures.h"

#include "trace/SessionReplayer.h"
#include "trace/TraceTextParser.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
int argc = 1;
char arg0[] = "test";
char *argv[] = {arg0, nullptr};

SessionData labSession()
{
    SessionData d;
    d.connections = {{5, Protocol::Smtp, QStringLiteral("smtp://127.0.0.1:10587 (alice)")}};
    quint64 id = 40;
    for (TraceEvent e : TraceTextParser::parse(carteiro::test::kLabSubmission).events) {
        e.id = id++;
        e.connection = 5;
        d.events.append(e);
    }
    return d;
}
} // namespace

TEST(TraceHubImport, KeepsIdsTimestampsAndConnections)
{
    TraceHub hub;
    const quint32 live = hub.openConnection(Protocol::Imap, QStringLiteral("live"));
    EXPECT_EQ(live, 1u);
    EXPECT_TRUE(hub.importConnection({9, Protocol::Smtp, QStringLiteral("saved")}));
    EXPECT_FALSE(hub.importConnection({9, Protocol::Smtp, QStringLiteral("again")}));
    EXPECT_FALSE(hub.importConnection({0, Protocol::Smtp, QStringLiteral("zero")}));
    EXPECT_EQ(hub.openConnection(Protocol::Pop3, QStringLiteral("next")), 10u); // never reuses an id

    hub.addSecret("hunter22");
    TraceEvent e;
    e.connection = 9;
    e.protocol = Protocol::Smtp;
    e.direction = Direction::ClientToServer;
    e.kind = TraceKind::Line;
    e.bytes = "PASS hunter22";
    e.id = 500;
    e.timestampNs = 123456789;
    TraceEvent older = e;
    older.id = 3; // not above the last: given the next id
    older.bytes = "NOOP";
    hub.importEvents({e, older});
    const QList<TraceEvent> h = hub.history(9);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[0].id, 500u);
    EXPECT_EQ(h[0].timestampNs, 123456789);
    EXPECT_EQ(h[0].bytes, QByteArray("PASS *****")); // masked on the way in, too
    EXPECT_EQ(h[1].id, 501u);
    hub.record(e);
    EXPECT_EQ(hub.history(9).last().id, 502u);
}

TEST(SessionReplayer, InstantReplayDeliversEverythingAtOnce)
{
    QCoreApplication app(argc, argv);
    TraceHub hub;
    const SessionData d = labSession();
    SessionReplayer replay(&hub, d);
    QSignalSpy finished(&replay, &SessionReplayer::finished);
    replay.start(0);
    EXPECT_EQ(finished.size(), 1);
    const QList<TraceEvent> h = hub.history(5);
    ASSERT_EQ(h.size(), d.events.size());
    for (qsizetype i = 0; i < h.size(); ++i) {
        EXPECT_EQ(h[i].id, d.events[i].id);
        EXPECT_EQ(h[i].timestampNs, d.events[i].timestampNs);
        EXPECT_EQ(h[i].bytes, d.events[i].bytes);
    }
    ASSERT_EQ(hub.connections().size(), 1);
    EXPECT_EQ(hub.connections().first().label, QStringLiteral("smtp://127.0.0.1:10587 (alice)"));
}

TEST(SessionReplayer, PacedReplayKeepsTheOrderAndCanStop)
{
    QCoreApplication app(argc, argv);
    TraceHub hub;
    const SessionData d = labSession();
    SessionReplayer replay(&hub, d);
    QSignalSpy progressed(&replay, &SessionReplayer::progressed);
    QSignalSpy finished(&replay, &SessionReplayer::finished);
    replay.start(16);
    EXPECT_LT(replay.delivered(), replay.total()); // not all at once
    EXPECT_TRUE(replay.isRunning());
    replay.stop();
    const int stoppedAt = replay.delivered();
    QCoreApplication::processEvents();
    EXPECT_EQ(replay.delivered(), stoppedAt);
    replay.start(16); // resumes where it stopped
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(replay.delivered(), replay.total());
    EXPECT_GT(progressed.size(), 2); // in several steps
    const QList<TraceEvent> h = hub.history(5);
    ASSERT_EQ(h.size(), d.events.size());
    for (qsizetype i = 0; i < h.size(); ++i)
        EXPECT_EQ(h[i].id, d.events[i].id);
}
