// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark probe (tests/bench/mbox-open.sh), not a timed test: skipped unless
// CARTEIRO_BENCH_MBOX names an mbox file. Opens it in the real main window
// (offscreen) and prints, from the openMailbox() call, when the message list
// first has rows and when the whole mailbox is indexed, with the GUI thread's
// longest stall while indexing runs and the process's peak memory.
#include "MainWindow.h"
#include "ShellTestSupport.h"

#include "account/MemorySecretStore.h"
#include "engine/LocalMailboxes.h"
#include "mail/MessageListModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <gtest/gtest.h>

using namespace carteiro;
using namespace carteiro::test;

namespace {
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status")); // Linux: the bench runs there
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}
} // namespace

TEST(LocalMailboxBench, OpenBigMbox)
{
    const QString path = qEnvironmentVariable("CARTEIRO_BENCH_MBOX");
    if (path.isEmpty())
        GTEST_SKIP() << "set CARTEIRO_BENCH_MBOX to an mbox file (tests/bench/mbox-open.sh)";
    clearSettings();
    QTemporaryDir dir;
    MemorySecretStore keychain;
    MainWindow w(&keychain, nullptr, dir.filePath(QStringLiteral("store.sqlite")));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    bool indexed = false;
    QElapsedTimer t;
    qint64 firstRows = -1, done = -1, longestStall = 0, lastTick = 0;
    QTimer tick; // a 1 ms heartbeat on the GUI thread: the gap between beats is the stall
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = t.elapsed();
        longestStall = qMax(longestStall, now - lastTick);
        lastTick = now;
        if (firstRows < 0 && w.messageModel()->rowCount() > 0)
            firstRows = now;
    });
    QObject::connect(w.mailboxes(), &LocalMailboxes::folderSynced, [&] {
        indexed = true;
        done = t.elapsed();
    });
    t.start();
    tick.start();
    w.openMailbox(path);
    ASSERT_TRUE(waitUntil([&] { return indexed; }, 600000));
    tick.stop();
    ASSERT_GT(w.messageModel()->rowCount(), 0);
    std::printf("gui_first_rows_s=%.3f gui_indexed_s=%.3f gui_rows=%d gui_longest_stall_ms=%lld gui_peak_rss_mb=%.1f\n",
                firstRows / 1000.0, done / 1000.0, w.messageModel()->rowCount(), longestStall,
                peakRssKb() / 1024.0);
}
