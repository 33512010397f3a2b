// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/TraceHub.h"
#include "trace/TraceText.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace carteiro;

namespace {
TraceEvent line(quint32 conn, Direction d, const QByteArray &bytes)
{
    TraceEvent e;
    e.connection = conn;
    e.protocol = Protocol::Smtp;
    e.direction = d;
    e.kind = TraceKind::Line;
    e.bytes = bytes;
    return e;
}
int argc = 1;
char arg0[] = "test";
char *argv[] = {arg0, nullptr};
} // namespace

TEST(TraceHub, SecretsAreMaskedRawAndBase64)
{
    TraceHub hub;
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("t"));
    hub.addSecret("hunter22");
    hub.record(line(c, Direction::ClientToServer, "PASS hunter22"));
    hub.record(line(c, Direction::ClientToServer, "AUTH X " + QByteArray("hunter22").toBase64()));
    const auto h = hub.history(c);
    ASSERT_EQ(h.size(), 2);
    for (const TraceEvent &e : h) {
        EXPECT_FALSE(e.bytes.contains("hunter22"));
        EXPECT_FALSE(e.bytes.contains(QByteArray("hunter22").toBase64()));
        EXPECT_TRUE(e.bytes.contains("*****"));
    }
}

TEST(TraceHub, RingBufferIsBoundedAndIdsIncrease)
{
    TraceHub::Limits limits;
    limits.eventsPerConnection = 100;
    TraceHub hub(limits);
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("t"));
    for (int i = 0; i < 1000; ++i)
        hub.record(line(c, Direction::ServerToClient, "250 ok " + QByteArray::number(i)));
    const auto h = hub.history(c);
    ASSERT_EQ(h.size(), 100);
    EXPECT_EQ(h.last().bytes, QByteArray("250 ok 999"));
    EXPECT_EQ(hub.droppedEvents(), 900);
    for (int i = 1; i < h.size(); ++i)
        EXPECT_LT(h[i - 1].id, h[i].id);
}

TEST(TraceHub, LongLinesAreCutWithTheirSize)
{
    TraceHub hub;
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("t"));
    hub.record(line(c, Direction::ServerToClient, QByteArray(100000, 'a')));
    const auto h = hub.history(c);
    EXPECT_LT(h[0].bytes.size(), 9000);
    EXPECT_TRUE(h[0].bytes.endsWith("[100000 bytes]"));
}

TEST(TraceHub, DeliversInBatches)
{
    QCoreApplication app(argc, argv);
    TraceHub hub;
    QSignalSpy spy(&hub, &TraceHub::eventsAppended);
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("t"));
    for (int i = 0; i < 500; ++i)
        hub.record(line(c, Direction::ServerToClient, "250 ok"));
    EXPECT_TRUE(spy.wait(2000));
    int total = 0;
    for (const auto &args : spy)
        total += args.at(0).value<QList<TraceEvent>>().size();
    EXPECT_EQ(total, 500);
    EXPECT_LE(spy.size(), 2); // batched, not one signal per event
}

TEST(TraceText, ExportFormat)
{
    TraceHub hub;
    const quint32 c = hub.openConnection(Protocol::Smtp, QStringLiteral("t"));
    hub.record(line(c, Direction::ClientToServer, "EHLO x"));
    hub.record(line(c, Direction::ServerToClient, "250 ok\r\n"));
    TraceEvent body;
    body.connection = c;
    body.direction = Direction::ClientToServer;
    body.kind = TraceKind::BodySummary;
    body.bodyBytes = 4096;
    hub.record(body);
    const QByteArray text = TraceText::format(hub.history(c), false);
    EXPECT_EQ(text, QByteArray("C: EHLO x\nS: 250 ok\\r\\n\nC: <4096 bytes>\n"));
    const QByteArray stamped = TraceText::format(hub.history(c), true);
    EXPECT_TRUE(stamped.startsWith("+0.000ms C: EHLO x\n")) << stamped.constData();
}
