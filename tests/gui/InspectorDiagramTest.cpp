// SPDX-License-Identifier: GPL-3.0-or-later
// The Diagram tab and saved sessions: a recorded submission drawn with one
// arrow per line, an arrow click that selects its transcript row, PNG/SVG
// export, and a session saved, reopened with no network and replayed.
#include "InspectorFixtures.h"
#include "inspector/InspectorDock.h"
#include "inspector/InspectorSession.h"
#include "inspector/LadderView.h"
#include "inspector/MimePane.h"
#include "inspector/MimeTreeModel.h"
#include "inspector/SessionReplayWindow.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"
#include "trace/LineExplainer.h"
#include "trace/SessionReplayer.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {

int arrowEvents(const QList<TraceEvent> &events)
{
    int n = 0;
    for (const TraceEvent &e : events)
        n += e.direction != Direction::Note;
    return n;
}

const QByteArray kMessage = "From: alice@example.test\r\nTo: bob@example.test\r\nSubject: aula\r\n"
                            "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                            "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nolá\r\n"
                            "--b\r\nContent-Type: text/plain; name=a.txt\r\n\r\nanexo\r\n--b--\r\n";

struct Shown
{
    TraceHub hub;
    InspectorDock dock{&hub};
    quint32 connection = 0;
    Shown()
    {
        connection = recordSmtpSubmission(hub);
        dock.resize(1000, 700);
        dock.show();
        dock.tabs()->setCurrentWidget(dock.ladder());
        EXPECT_TRUE(waitUntil([this] { return dock.transcript()->model()->lastEventId() == lastHubId(hub); }));
        dock.ladder()->refresh();
    }
};

} // namespace

TEST(InspectorDiagram, OneArrowPerLineOfTheSelectedConnection)
{
    Shown s;
    LadderView *ladder = s.dock.ladder();
    EXPECT_EQ(ladder->connection(), s.connection);
    const QList<TraceEvent> events = s.hub.history(s.connection);
    EXPECT_EQ(ladder->ladderLayout().arrows.size(), arrowEvents(events));
    EXPECT_EQ(ladder->ladderLayout().bands.size(), 1);
    EXPECT_GE(ladder->ladderLayout().pipelinedCount, 1); // RCPT went before MAIL's 250

    // A second connection selected in the transcript is drawn instead.
    const quint32 other = s.hub.openConnection(Protocol::Pop3, QStringLiteral("pop3://127.0.0.1:10110"));
    s.hub.record(fixtureEvent(other, Direction::ServerToClient, TraceKind::Line, "+OK ready", false));
    ASSERT_TRUE(waitUntil([&] { return s.dock.transcript()->model()->lastEventId() == lastHubId(s.hub); }));
    ASSERT_TRUE(s.dock.transcript()->showConnection(other));
    ladder->refresh();
    EXPECT_EQ(ladder->connection(), other);
    EXPECT_EQ(ladder->ladderLayout().arrows.size(), 1);
}

TEST(InspectorDiagram, ClickingAnArrowSelectsItsTranscriptRowAndExplains)
{
    Shown s;
    LadderView *ladder = s.dock.ladder();
    const LadderLayout &l = ladder->ladderLayout();
    int reply = -1;
    for (int i = 0; i < l.arrows.size(); ++i)
        if (ladder->events().at(l.arrows[i].eventIndex).bytes == "250 2.1.5 Ok")
            reply = i;
    ASSERT_GE(reply, 0);
    const LadderArrow arrow = l.arrows[reply];
    QTest::mouseClick(ladder->canvas(), Qt::LeftButton, {}, ((arrow.from + arrow.to) / 2).toPoint());
    EXPECT_EQ(ladder->selectedArrow(), reply);
    const QList<TraceEvent> selected = s.dock.transcript()->selectedEvents();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().id, arrow.eventId);
    EXPECT_TRUE(ladder->explanationText().contains(QStringLiteral("250 2.1.5 Ok")));
    // The catalog's explanation of the line, read in context (RCPT's reply), with its RFC.
    const TraceEvent &shown = ladder->events().at(arrow.eventIndex);
    ASSERT_FALSE(shown.explanationKey.isEmpty());
    const LineExplanation x = LineExplainer::fromKey(shown.explanationKey);
    EXPECT_TRUE(x.known);
    EXPECT_TRUE(ladder->explanationText().contains(x.text)) << ladder->explanationText().toStdString();
    EXPECT_TRUE(ladder->explanationText().contains(x.source));

    // A click on nothing changes nothing.
    QTest::mouseClick(ladder->canvas(), Qt::LeftButton, {}, QPoint(2, 2));
    EXPECT_EQ(ladder->selectedArrow(), reply);
}

TEST(InspectorDiagram, ExportsPngOfTheLayoutSizeAndWellFormedSvg)
{
    Shown s;
    LadderView *ladder = s.dock.ladder();
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("d.png"));
    ASSERT_TRUE(ladder->exportPng(png, &error, 2.0)) << error.toStdString();
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), (ladder->ladderLayout().size * 2).toSize());
    int inked = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            inked += image.pixelColor(x, y) != Qt::white;
    EXPECT_GT(inked, 500);
    ladder->renderImage(1.0).save(QStringLiteral("/tmp/inspector-diagram.png")); // to look at

    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    ASSERT_TRUE(ladder->exportSvg(svg, &error)) << error.toStdString();
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int arrows = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g") &&
            xml.attributes().value(QLatin1String("class")).startsWith(QLatin1String("arrow")))
            ++arrows;
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(arrows, arrowEvents(s.hub.history(s.connection)));
    for (const QByteArray &secret : fixtureSecretForms()) {
        f.seek(0);
        EXPECT_FALSE(f.readAll().contains(secret));
    }
    EXPECT_FALSE(ladder->renderImage().isNull());
}

TEST(InspectorDiagram, FollowsTheInspectorsFontSize)
{
    Shown s;
    const double before = s.dock.ladder()->ladderLayout().fontPx;
    const double width = s.dock.ladder()->ladderLayout().size.width();
    s.dock.setFontPointSize(s.dock.fontPointSize() + 8);
    s.dock.ladder()->refresh();
    EXPECT_GT(s.dock.ladder()->ladderLayout().fontPx, before);
    EXPECT_GT(s.dock.ladder()->ladderLayout().size.width(), width);
}

TEST(InspectorSession, SavedSessionReopensWithTheSameRowsDiagramAndMime)
{
    Shown s;
    ASSERT_TRUE(s.dock.showMessage(kMessage));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("class.carteiro-session"));
    QString error;
    ASSERT_TRUE(InspectorSession::save(path, &s.hub, &s.dock, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    for (const QByteArray &secret : fixtureSecretForms())
        EXPECT_FALSE(saved.contains(secret));
    EXPECT_TRUE(saved.contains("\"explanation\":\"smtp.")); // each line's catalog key

    SessionReplayWindow *window = InspectorSession::open(path, nullptr, &error);
    ASSERT_NE(window, nullptr) << error.toStdString();
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    std::unique_ptr<SessionReplayWindow> owner(window);
    TraceModel *original = s.dock.transcript()->model();
    TraceModel *reopened = window->dock()->transcript()->model();
    ASSERT_TRUE(waitUntil([&] { return reopened->rowCount() == original->rowCount(); }));
    for (int row = 0; row < original->rowCount(); ++row) {
        EXPECT_EQ(reopened->event(row).id, original->event(row).id);
        EXPECT_EQ(reopened->event(row).timestampNs, original->event(row).timestampNs);
        if (reopened->event(row).kind == TraceKind::Line) {
            EXPECT_FALSE(reopened->event(row).explanationKey.isEmpty()) << row;
        }
        for (int column = 0; column < TraceModel::ColumnCount; ++column)
            EXPECT_EQ(reopened->index(row, column).data(), original->index(row, column).data()) << row << ":" << column;
    }
    EXPECT_EQ(reopened->connectionLabel(s.connection), original->connectionLabel(s.connection));
    EXPECT_EQ(window->dock()->mime()->model()->rowCount(), s.dock.mime()->model()->rowCount());
    EXPECT_EQ(window->dock()->mime()->rawMessage(), kMessage);

    window->dock()->tabs()->setCurrentWidget(window->dock()->ladder());
    window->dock()->ladder()->refresh();
    EXPECT_EQ(window->dock()->ladder()->ladderLayout().arrows.size(), arrowEvents(s.hub.history(s.connection)));

    // Replayed at 16x: empty at first, then every row again, in order.
    window->replay(16);
    TraceModel *replayed = window->dock()->transcript()->model();
    ASSERT_TRUE(waitUntil([&] { replayed->flushPending(); return replayed->rowCount() == original->rowCount(); }));
    for (int row = 0; row < original->rowCount(); ++row)
        EXPECT_EQ(replayed->event(row).id, original->event(row).id);
}

TEST(InspectorSession, DamagedFileIsRefusedWithItsReason)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.carteiro-session"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\":\"carteiro-session\",\"version\":1,\"connections\":[],\"events\":[{\"id\":1}]}");
    f.close();
    QString error;
    EXPECT_EQ(InspectorSession::open(path, nullptr, &error), nullptr);
    EXPECT_TRUE(error.contains(QStringLiteral("event 1"))) << error.toStdString();
}

#include "../unit/diagram/DiagramFixtures.h"
#include "inspector/LadderPainter.h"
#include "trace/TraceTextParser.h"

TEST(InspectorDiagram, TimedTranscriptPaintsAtTheLayoutsSize)
{
    const auto parsed = TraceTextParser::parse(kLabSubmission);
    ASSERT_TRUE(parsed.ok());
    LadderLayout::Options options;
    options.serverTitle = QStringLiteral("Postfix (SMTP)");
    const LadderLayout layout = LadderLayout::build(parsed.events, options);
    const QImage image = LadderPainter::render(layout, 1.5);
    EXPECT_EQ(image.size(), (layout.size * 1.5).toSize());
    // The in-flight bars are painted: their colour appears beside the client's lane.
    const QColor flight = image.pixelColor(qRound((layout.clientX + 5) * 1.5),
                                           qRound((layout.flights.first().top + 2) * 1.5));
    EXPECT_NE(flight, QColor(Qt::white));
    image.save(QStringLiteral("/tmp/inspector-diagram-timed.png")); // to look at
}
