// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark probe (tests/bench/header-sync.sh runs it; skipped unless
// CARTEIRO_BENCH_FOLDER is set): the GUI's first rows of a lab folder the store
// does not know. The engine, the message list model and its view (shown
// offscreen, 1000x700) are wired as the main window wires them; the account
// is opened cold (connect, TLS, login, LIST, SELECT, the first chunk). Prints
//   gui_count_s=      the list shows the server's count (placeholder rows)
//   gui_first_rows_s= the top visible row is a real message
// both from the process start (as a peer's time counts its own start) and
// from the moment the account is opened. Times are printed, never asserted;
// the order of events is checked.
#include "account/AccountSettings.h"
#include "engine/AccountEngine.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "trace/TraceHub.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include <cstdio>
#include <unistd.h> // sysconf: Linux-only tooling, tests only

using namespace carteiro;

namespace {

// Seconds since this process started (/proc, 10 ms resolution).
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    // Field 22 (starttime, clock ticks after boot), counted after the ")" of the name.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return uptime.readAll().split(' ').value(0).toDouble() - start;
}

} // namespace

TEST(FirstRowsBench, LabFolderColdOpen)
{
    const QString folder = qEnvironmentVariable("CARTEIRO_BENCH_FOLDER");
    if (folder.isEmpty())
        GTEST_SKIP() << "a benchmark probe: tests/bench/header-sync.sh sets CARTEIRO_BENCH_FOLDER";
    const double atStart = sinceProcessStart();
    AccountSettings a;
    a.id = QStringLiteral("bench-first-rows");
    a.name = QStringLiteral("Bench");
    a.username = qEnvironmentVariable("CARTEIRO_LAB_USER_CAROL");
    a.address = a.username;
    a.lab = true;
    a.imapHost = qEnvironmentVariable("CARTEIRO_LAB_HOST");
    a.imapPort = quint16(qEnvironmentVariableIntValue("CARTEIRO_LAB_IMAPS_PORT"));
    a.imapSecurity = TransportSecurity::ImplicitTls;
    a.caFile = qEnvironmentVariable("CARTEIRO_LAB_CA_FILE");
    a.authMechanism = QStringLiteral("PLAIN"); // as the bench's CLI runs
    ASSERT_FALSE(a.username.isEmpty() || a.imapHost.isEmpty() || a.imapPort == 0)
        << "eval \"$(bash tests/lab/mail-lab.sh env)\" first";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    TraceHub hub;
    MessageListModel model;
    MessageListView view;
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer clock;
    qint64 countMs = -1, firstRowsMs = -1;
    int firstRows = 0;
    qint64 announced = -1;
    qint64 open = 0;
    QStringList failures;
    {
        AccountEngine engine(&hub, dir.filePath(QStringLiteral("store.sqlite")));
        QObject::connect(&engine, &AccountEngine::foldersChanged,
                         [&](const QString &, const QList<StoredFolder> &folders) {
                             for (const StoredFolder &f : folders) {
                                 if (open == 0 && f.name == folder) {
                                     open = f.id;
                                     engine.setVisibleRows(view.visibleRowCapacity());
                                     engine.openFolder(open);
                                 }
                             }
                         });
        QObject::connect(&engine, &AccountEngine::folderLoaded, [&](qint64 id, const QList<StoredMessage> &rows) {
            if (id == open)
                model.setMessages(rows);
        });
        QObject::connect(&engine, &AccountEngine::folderCountKnown, [&](qint64 id, qint64 exists) {
            if (id != open)
                return;
            model.setExpectedCount(exists);
            announced = exists;
            if (countMs < 0 && model.rowCount() > 0)
                countMs = clock.elapsed();
        });
        QObject::connect(&engine, &AccountEngine::messagesUpserted, [&](qint64 id, const QList<StoredMessage> &rows) {
            if (id != open)
                return;
            model.upsert(rows);
            const QModelIndex top = view.indexAt(QPoint(2, 2));
            if (firstRowsMs < 0 && top.isValid() && !top.data(MessageListModel::LoadingRole).toBool()) {
                firstRowsMs = clock.elapsed();
                firstRows = model.messageCount();
            }
        });
        QObject::connect(&engine, &AccountEngine::folderSynced, [&](qint64 id) {
            if (id == open)
                model.loadingFinished();
        });
        QObject::connect(&engine, &AccountEngine::failed, [&](const QString &m) { failures << m; });
        clock.start();
        engine.openAccount(a, qEnvironmentVariable("CARTEIRO_LAB_PASSWORD_CAROL"));
        QElapsedTimer limit;
        limit.start();
        while (firstRowsMs < 0 && failures.isEmpty() && limit.elapsed() < 120000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    } // the engine logs out and stops here
    ASSERT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    ASSERT_GE(firstRowsMs, 0) << "no rows from " << folder.toStdString();
    // The count came first (or with the rows, on a folder smaller than a screen).
    ASSERT_GE(countMs, 0);
    EXPECT_LE(countMs, firstRowsMs);
    EXPECT_GT(announced, 0);
    if (announced > view.visibleRowCapacity()) {
        EXPECT_EQ(firstRows, view.visibleRowCapacity()); // the first chunk alone, at once
    }
    std::printf("gui_count_s=%.3f gui_first_rows_s=%.3f gui_count_after_open_s=%.3f "
                "gui_first_rows_after_open_s=%.3f visible_rows=%d exists=%lld\n",
                atStart + countMs / 1000.0, atStart + firstRowsMs / 1000.0, countMs / 1000.0, firstRowsMs / 1000.0,
                view.visibleRowCapacity(), announced);
    std::fflush(stdout);
}
