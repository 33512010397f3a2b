// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramFixtures.h"

#include "trace/LadderLayout.h"
#include "trace/LadderSvg.h"
#include "trace/TraceTextParser.h"

#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace carteiro;
using carteiro::test::arrowLines;
using carteiro::test::kLabSubmission;

namespace {
QList<TraceEvent> labEvents()
{
    const auto r = TraceTextParser::parse(kLabSubmission);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r.events;
}

int arrowForEvent(const LadderLayout &l, int eventIndex)
{
    for (int i = 0; i < l.arrows.size(); ++i)
        if (l.arrows[i].eventIndex == eventIndex)
            return i;
    return -1;
}
} // namespace

TEST(LadderLayout, OneArrowPerClientOrServerLine)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    EXPECT_EQ(l.arrows.size(), arrowLines(kLabSubmission));
    EXPECT_EQ(l.arrows.size(), 32);
    int clientArrows = 0;
    for (const LadderArrow &a : l.arrows) {
        const bool c = a.direction == Direction::ClientToServer;
        clientArrows += c;
        // Direction by lane, and every arrow slopes down (time runs down).
        EXPECT_DOUBLE_EQ(a.from.x(), c ? l.clientX : l.serverX);
        EXPECT_DOUBLE_EQ(a.to.x(), c ? l.serverX : l.clientX);
        EXPECT_GT(a.to.y(), a.from.y());
        EXPECT_GE(a.from.y(), l.laneTop);
        EXPECT_LE(a.to.y(), l.laneBottom);
        EXPECT_LE(a.to.x(), l.size.width());
    }
    EXPECT_EQ(clientArrows, 10);
    for (int i = 1; i < l.arrows.size(); ++i) // in order, never on top of each other
        EXPECT_GT(l.arrows[i].to.y(), l.arrows[i - 1].to.y());
    // The notes ("connecting", "state GREETING") are side labels beside the server lane.
    ASSERT_EQ(l.notes.size(), 3);
    for (const LadderNote &n : l.notes)
        EXPECT_GT(n.at.x(), l.serverX);
}

TEST(LadderLayout, PipelinedCommandsAreInFlightTogether)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    // MAIL goes alone; RCPT, RCPT and BDAT leave before MAIL's 250 comes back.
    EXPECT_EQ(l.pipelinedCount, 3);
    const int mail = arrowForEvent(l, 25);
    ASSERT_GE(mail, 0);
    EXPECT_FALSE(l.arrows[mail].pipelined);
    for (const int e : {26, 27, 28})
        EXPECT_TRUE(l.arrows[arrowForEvent(l, e)].pipelined) << e;
    EXPECT_FALSE(l.arrows[arrowForEvent(l, 23)].pipelined); // AUTH waited for EHLO's reply

    // Each command's wait ends at its own reply, and the four waits overlap in time.
    const LadderFlight &mailFlight = l.flights[l.arrows[mail].flight];
    EXPECT_EQ(mailFlight.replyArrowIndex, arrowForEvent(l, 30));
    QList<int> columns;
    for (const int e : {25, 26, 27, 28}) {
        const LadderFlight &f = l.flights[l.arrows[arrowForEvent(l, e)].flight];
        EXPECT_LT(f.top, mailFlight.bottom) << e;
        EXPECT_GT(f.bottom, l.arrows[arrowForEvent(l, 28)].from.y()) << e;
        EXPECT_FALSE(columns.contains(f.column)) << "overlapping waits share a column";
        columns.append(f.column);
    }
    EXPECT_EQ(l.flights[l.arrows[arrowForEvent(l, 28)].flight].replyArrowIndex, arrowForEvent(l, 33));
    // The BDAT chunk belongs to its command: no wait of its own.
    const LadderArrow &chunk = l.arrows[arrowForEvent(l, 29)];
    EXPECT_FALSE(chunk.pipelined);
    EXPECT_EQ(chunk.flight, l.arrows[arrowForEvent(l, 28)].flight);
}

TEST(LadderLayout, TlsHandshakeIsABandAcrossBothLanes)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    ASSERT_EQ(l.bands.size(), 1);
    const LadderBand &b = l.bands.first();
    EXPECT_LT(b.rect.left(), l.clientX);
    EXPECT_GT(b.rect.right(), l.serverX);
    EXPECT_TRUE(b.label.contains(QStringLiteral("TLSv1.3")));
    // Between "220 Ready to start TLS" and the EHLO sent inside TLS.
    EXPECT_GE(b.rect.top(), l.arrows[arrowForEvent(l, 13)].to.y());
    EXPECT_LE(b.rect.bottom(), l.arrows[arrowForEvent(l, 15)].from.y());
    EXPECT_TRUE(l.arrows[arrowForEvent(l, 15)].insideTls);
}

TEST(LadderLayout, BodyIsOneThickArrowWithItsByteCount)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    int bodies = 0;
    for (const LadderArrow &a : l.arrows) {
        if (!a.body)
            continue;
        ++bodies;
        EXPECT_EQ(a.bodyBytes, 412);
        EXPECT_TRUE(a.label.contains(QStringLiteral("412"))) << a.label.toStdString();
    }
    EXPECT_EQ(bodies, 1);
}

TEST(LadderLayout, RealGapsToScaleAndLongIdleGapsCut)
{
    auto event = [](Direction d, const QByteArray &b, double ms) {
        TraceEvent e;
        e.protocol = Protocol::Smtp;
        e.direction = d;
        e.kind = TraceKind::Line;
        e.bytes = b;
        e.timestampNs = qint64(ms * 1e6);
        return e;
    };
    LadderLayout::Options o;
    o.pxPerMs = 0.5;
    const QList<TraceEvent> events = {
        event(Direction::ClientToServer, "NOOP", 0),        event(Direction::ServerToClient, "250 ok", 1),
        event(Direction::ClientToServer, "NOOP", 201),      event(Direction::ServerToClient, "250 ok", 202),
        event(Direction::ClientToServer, "NOOP", 60202),    event(Direction::ServerToClient, "250 ok", 60203),
    };
    const LadderLayout l = LadderLayout::build(events, o);
    ASSERT_EQ(l.arrows.size(), 6);
    // 200 ms at 0.5 px/ms: 100 px between the reply and the next command.
    EXPECT_NEAR(l.arrows[2].from.y() - l.arrows[1].to.y(), 100.0, 0.01);
    // 1 ms is closer than a text row: the row height wins.
    EXPECT_NEAR(l.arrows[1].to.y() - l.arrows[0].from.y(), 2.5 * o.fontPx, 0.01);
    // A minute idle would be 30,000 px: cut, and its duration written on it.
    ASSERT_EQ(l.gaps.size(), 1);
    EXPECT_EQ(l.gaps.first().durationNs, qint64(60000e6));
    EXPECT_TRUE(l.gaps.first().label.contains(QStringLiteral("60.0"))) << l.gaps.first().label.toStdString();
    EXPECT_LT(l.size.height(), 500);
    EXPECT_GT(l.arrows[4].from.y(), l.gaps.first().bottom);
    EXPECT_LT(l.arrows[3].to.y(), l.gaps.first().top);
}

TEST(LadderLayout, OnlyTheFirstEventsConnectionIsDrawn)
{
    QList<TraceEvent> events = labEvents();
    TraceEvent other = events.at(4);
    other.connection = 7;
    events.insert(5, other);
    EXPECT_EQ(LadderLayout::build(events).arrows.size(), 32);
    EXPECT_TRUE(LadderLayout::build({}).arrows.isEmpty());
}

TEST(LadderLayout, ArrowAtFindsTheArrowUnderAPoint)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    for (int i = 0; i < l.arrows.size(); ++i) {
        const LadderArrow &a = l.arrows[i];
        EXPECT_EQ(l.arrowAt((a.from + a.to) / 2), i);
        EXPECT_EQ(l.arrowAt(a.labelAt + QPointF(2, -2)), i);
    }
    EXPECT_EQ(l.arrowAt(QPointF(l.size.width() - 1, 1)), -1);
}

TEST(LadderSvg, IsWellFormedWithOneArrowPerLine)
{
    const LadderLayout l = LadderLayout::build(labEvents());
    const QByteArray svg = LadderSvg::write(l, QStringLiteral("lab & <submission>"));
    QXmlStreamReader xml(svg);
    int arrows = 0, bands = 0, bodies = 0;
    QStringList texts;
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            root = xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg");
        const QString cls = xml.attributes().value(QLatin1String("class")).toString();
        if (xml.name() == QLatin1String("g") && cls.startsWith(QLatin1String("arrow "))) {
            ++arrows;
            bodies += cls.contains(QLatin1String("body"));
            EXPECT_FALSE(xml.attributes().value(QLatin1String("data-event")).isEmpty());
        }
        bands += xml.name() == QLatin1String("g") && cls == QLatin1String("tls");
        if (xml.name() == QLatin1String("text") || xml.name() == QLatin1String("title"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at " << xml.lineNumber();
    EXPECT_TRUE(root);
    EXPECT_EQ(arrows, arrowLines(kLabSubmission));
    EXPECT_EQ(bands, 1);
    EXPECT_EQ(bodies, 1);
    EXPECT_TRUE(texts.contains(QStringLiteral("lab & <submission>")));
    EXPECT_TRUE(texts.contains(QStringLiteral("RCPT TO:<carol@example.test>")));
}

TEST(LadderSvg, HostileLinesStayText)
{
    TraceEvent e;
    e.protocol = Protocol::Smtp;
    e.direction = Direction::ServerToClient;
    e.kind = TraceKind::Line;
    e.bytes = QByteArray("250 <script>alert('x')</script> & \"q\" \xef\xbf\xbf \xff\xfe", 46);
    TraceEvent note = e;
    note.direction = Direction::Note;
    note.kind = TraceKind::Error;
    note.bytes = "]]><!-- --> \x01";
    const QByteArray svg = LadderSvg::write(LadderLayout::build({e, note}), QStringLiteral("\x02title"));
    QXmlStreamReader xml(svg);
    int scripts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        scripts += xml.isStartElement() && xml.name() == QLatin1String("script");
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(scripts, 0);
    EXPECT_TRUE(svg.contains("&lt;script&gt;"));
}
