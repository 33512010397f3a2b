// SPDX-License-Identifier: GPL-3.0-or-later
// 50,000 transcript rows (the model's bound) with wrapping on and off: first
// paint, a batch appended while following the tail, scrolling to the top. The
// times are printed, not asserted (shared machines are noisy: benchmarks are not
// timed tests); what is checked is that the rows are there and the tail shown.
#include "InspectorFixtures.h"
#include "inspector/TraceFilterProxy.h"
#include "inspector/TraceModel.h"
#include "inspector/TranscriptPane.h"

#include <QAction>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTreeView>
#include <gtest/gtest.h>

#include <iostream>

using namespace carteiro;
using namespace carteiro::test;

namespace {
QList<TraceEvent> rows(quint32 connection, int count, quint64 firstId)
{
    QList<TraceEvent> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        // One line in 50 is a long one (a capability list, a base64 SASL step).
        const QByteArray text = i % 50 == 0 ? "* CAPABILITY " + QByteArray(300, 'X')
                                            : "a" + QByteArray::number(i) + " OK done";
        TraceEvent e =
            fixtureEvent(connection, i % 2 ? Direction::ServerToClient : Direction::ClientToServer,
                         TraceKind::Line, text, true);
        e.protocol = Protocol::Imap;
        e.id = firstId + quint64(i);
        e.timestampNs = qint64(i) * 1000;
        out << e;
    }
    return out;
}
} // namespace

TEST(TranscriptWrapBench, FiftyThousandRowsWrappedAndNot)
{
    for (const bool wrap : {false, true}) {
        TranscriptPane pane(nullptr);
        pane.setWrapLines(wrap);
        pane.resize(1000, 600);
        TraceModel *model = pane.model();
        model->appendEvents(rows(1, 50000, 1));
        QElapsedTimer t;
        t.start();
        model->flushPending();
        pane.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
        pane.view()->scrollToBottom();
        QCoreApplication::processEvents();
        const qint64 firstPaint = t.elapsed();
        ASSERT_EQ(model->rowCount(), 50000);

        // A batch below the bound, then one that drops the oldest block.
        t.restart();
        model->appendEvents(rows(1, 500, 50001));
        model->flushPending();
        QCoreApplication::processEvents();
        const qint64 batch = t.elapsed();
        ASSERT_EQ(model->rowCount(),
                  50000 + 500 - 50000 / 8); // bounded: old rows dropped in one block
        const QScrollBar *bar = pane.view()->verticalScrollBar();
        EXPECT_EQ(bar->value(), bar->maximum())
            << "still following the tail after the oldest rows went";
        t.restart();
        model->appendEvents(rows(1, 500, 50501));
        model->flushPending();
        QCoreApplication::processEvents();
        const qint64 batchBelow = t.elapsed();
        ASSERT_EQ(model->rowCount(), 50000 + 1000 - 50000 / 8);
        EXPECT_TRUE(waitUntil([&] { return bar->value() == bar->maximum(); }))
            << "the tail is shown";

        t.restart();
        pane.view()->scrollToTop();
        QCoreApplication::processEvents();
        const qint64 top = t.elapsed();
        EXPECT_EQ(pane.view()->verticalScrollBar()->value(), 0);
        std::cout << (wrap ? "wrapped: " : "cut:     ") << "first paint " << firstPaint
                  << " ms, batch of 500 dropping 6250 " << batch << " ms, batch of 500 "
                  << batchBelow << " ms, scroll to top " << top << " ms\n";
    }
}
