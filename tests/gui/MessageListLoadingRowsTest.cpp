// SPDX-License-Identifier: GPL-3.0-or-later
// The message list's rows still on their way: the count from SELECT's EXISTS
// shows that many rows at once, placeholders with the "loading" look after the
// real rows; records that arrive take their places one for one; sorting,
// threads and removals leave them last; they cannot be selected, dragged or
// opened (a click on one selects nothing, so the main window fetches nothing).
#include "MainWindow.h"
#include "ShellTestSupport.h"
#include "account/MemorySecretStore.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "reader/MessageView.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <memory>

using namespace carteiro;

namespace {

const QDateTime kBase(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);

StoredMessage row(qint64 id, int day, const QString &subject = {})
{
    StoredMessage m;
    m.id = id;
    m.folderId = 1;
    m.uid = quint32(id);
    m.envelopeKnown = true;
    m.fromName = QStringLiteral("Sender %1").arg(id);
    m.fromAddress = QStringLiteral("s%1@example.test").arg(id);
    m.subject = subject.isEmpty() ? QStringLiteral("Subject %1").arg(id) : subject;
    m.date = kBase.addDays(day);
    m.internalDate = m.date;
    m.size = 1000 + id;
    m.flags = MessageFlag::Seen;
    m.messageId = "<" + QByteArray::number(id) + "@example.test>";
    return m;
}

// id n is n days after the base: newest = highest id.
QList<StoredMessage> rows(qint64 from, qint64 to)
{
    QList<StoredMessage> out;
    for (qint64 id = from; id <= to; ++id)
        out << row(id, int(id));
    return out;
}

bool loading(const MessageListModel &m, int r)
{
    return m.index(r, MessageListModel::SubjectColumn).data(MessageListModel::LoadingRole).toBool();
}

// Rows [0, real) hold messages, [real, rowCount) are placeholders.
void expectLayout(const MessageListModel &m, int real, int placeholders)
{
    ASSERT_EQ(m.rowCount(), real + placeholders);
    EXPECT_EQ(m.loadingRows(), placeholders);
    for (int r = 0; r < m.rowCount(); ++r) {
        EXPECT_EQ(loading(m, r), r >= real) << "row " << r;
        EXPECT_EQ(m.messageId(r) != 0, r < real) << "row " << r;
    }
}

QList<qint64> realIds(const MessageListModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        if (!loading(m, r))
            ids << m.messageId(r);
    return ids;
}

} // namespace

TEST(MessageListLoadingRows, CountShowsPlaceholdersAtOnceAndRealRowsReplaceThem)
{
    MessageListModel model;
    model.setMessages({});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setExpectedCount(100);
    expectLayout(model, 0, 100);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 0);
    EXPECT_EQ(inserted[0][2].toInt(), 99);

    // The light "loading" look: "Loading…" in the subject, italic, placeholder colour.
    const QModelIndex subject = model.index(0, MessageListModel::SubjectColumn);
    EXPECT_EQ(subject.data().toString(), QStringLiteral("Loading\u2026"));
    EXPECT_TRUE(model.index(0, MessageListModel::FromColumn).data().toString().isEmpty());
    EXPECT_TRUE(qvariant_cast<QFont>(subject.data(Qt::FontRole)).italic());
    EXPECT_TRUE(subject.data(Qt::ForegroundRole).canConvert<QBrush>());
    EXPECT_FALSE(subject.data(MessageListModel::EnvelopeKnownRole).toBool());
    EXPECT_EQ(subject.data(MessageListModel::MessageIdRole).toLongLong(), 0);
    EXPECT_EQ(model.message(subject), nullptr);

    // The first chunk (the newest rows): they take the first places, as many
    // placeholders go from the end; no reset, so a view keeps its scroll.
    inserted.clear();
    model.upsert(rows(98, 100));
    expectLayout(model, 3, 97);
    EXPECT_EQ(realIds(model), (QList<qint64>{100, 99, 98}));
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(inserted.size(), 3); // a small chunk: row by row at the sorted place
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed[0][1].toInt(), 100);
    EXPECT_EQ(removed[0][2].toInt(), 102);

    // A large chunk (merged in one layout change), then the rest.
    model.upsert(rows(1, 97));
    expectLayout(model, 100, 0);
    EXPECT_EQ(model.messageCount(), 100);
    EXPECT_EQ(realIds(model).first(), 100);
    EXPECT_EQ(realIds(model).last(), 1);

    // A repeated upsert of known rows takes no placeholder.
    model.setExpectedCount(102);
    expectLayout(model, 100, 2);
    model.upsert(rows(50, 60));
    expectLayout(model, 100, 2);
    // The sync ended: whatever did not come goes.
    model.loadingFinished();
    expectLayout(model, 100, 0);
}

TEST(MessageListLoadingRows, CachedRowsCountTowardTheServersCount)
{
    MessageListModel model;
    model.setMessages(rows(1, 5));
    model.setExpectedCount(8); // three new on the server
    expectLayout(model, 5, 3);
    model.setExpectedCount(3); // fewer on the server than here: nothing to wait for
    expectLayout(model, 5, 0);
    model.setExpectedCount(-4); // nonsense is no count
    expectLayout(model, 5, 0);

    // Expunged while loading: the server's count fell by as many.
    model.setExpectedCount(9);
    expectLayout(model, 5, 4);
    model.remove({2, 3});
    expectLayout(model, 3, 4);
    model.upsert(rows(6, 9));
    expectLayout(model, 7, 0);

    // Another folder: its rows come with no count until its SELECT.
    model.setExpectedCount(20);
    model.setMessages(rows(1, 2));
    expectLayout(model, 2, 0);
    model.setExpectedCount(4);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.loadingRows(), 0);
}

TEST(MessageListLoadingRows, SortingAndThreadsLeaveThePlaceholdersLast)
{
    MessageListModel model;
    QList<StoredMessage> five = rows(1, 5);
    five[0].subject = QStringLiteral("delta");
    five[1].subject = QStringLiteral("alpha");
    five[2].subject = QStringLiteral("echo");
    five[3].subject = QStringLiteral("bravo");
    five[4].subject = QStringLiteral("charlie");
    model.setMessages(five);
    model.setExpectedCount(9);
    expectLayout(model, 5, 4);
    EXPECT_EQ(realIds(model), (QList<qint64>{5, 4, 3, 2, 1}));

    model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    expectLayout(model, 5, 4);
    EXPECT_EQ(realIds(model), (QList<qint64>{2, 4, 5, 1, 3}));
    model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);
    expectLayout(model, 5, 4);
    EXPECT_EQ(realIds(model), (QList<qint64>{3, 1, 5, 4, 2}));
    model.sort(MessageListModel::SizeColumn, Qt::AscendingOrder);
    EXPECT_EQ(realIds(model), (QList<qint64>{1, 2, 3, 4, 5}));

    // A new row lands in the sorted part, never among the placeholders.
    model.upsert({row(7, 7, QStringLiteral("zulu"))});
    expectLayout(model, 6, 3);
    EXPECT_EQ(realIds(model).last(), 7);

    model.setThreaded(true);
    expectLayout(model, 6, 3);
    model.upsert({row(8, 8)});
    expectLayout(model, 7, 2);
    model.setThreaded(false);
    expectLayout(model, 7, 2);
}

TEST(MessageListLoadingRows, PlaceholdersCannotBeSelectedDraggedOrOpened)
{
    MessageListModel model;
    model.setMessages(rows(1, 3));
    model.setExpectedCount(10);
    MessageListView view;
    view.setModel(&model);
    view.resize(700, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));

    const QModelIndex placeholder = model.index(5, MessageListModel::SubjectColumn);
    EXPECT_FALSE(model.flags(placeholder) & Qt::ItemIsSelectable);
    EXPECT_FALSE(model.flags(placeholder) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(model.flags(placeholder) & Qt::ItemIsEnabled);
    EXPECT_EQ(model.mimeData({placeholder}), nullptr);

    // A click on a placeholder selects nothing: the window has no message to open.
    QSignalSpy selection(view.selectionModel(), &QItemSelectionModel::selectionChanged);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(placeholder).center());
    EXPECT_TRUE(view.selectedMessageIds().isEmpty());
    EXPECT_EQ(selection.size(), 0);

    // Select all takes the real rows only.
    view.selectAll();
    EXPECT_EQ(view.selectedMessageIds(), (QList<qint64>{3, 2, 1}));
    view.clearSelection();

    // A click on a real row selects it; it stays selected while the
    // placeholders are replaced and the list is re-sorted.
    const QModelIndex second = model.index(1, MessageListModel::SubjectColumn);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(second).center());
    ASSERT_EQ(view.selectedMessageIds(), (QList<qint64>{2}));
    const QPersistentModelIndex keep(model.index(1, 0));
    model.upsert(rows(4, 9));
    EXPECT_EQ(model.loadingRows(), 1);
    EXPECT_EQ(view.selectedMessageIds(), (QList<qint64>{2}));
    EXPECT_EQ(keep.data(MessageListModel::MessageIdRole).toLongLong(), 2);
    view.sortByColumn(MessageListModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(view.selectedMessageIds(), (QList<qint64>{2}));
    EXPECT_EQ(keep.row(), 1);
    EXPECT_TRUE(loading(model, model.rowCount() - 1));
    EXPECT_FALSE(view.grab().isNull()); // the placeholders paint
}

TEST(MessageListLoadingRows, IndexOnAPlaceholderStaysOnAPlaceholderThroughASort)
{
    MessageListModel model;
    model.setMessages(rows(1, 4));
    model.setExpectedCount(7);
    const QPersistentModelIndex held(model.index(5, 0)); // the second placeholder
    model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    ASSERT_TRUE(held.isValid());
    EXPECT_EQ(held.row(), 5);
    EXPECT_TRUE(held.data(MessageListModel::LoadingRole).toBool());
}

TEST(MessageListLoadingRows, TheMainWindowNeverOpensAPlaceholder)
{
    test::clearSettings();
    MemorySecretStore keychain;
    MainWindow w(&keychain);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto *view = w.findChild<MessageListView *>(QStringLiteral("messageList"));
    ASSERT_NE(view, nullptr);
    MessageListModel *model = w.messageModel();
    model->setExpectedCount(6); // as the count of a folder whose rows are on their way
    ASSERT_EQ(model->rowCount(), 6);
    const QRect rect = view->visualRect(model->index(2, MessageListModel::SubjectColumn));
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_TRUE(view->selectedMessageIds().isEmpty());
    EXPECT_TRUE(view->selectionModel()->selectedRows().isEmpty());
    EXPECT_LE(w.reader()->messageId(), 0);
    EXPECT_FALSE(w.selectMessage(0));
    // No composer opened by the double click (Reply needs one message).
    for (QWidget *top : QApplication::topLevelWidgets())
        EXPECT_FALSE(top->isVisible() && top != &w && top->inherits("carteiro::ComposerWindow"));
}

TEST(MessageListView, VisibleRowCapacityFollowsTheViewportHeight)
{
    MessageListModel model;
    MessageListView view;
    view.setModel(&model);
    EXPECT_EQ(view.visibleRowCapacity(), 50); // not shown yet: a tall window's worth
    view.resize(700, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const int small = view.visibleRowCapacity();
    view.resize(700, 900);
    QTest::qWait(0);
    const int tall = view.visibleRowCapacity();
    EXPECT_GE(small, 10);
    EXPECT_GT(tall, small);
    EXPECT_GE(tall * view.verticalHeader()->defaultSectionSize(), view.viewport()->height());
}
