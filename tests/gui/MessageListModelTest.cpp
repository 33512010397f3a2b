// SPDX-License-Identifier: GPL-3.0-or-later
// MessageListModel: sorting on precomputed keys (every column, both orders,
// ties), markers and roles, upserts and removals that keep persistent indexes,
// lazy envelopes for the rows a view paints, threading, drag payload.
#include "mail/FolderTreeModel.h"
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"
#include "mail/ThreadBuilder.h"

#include <QItemSelectionModel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QIcon>
#include <gtest/gtest.h>

#include <memory>

using namespace carteiro;

namespace {

const QDateTime kBase(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);

StoredMessage msg(qint64 id, const QString &from, const QString &subject, int day, qint64 size,
                  quint32 flags = MessageFlag::Seen, bool attachment = false)
{
    StoredMessage m;
    m.id = id;
    m.folderId = 1;
    m.uid = quint32(100 + id);
    m.envelopeKnown = true;
    m.fromName = from;
    m.fromAddress = from.toLower() + QStringLiteral("@example.test");
    m.subject = subject;
    m.date = kBase.addDays(day);
    m.internalDate = m.date;
    m.size = size;
    m.flags = flags;
    m.hasAttachments = attachment;
    m.messageId = "<" + QByteArray::number(id) + "@example.test>";
    return m;
}

// Ties on purpose: 1 and 3 share a date, 2 and 4 share a size and (after
// case folding and Re: stripping) a sender and a subject.
QList<StoredMessage> fiveMessages()
{
    return {
        msg(1, QStringLiteral("bob"), QStringLiteral("Re: beta"), 2, 300, MessageFlag::Seen | MessageFlag::Flagged, true),
        msg(2, QStringLiteral("Alice"), QStringLiteral("alpha"), 1, 100),
        msg(3, QStringLiteral("carol"), QStringLiteral("Fwd: Gamma"), 2, 200, MessageFlag::Seen, true),
        msg(4, QStringLiteral("alice"), QStringLiteral("RE: Alpha"), 0, 100, MessageFlag::Flagged),
        msg(5, QStringLiteral("Dave"), QStringLiteral("delta"), 3, 50),
    };
}

QList<qint64> idsInViewOrder(const MessageListModel &m)
{
    QList<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids << m.index(r, 0).data(MessageListModel::MessageIdRole).toLongLong();
    return ids;
}

// Every adjacent pair is in order on the date key (descending), ties by id.
bool sortedByDateDescending(const MessageListModel &m)
{
    for (int r = 1; r < m.rowCount(); ++r) {
        const qint64 a = m.index(r - 1, MessageListModel::DateColumn).data(MessageListModel::SortKeyRole).toLongLong();
        const qint64 b = m.index(r, MessageListModel::DateColumn).data(MessageListModel::SortKeyRole).toLongLong();
        const qint64 ia = m.index(r - 1, 0).data(MessageListModel::MessageIdRole).toLongLong();
        const qint64 ib = m.index(r, 0).data(MessageListModel::MessageIdRole).toLongLong();
        if (a < b || (a == b && ia > ib))
            return false;
    }
    return true;
}

} // namespace

TEST(MessageListModel, SortsEveryColumnBothWaysWithStableTies)
{
    MessageListModel model;
    model.setMessages(fiveMessages());
    // Default: newest first.
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{5, 1, 3, 2, 4}));

    struct Case
    {
        int column;
        QList<qint64> ascending, descending;
    };
    const Case cases[] = {
        {MessageListModel::DateColumn, {4, 2, 1, 3, 5}, {5, 1, 3, 2, 4}},
        {MessageListModel::SubjectColumn, {2, 4, 1, 5, 3}, {3, 5, 1, 2, 4}},
        {MessageListModel::FromColumn, {2, 4, 1, 3, 5}, {5, 3, 1, 2, 4}},
        {MessageListModel::SizeColumn, {5, 2, 4, 3, 1}, {1, 3, 2, 4, 5}},
        {MessageListModel::FlagColumn, {2, 3, 5, 1, 4}, {1, 4, 2, 3, 5}},
        {MessageListModel::AttachmentColumn, {2, 4, 5, 1, 3}, {1, 3, 2, 4, 5}},
    };
    for (const Case &c : cases) {
        model.sort(c.column, Qt::AscendingOrder);
        EXPECT_EQ(idsInViewOrder(model), c.ascending) << "column " << c.column << " ascending";
        model.sort(c.column, Qt::DescendingOrder);
        EXPECT_EQ(idsInViewOrder(model), c.descending) << "column " << c.column << " descending";
        // Sorting again gives the same order (ties do not depend on the previous order).
        model.sort(c.column, Qt::DescendingOrder);
        EXPECT_EQ(idsInViewOrder(model), c.descending) << "column " << c.column << " again";
    }
}

TEST(MessageListModel, SubjectKeyStripsReplyAndForwardPrefixes)
{
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("Re: RE[2]: Fwd: Hi")), QStringLiteral("Hi"));
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("RES: ENC: Ol\u00e1")), QStringLiteral("Ol\u00e1"));
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("  AW:fw(3): x ")), QStringLiteral("x"));
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("Reunion: at noon")), QStringLiteral("Reunion: at noon"));
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("Re:")), QString());
    EXPECT_EQ(MessageListModel::strippedSubject(QStringLiteral("Fwd")), QStringLiteral("Fwd"));

    MessageListModel model;
    model.setMessages({msg(1, QStringLiteral("a"), QStringLiteral("Re: Zulu"), 0, 1),
                       msg(2, QStringLiteral("a"), QStringLiteral("Mike"), 1, 1),
                       msg(3, QStringLiteral("a"), QStringLiteral("FWD: re: alpha"), 2, 1)});
    model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{3, 2, 1}));
    EXPECT_EQ(model.index(0, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("FWD: re: alpha"));
    EXPECT_EQ(model.index(0, MessageListModel::SubjectColumn).data(MessageListModel::SortKeyRole).toString(),
              QStringLiteral("alpha"));
}

TEST(MessageListModel, LongCommonPrefixesSortAndInsertInOrder)
{
    // Keys that agree on their first eight units are ordered by the rest, in a
    // full sort and in a sorted insert alike.
    MessageListModel model;
    model.setMessages({msg(1, QStringLiteral("a"), QStringLiteral("[carteiro-dev] zeta"), 0, 1),
                       msg(2, QStringLiteral("a"), QStringLiteral("[carteiro-dev] alpha"), 1, 1),
                       msg(3, QStringLiteral("a"), QStringLiteral("[carteiro-dev] Alpha"), 2, 1),
                       msg(4, QStringLiteral("a"), QStringLiteral("[carteiro-dev] mu"), 3, 1)});
    model.sort(MessageListModel::SubjectColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{2, 3, 4, 1})); // alpha == Alpha folded: by id
    model.upsert({msg(5, QStringLiteral("a"), QStringLiteral("[carteiro-dev] beta"), 4, 1),
                  msg(6, QStringLiteral("a"), QStringLiteral("[carteiro-dev] alpha"), 5, 1)});
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{2, 3, 6, 5, 4, 1}));
    model.sort(MessageListModel::SubjectColumn, Qt::DescendingOrder);
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{1, 4, 5, 2, 3, 6}));
}

TEST(MessageListModel, UnreadBoldMarkersAndTooltips)
{
    MessageListModel model;
    model.setMessages(fiveMessages());
    const QModelIndex unread = model.indexForId(4, MessageListModel::SubjectColumn);
    const QModelIndex read = model.indexForId(2, MessageListModel::SubjectColumn);
    EXPECT_TRUE(unread.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(unread.data(MessageListModel::UnreadRole).toBool());
    EXPECT_FALSE(read.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(read.data(MessageListModel::UnreadRole).toBool());

    const auto cell = [&](qint64 id, int column, int role = Qt::DisplayRole) {
        return model.indexForId(id, column).data(role);
    };
    EXPECT_FALSE(cell(1, MessageListModel::FlagColumn).toString().isEmpty());
    EXPECT_TRUE(cell(2, MessageListModel::FlagColumn).toString().isEmpty());
    EXPECT_TRUE(cell(1, 0, MessageListModel::FlaggedRole).toBool());
    EXPECT_FALSE(cell(2, 0, MessageListModel::FlaggedRole).toBool());
    EXPECT_FALSE(cell(1, MessageListModel::AttachmentColumn, Qt::DecorationRole).value<QIcon>().isNull());
    EXPECT_FALSE(cell(2, MessageListModel::AttachmentColumn, Qt::DecorationRole).isValid());
    EXPECT_EQ(cell(1, MessageListModel::AttachmentColumn, Qt::AccessibleTextRole).toString(),
              QStringLiteral("Has attachments"));
    EXPECT_TRUE(cell(3, 0, MessageListModel::HasAttachmentsRole).toBool());
    EXPECT_FALSE(cell(5, 0, MessageListModel::HasAttachmentsRole).toBool());
    EXPECT_EQ(cell(2, MessageListModel::FromColumn).toString(), QStringLiteral("Alice"));
    EXPECT_EQ(cell(2, MessageListModel::FromColumn, Qt::ToolTipRole).toString(),
              QStringLiteral("Alice <alice@example.test>"));
    EXPECT_EQ(cell(2, 0, MessageListModel::UidRole).toUInt(), 102u);
    EXPECT_EQ(cell(4, 0, MessageListModel::FlagsRole).toUInt(), quint32(MessageFlag::Flagged));

    model.updateFlags(4, MessageFlag::Seen);
    EXPECT_FALSE(model.indexForId(4, MessageListModel::SubjectColumn).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(cell(4, MessageListModel::FlagColumn).toString().isEmpty());
}

TEST(MessageListModel, DateShowsTimeTodayAndDateOtherwise)
{
    MessageListModel model;
    StoredMessage today = msg(1, QStringLiteral("a"), QStringLiteral("now"), 0, 1);
    today.date = QDateTime::currentDateTimeUtc();
    StoredMessage old = msg(2, QStringLiteral("a"), QStringLiteral("then"), 0, 1);
    StoredMessage noDate = msg(3, QStringLiteral("a"), QStringLiteral("no Date:"), 5, 1);
    noDate.date = QDateTime(); // falls back to INTERNALDATE
    model.setMessages({today, old, noDate});
    const QLocale locale;
    EXPECT_EQ(model.indexForId(1, MessageListModel::DateColumn).data().toString(),
              locale.toString(today.date.toLocalTime().time(), QLocale::ShortFormat));
    EXPECT_EQ(model.indexForId(2, MessageListModel::DateColumn).data().toString(),
              locale.toString(old.date.toLocalTime().date(), QLocale::ShortFormat));
    EXPECT_EQ(model.indexForId(3, MessageListModel::DateColumn).data().toString(),
              locale.toString(noDate.internalDate.toLocalTime().date(), QLocale::ShortFormat));
}

TEST(MessageListModel, FlagChangeMovesTheRowWhenSortedByFlag)
{
    MessageListModel model;
    model.setMessages(fiveMessages());
    model.sort(MessageListModel::FlagColumn, Qt::DescendingOrder); // 1, 4, 2, 3, 5
    QPersistentModelIndex five(model.indexForId(5));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.updateFlags(5, MessageFlag::Flagged);
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{1, 4, 5, 2, 3}));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_EQ(five.row(), 2);
    EXPECT_EQ(five.data(MessageListModel::MessageIdRole).toLongLong(), 5);
}

namespace {

QList<StoredMessage> manyMessages(int first, int count, int dayStride)
{
    QList<StoredMessage> list;
    for (int i = 0; i < count; ++i) {
        const int id = first + i;
        list << msg(id, QStringLiteral("sender %1").arg(id % 7), QStringLiteral("subject %1").arg(id),
                    (id * dayStride) % 97, 1000 + id);
    }
    return list;
}

void expectUpsertKeepsSelection(int chunkSize)
{
    MessageListModel model;
    model.setMessages(manyMessages(1, 400, 13));
    QItemSelectionModel selection(&model);
    const QModelIndex chosen = model.indexForId(123);
    selection.setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QPersistentModelIndex current(chosen);
    const int rowBefore = current.row();
    QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

    // New messages spread over the same dates, plus updates: one that does not
    // move (a subject), one that moves (a date), and the selected one itself.
    QList<StoredMessage> chunk = manyMessages(1001, chunkSize, 17);
    StoredMessage renamed = msg(50, QStringLiteral("sender 1"), QStringLiteral("renamed"), (50 * 13) % 97, 1050);
    StoredMessage redated = msg(60, QStringLiteral("sender 4"), QStringLiteral("subject 60"), 200, 1060);
    StoredMessage selectedSeen = msg(123, QStringLiteral("sender 4"), QStringLiteral("subject 123"),
                                     (123 * 13) % 97, 1123, MessageFlag::Seen | MessageFlag::Answered);
    chunk << renamed << redated << selectedSeen;
    model.upsert(chunk);

    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(model.rowCount(), 400 + chunkSize);
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(MessageListModel::MessageIdRole).toLongLong(), 123);
    EXPECT_NE(current.row(), rowBefore); // rows were inserted around it
    const QModelIndexList selected = selection.selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(MessageListModel::MessageIdRole).toLongLong(), 123);
    EXPECT_EQ(selection.currentIndex().data(MessageListModel::MessageIdRole).toLongLong(), 123);
    EXPECT_EQ(model.indexForId(123, 0).data(MessageListModel::FlagsRole).toUInt(),
              quint32(MessageFlag::Seen | MessageFlag::Answered));
    EXPECT_EQ(model.indexForId(50, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("renamed"));
    EXPECT_EQ(model.indexForId(60).row(), 0); // the newest now
    EXPECT_TRUE(sortedByDateDescending(model));
    for (qint64 id : {qint64(1), qint64(400), qint64(1001), qint64(1000 + chunkSize)})
        EXPECT_EQ(model.indexForId(id).data(MessageListModel::MessageIdRole).toLongLong(), id);
}

} // namespace

TEST(MessageListModel, SmallUpsertChunkKeepsSelectedRow)
{
    expectUpsertKeepsSelection(10); // inserted row by row at sorted places
}

TEST(MessageListModel, LargeUpsertChunkKeepsSelectedRow)
{
    expectUpsertKeepsSelection(1000); // appended and merged in one layout change
}

TEST(MessageListModel, RemoveKeepsOtherRowsAndIndexes)
{
    MessageListModel model;
    model.setMessages(manyMessages(1, 100, 13));
    QPersistentModelIndex keep(model.indexForId(77));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.remove({5, 6, 7, 99, 100, 12345 /* unknown: ignored */, 5});
    EXPECT_EQ(model.rowCount(), 95);
    EXPECT_GE(removed.count(), 1);
    ASSERT_TRUE(keep.isValid());
    EXPECT_EQ(keep.data(MessageListModel::MessageIdRole).toLongLong(), 77);
    for (qint64 gone : {5, 6, 7, 99, 100})
        EXPECT_FALSE(model.indexForId(gone).isValid()) << gone;
    for (qint64 id = 1; id <= 98; ++id) {
        if (id >= 5 && id <= 7)
            continue;
        EXPECT_EQ(model.indexForId(id).data(MessageListModel::MessageIdRole).toLongLong(), id);
    }
    EXPECT_TRUE(sortedByDateDescending(model));
    model.upsert({msg(5, QStringLiteral("back"), QStringLiteral("again"), 1, 1)});
    EXPECT_EQ(model.indexForId(5, MessageListModel::FromColumn).data().toString(), QStringLiteral("back"));
}

namespace {

QList<StoredMessage> placeholders(int count)
{
    QList<StoredMessage> list;
    for (int i = 0; i < count; ++i) {
        StoredMessage m;
        m.id = i + 1;
        m.uid = quint32(5000 + i);
        m.internalDate = kBase.addSecs(qint64(i) * 60);
        list << m;
    }
    return list;
}

} // namespace

TEST(MessageListModel, PlaceholdersAskForTheRowsRequestedOnly)
{
    MessageListModel model;
    model.setEnvelopeRequestDelay(5);
    model.setMessages(placeholders(200));
    QSignalSpy wanted(&model, &MessageListModel::envelopesWanted);

    // Roles other than display (tooltips, ids) do not count as "in view".
    EXPECT_EQ(model.index(3, 0).data(MessageListModel::UidRole).toUInt(), 5000u + 196u);
    QList<quint32> expected;
    for (int row : {40, 41, 42, 7}) {
        EXPECT_EQ(model.index(row, MessageListModel::SubjectColumn).data().toString(),
                  MessageListModel::tr("Loading\u2026"));
        model.index(row, MessageListModel::FromColumn).data(); // same row again: one request
        expected << model.index(row, 0).data(MessageListModel::UidRole).toUInt();
    }
    std::sort(expected.begin(), expected.end());
    ASSERT_TRUE(wanted.wait(2000));
    ASSERT_EQ(wanted.count(), 1);
    EXPECT_EQ(wanted[0][0].value<QList<quint32>>(), expected);

    // Painting the same rows again does not ask again.
    model.index(40, MessageListModel::SubjectColumn).data();
    EXPECT_FALSE(wanted.wait(100));

    // The envelope arrives: the row shows it and is no placeholder any more.
    StoredMessage filled = msg(200 - 40, QStringLiteral("Eve"), QStringLiteral("filled in"), 0, 10);
    filled.uid = 5000 + 159;
    model.upsert({filled});
    EXPECT_EQ(model.indexForId(160, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("filled in"));
    EXPECT_TRUE(model.indexForId(160).data(MessageListModel::EnvelopeKnownRole).toBool());

    // After a failed fetch the controller can ask for them again.
    model.forgetEnvelopeRequests();
    model.index(41, MessageListModel::SubjectColumn).data();
    ASSERT_TRUE(wanted.wait(2000));
    EXPECT_EQ(wanted.last()[0].value<QList<quint32>>(),
              QList<quint32>{model.index(41, 0).data(MessageListModel::UidRole).toUInt()});
}

TEST(MessageListModel, ViewAsksForTheVisiblePlaceholdersFirst)
{
    MessageListModel model;
    model.setEnvelopeRequestDelay(5);
    model.setMessages(placeholders(5000));
    QSignalSpy wanted(&model, &MessageListModel::envelopesWanted);
    MessageListView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(wanted.wait(3000));
    QTest::qWait(200); // the first paint may be reported in more than one batch
    QList<quint32> asked;
    for (const auto &args : std::as_const(wanted))
        asked << args[0].value<QList<quint32>>();
    EXPECT_GT(asked.size(), 3);
    EXPECT_LT(asked.size(), 200); // a screenful, not the folder
    EXPECT_TRUE(asked.contains(model.index(0, 0).data(MessageListModel::UidRole).toUInt()));
    EXPECT_FALSE(asked.contains(model.index(4999, 0).data(MessageListModel::UidRole).toUInt()));
}

TEST(ThreadBuilder, ParsesMessageIdLists)
{
    EXPECT_EQ(ThreadBuilder::parseMessageIds("<a@x> (comment) <b@y>\r\n <c@z>"),
              (QList<QByteArray>{"<a@x>", "<b@y>", "<c@z>"}));
    EXPECT_EQ(ThreadBuilder::parseMessageIds("Your message of ... <a@x>"), (QList<QByteArray>{"<a@x>"}));
    EXPECT_TRUE(ThreadBuilder::parseMessageIds("<> <unterminated").isEmpty());
}

namespace {

// A <- (B missing) <- C <- D (D by In-Reply-To only), E alone and newest of all
// but D's thread; F and G reference each other (a cycle).
QList<StoredMessage> threadedMessages()
{
    StoredMessage a = msg(1, QStringLiteral("a"), QStringLiteral("plan"), 0, 1);
    a.messageId = "<a@x>";
    StoredMessage c = msg(2, QStringLiteral("c"), QStringLiteral("Re: plan"), 2, 1);
    c.messageId = "<c@x>";
    c.references = "<a@x> <b@x>"; // <b@x> is not in this folder
    c.inReplyTo = "<b@x>";
    StoredMessage d = msg(3, QStringLiteral("d"), QStringLiteral("Re: plan"), 9, 1);
    d.messageId = "<d@x>";
    d.inReplyTo = "<c@x>";
    StoredMessage e = msg(4, QStringLiteral("e"), QStringLiteral("other"), 5, 1);
    e.messageId = "<e@x>";
    StoredMessage f = msg(5, QStringLiteral("f"), QStringLiteral("loop"), 1, 1);
    f.messageId = "<f@x>";
    f.references = "<g@x>";
    StoredMessage g = msg(6, QStringLiteral("g"), QStringLiteral("loop"), 3, 1);
    g.messageId = "<g@x>";
    g.references = "<f@x>";
    return {d, g, e, a, f, c}; // arrival order is not thread order
}

} // namespace

TEST(ThreadBuilder, ParentsFromReferencesAndInReplyToWithMissingMiddle)
{
    const QList<StoredMessage> list = threadedMessages();
    std::vector<StoredMessage> records(list.begin(), list.end());
    std::vector<qint64> dates;
    for (const StoredMessage &m : records)
        dates.push_back(m.date.toMSecsSinceEpoch());
    const ThreadLayout layout = ThreadBuilder::build(records, dates, true);
    const auto idAt = [&](int record) { return record < 0 ? qint64(-1) : records[size_t(record)].id; };
    const auto parentOf = [&](qint64 id) {
        for (size_t i = 0; i < records.size(); ++i) {
            if (records[i].id == id)
                return idAt(layout.parent[i]);
        }
        return qint64(-2);
    };
    EXPECT_EQ(parentOf(1), -1);
    EXPECT_EQ(parentOf(2), 1); // B missing: C hangs under A (last present reference)
    EXPECT_EQ(parentOf(3), 2); // In-Reply-To
    EXPECT_EQ(parentOf(4), -1);
    EXPECT_TRUE((parentOf(5) == -1) != (parentOf(6) == -1)); // the cycle is broken once
    ASSERT_EQ(layout.order.size(), records.size());
    QList<qint64> order;
    for (int r : layout.order)
        order << idAt(r);
    EXPECT_EQ(order.mid(0, 4), (QList<qint64>{1, 2, 3, 4})); // thread of D (day 9), then E (day 5)
    QList<qint64> sortedOrder = order;
    std::sort(sortedOrder.begin(), sortedOrder.end());
    EXPECT_EQ(sortedOrder, (QList<qint64>{1, 2, 3, 4, 5, 6}));
}

TEST(MessageListModel, ThreadedViewHasDepthsAndKeepsSelection)
{
    MessageListModel model;
    model.setMessages(threadedMessages());
    QPersistentModelIndex d(model.indexForId(3));
    model.setThreaded(true);
    ASSERT_TRUE(model.isThreaded());
    const QList<qint64> order = idsInViewOrder(model);
    EXPECT_EQ(order.mid(0, 4), (QList<qint64>{1, 2, 3, 4}));
    const auto depth = [&](qint64 id) { return model.indexForId(id).data(MessageListModel::DepthRole).toInt(); };
    EXPECT_EQ(depth(1), 0);
    EXPECT_EQ(depth(2), 1);
    EXPECT_EQ(depth(3), 2);
    EXPECT_EQ(depth(4), 0);
    EXPECT_EQ(d.data(MessageListModel::MessageIdRole).toLongLong(), 3);

    // Oldest thread first when the order is ascending.
    model.sort(MessageListModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInViewOrder(model), (QList<qint64>{5, 6, 4, 1, 2, 3}));

    // The missing middle message arrives: C moves under it.
    StoredMessage b = msg(7, QStringLiteral("b"), QStringLiteral("Re: plan"), 1, 1);
    b.messageId = "<b@x>";
    b.inReplyTo = "<a@x>";
    b.references = "<a@x>";
    model.upsert({b});
    EXPECT_EQ(depth(7), 1);
    EXPECT_EQ(depth(2), 2);
    EXPECT_EQ(depth(3), 3);
    EXPECT_EQ(d.data(MessageListModel::MessageIdRole).toLongLong(), 3);

    // Its parent leaves: D is still listed, as a thread of its own.
    model.remove({2});
    EXPECT_EQ(depth(3), 0); // D's only link (In-Reply-To <c@x>) is gone
    EXPECT_EQ(d.data(MessageListModel::MessageIdRole).toLongLong(), 3);

    model.setThreaded(false);
    EXPECT_EQ(depth(3), 0);
    EXPECT_EQ(idsInViewOrder(model).size(), 6);
}

TEST(MessageListModel, DragPayloadRoundTripsToTheFolderTree)
{
    MessageListModel model;
    model.setMessages(fiveMessages()); // view order 5, 1, 3, 2, 4
    EXPECT_TRUE(model.supportedDragActions() & Qt::MoveAction);
    EXPECT_TRUE(model.supportedDragActions() & Qt::CopyAction);
    EXPECT_TRUE(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
    ASSERT_EQ(model.mimeTypes(), QStringList{QString::fromLatin1(MessageIdsMimeType)});

    QModelIndexList picked;
    for (int row : {3, 1})
        for (int column = 0; column < model.columnCount(); ++column)
            picked << model.index(row, column); // every cell of the two rows
    std::unique_ptr<QMimeData> mime(model.mimeData(picked));
    ASSERT_TRUE(mime);
    QString error;
    EXPECT_EQ(decodeMessageIds(mime->data(QString::fromLatin1(MessageIdsMimeType)), &error),
              (QList<qint64>{1, 2}));
    EXPECT_TRUE(error.isEmpty());

    FolderTreeModel folders;
    StoredFolder trash;
    trash.id = 77;
    trash.name = QStringLiteral("Trash");
    trash.specialUse = "\\Trash";
    folders.setFolders(QStringLiteral("alice"), {trash});
    QSignalSpy dropped(&folders, &FolderTreeModel::messagesDropped);
    ASSERT_TRUE(folders.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, folders.indexForFolder(77)));
    ASSERT_EQ(dropped.count(), 1);
    EXPECT_EQ(dropped[0][0].value<QList<qint64>>(), (QList<qint64>{1, 2}));
    EXPECT_EQ(dropped[0][1].toLongLong(), 77);

    EXPECT_EQ(model.mimeData({}), nullptr);
}

TEST(MessageListView, SelectedIdsInViewOrderAndThreadedPaint)
{
    MessageListModel model;
    model.setMessages(threadedMessages());
    model.setThreaded(true); // order 1, 2, 3, 4, then the F/G thread
    MessageListView view;
    view.setModel(&model);
    view.resize(700, 300);
    EXPECT_EQ(model.sortColumn(), int(MessageListModel::DateColumn));
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_EQ(view.selectedMessageIds(), (QList<qint64>{1, 3}));
    // Indented replies paint (the delegate shifts depth > 0 rows).
    EXPECT_FALSE(view.grab().isNull());
    // Clicking a header sorts through the model, not a proxy.
    view.sortByColumn(MessageListModel::SizeColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.sortColumn(), int(MessageListModel::SizeColumn));
    EXPECT_EQ(view.selectedMessageIds().size(), 2);
}
