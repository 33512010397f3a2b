// SPDX-License-Identifier: GPL-3.0-or-later
// A million rows (tests/bench/README.md: first paint <= 100 ms, sort <= 300 ms).
// The times are printed, not asserted (shared machines are noisy: benchmarks
// are not timed tests); the order after each step is checked.
#include "mail/MessageListModel.h"
#include "mail/MessageListView.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <gtest/gtest.h>

#include <ctime>
#include <iostream>

using namespace carteiro;

namespace {

constexpr int kRows = 1000000;

QList<StoredMessage> millionMessages()
{
    // Realistic repetition: a few thousand senders and subjects (shared
    // strings, as a store read would give for repeated values they are not,
    // but the keys are computed per row either way), dates over ten years.
    QStringList senders, subjects;
    for (int i = 0; i < 3000; ++i)
        senders << QStringLiteral("Sender %1 %2").arg(QChar(u'A' + i % 26)).arg(i);
    static const char *const prefixes[] = {"", "Re: ", "RE: ", "Fwd: ", "RES: "};
    for (int i = 0; i < 20000; ++i)
        subjects << QString::fromLatin1(prefixes[i % 5]) + QStringLiteral("Topic %1 of the week").arg(i * 7919 % 20000);
    QRandomGenerator rng(20241123);
    const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC);
    QList<StoredMessage> list;
    list.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        StoredMessage m;
        m.id = i + 1;
        m.uid = quint32(i + 1);
        m.envelopeKnown = true;
        m.fromName = senders[int(rng.bounded(senders.size()))];
        m.subject = subjects[int(rng.bounded(subjects.size()))];
        m.date = start.addSecs(qint64(rng.bounded(315360000)));
        m.size = 500 + rng.bounded(200000);
        m.flags = rng.bounded(4) ? quint32(MessageFlag::Seen) : 0u;
        list.append(std::move(m));
    }
    return list;
}

// Wall time beside process CPU time (tests/bench/README.md: report both; a shared
// machine's wall clock includes other people's builds).
struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    void restart()
    {
        wall.start();
        cpu = std::clock();
    }
    std::string report() const
    {
        const qint64 cpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
        return std::to_string(wall.elapsed()) + " ms wall, " + std::to_string(cpuMs) + " ms CPU";
    }
};

qint64 idAt(const MessageListModel &m, int row)
{
    return m.index(row, 0).data(MessageListModel::MessageIdRole).toLongLong();
}

// 2,000 random adjacent pairs plus both ends: keys in order, ties by id.
template<typename Key>
void spotCheck(const MessageListModel &m, int column, bool ascending, Key key)
{
    QRandomGenerator rng(7);
    for (int k = 0; k < 2000; ++k) {
        const int row = k == 0 ? 1 : (k == 1 ? m.rowCount() - 1 : 1 + int(rng.bounded(m.rowCount() - 1)));
        const auto a = key(m.index(row - 1, column).data(MessageListModel::SortKeyRole));
        const auto b = key(m.index(row, column).data(MessageListModel::SortKeyRole));
        if (a == b)
            ASSERT_LT(idAt(m, row - 1), idAt(m, row)) << "tie at row " << row;
        else
            ASSERT_EQ(ascending ? a < b : a > b, true) << "row " << row << " column " << column;
    }
}

} // namespace

TEST(MessageListModelBenchmark, MillionRowsSetAndSort)
{
    QList<StoredMessage> list = millionMessages();
    // The expected first row of a date sort, found without the model.
    qint64 newestId = 0, newest = std::numeric_limits<qint64>::min();
    for (const StoredMessage &msg : std::as_const(list)) {
        const qint64 t = msg.date.toMSecsSinceEpoch();
        if (t > newest || (t == newest && msg.id < newestId)) {
            newest = t;
            newestId = msg.id;
        }
    }

    MessageListModel model;
    Stopwatch timer;
    timer.restart();
    model.setMessages(std::move(list));
    std::cout << "[bench] setMessages(1M) incl. keys and date sort: " << timer.report() << std::endl;
    ASSERT_EQ(model.rowCount(), kRows);
    EXPECT_EQ(idAt(model, 0), newestId);

    MessageListView view;
    view.resize(900, 600);
    timer.restart();
    view.setModel(&model);
    const QPixmap firstPaint = view.grab();
    std::cout << "[bench] setModel + first paint (1M rows): " << timer.report() << std::endl;
    EXPECT_FALSE(firstPaint.isNull());

    const auto asInt = [](const QVariant &v) { return v.toLongLong(); };
    const auto asString = [](const QVariant &v) { return v.toString(); };
    struct Step
    {
        int column;
        Qt::SortOrder order;
        const char *name;
    };
    const Step steps[] = {
        {MessageListModel::SubjectColumn, Qt::AscendingOrder, "subject asc"},
        {MessageListModel::SubjectColumn, Qt::DescendingOrder, "subject desc"},
        {MessageListModel::FromColumn, Qt::AscendingOrder, "from asc"},
        {MessageListModel::SizeColumn, Qt::DescendingOrder, "size desc"},
        {MessageListModel::DateColumn, Qt::AscendingOrder, "date asc"},
        {MessageListModel::DateColumn, Qt::DescendingOrder, "date desc"},
    };
    for (const Step &s : steps) {
        timer.restart();
        model.sort(s.column, s.order);
        std::cout << "[bench] sort 1M by " << s.name << ": " << timer.report() << std::endl;
        const bool asc = s.order == Qt::AscendingOrder;
        if (s.column == MessageListModel::SubjectColumn || s.column == MessageListModel::FromColumn)
            spotCheck(model, s.column, asc, asString);
        else
            spotCheck(model, s.column, asc, asInt);
    }
    EXPECT_EQ(idAt(model, 0), newestId);

    timer.restart();
    QList<StoredMessage> chunk;
    for (int i = 0; i < 500; ++i) {
        StoredMessage m;
        m.id = kRows + 1 + i;
        m.uid = quint32(kRows + 1 + i);
        m.envelopeKnown = true;
        m.subject = QStringLiteral("late %1").arg(i);
        m.date = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
        chunk << m;
    }
    model.upsert(chunk);
    std::cout << "[bench] upsert 500 new rows into 1M (merge): " << timer.report() << std::endl;
    EXPECT_EQ(model.rowCount(), kRows + 500);
    EXPECT_EQ(idAt(model, 0), kRows + 500); // the newest of the chunk
    spotCheck(model, MessageListModel::DateColumn, false, asInt);
}
