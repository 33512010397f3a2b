// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test; tests/bench/README.md, "Search"): on a Maildir of
// generated messages (maildir-gen.py),
//   import   every message into a fresh store as cached mail (rows + bodies),
//            under the account carteiro-cli search uses for --server/--user;
//   index    the full-text index built from that backlog (messages/s, MB/s);
//   filter   the quick filter typed one key at a time on the message list
//            holding every row (ms per keystroke, first one included), then
//            erased key by key.
// Prints "key=value" lines for tests/bench/search.sh.
//   bench_search --maildir DIR --store FILE --account ID [--type TEXT] [--filter-only]
// (--filter-only: the store is already made; only the quick filter runs.)
#include "mail/MessageListModel.h"
#include "search/LocalSearch.h"
#include "store/MailStore.h"
#include "store/MessageSummary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace carteiro;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

// The quick filter on a list holding every row: one key at a time, then back.
int filterBench(MailStore &store, qint64 folder, const QString &text)
{
    QElapsedTimer t;
    MessageListModel model;
    model.setMessages(store.messages(folder));
    QList<double> typing, erasing;
    double first = 0;
    for (int n = 1; n <= text.size(); ++n) {
        t.restart();
        model.setQuickFilter(text.left(n));
        const double ms = t.nsecsElapsed() / 1e6;
        if (n == 1)
            first = ms; // the folded text of every row is made here, once
        else
            typing << ms;
    }
    const int shown = model.shownCount();
    for (int n = int(text.size()) - 1; n >= 0; --n) {
        t.restart();
        model.setQuickFilter(text.left(n));
        erasing << t.nsecsElapsed() / 1e6;
    }
    print(QStringLiteral("filter_rows=%1\nfilter_shown=%2\nfilter_first_key_ms=%3\nfilter_key_median_ms=%4\n"
                         "filter_key_max_ms=%5\nfilter_erase_median_ms=%6\nfilter_erase_max_ms=%7")
              .arg(model.messageCount())
              .arg(shown)
              .arg(first, 0, 'f', 1)
              .arg(median(typing), 0, 'f', 1)
              .arg(typing.isEmpty() ? 0 : *std::max_element(typing.begin(), typing.end()), 0, 'f', 1)
              .arg(median(erasing), 0, 'f', 1)
              .arg(erasing.isEmpty() ? 0 : *std::max_element(erasing.begin(), erasing.end()), 0, 'f', 1));
    return 0;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption maildir(QStringLiteral("maildir"), QStringLiteral("Maildir folder"), QStringLiteral("dir"));
    const QCommandLineOption storeFile(QStringLiteral("store"), QStringLiteral("store file (made)"), QStringLiteral("file"));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("account id"), QStringLiteral("id"));
    const QCommandLineOption typed(QStringLiteral("type"), QStringLiteral("quick filter text"), QStringLiteral("text"),
                                   QStringLiteral("joao silva"));
    const QCommandLineOption filterOnly(QStringLiteral("filter-only"),
                                        QStringLiteral("the store is already made: only the quick filter"));
    p.addOptions({maildir, storeFile, account, typed, filterOnly});
    p.process(app);
    MailStore store(p.value(storeFile));
    if (!store.open()) {
        print(QStringLiteral("error=%1").arg(store.error()));
        return 1;
    }
    StoredFolder f;
    f.accountId = p.value(account);
    f.name = QStringLiteral("INBOX");
    f.wireName = "INBOX";
    f.specialUse = "\\Inbox";
    const qint64 folder = store.upsertFolder(f);

    if (p.isSet(filterOnly))
        return filterBench(store, folder, p.value(typed));

    // Import: rows in chunks of 1000, then each body (what a sync plus reading would cache).
    QElapsedTimer t;
    t.start();
    QStringList files;
    for (const char *sub : {"cur", "new"}) {
        const QDir d(p.value(maildir) + QLatin1Char('/') + QLatin1String(sub));
        for (const QString &name : d.entryList(QDir::Files))
            files << d.filePath(name);
    }
    qint64 bytes = 0;
    quint32 uid = 0;
    for (qsizetype at = 0; at < files.size(); at += 1000) {
        QList<StoredMessage> rows;
        QList<QByteArray> raws;
        for (qsizetype i = at; i < qMin(files.size(), at + 1000); ++i) {
            QFile file(files.at(i));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QByteArray raw = file.readAll();
            raw.replace("\r\n", "\n").replace("\n", "\r\n");
            StoredMessage m = MessageSummary::summarize(raw);
            m.uid = ++uid;
            m.internalDate = m.date;
            rows << m;
            raws << raw;
            bytes += raw.size();
        }
        QList<qint64> ids;
        if (!store.upsertMessages(folder, rows, &ids)) {
            print(QStringLiteral("error=%1").arg(store.error()));
            return 1;
        }
        for (qsizetype i = 0; i < ids.size(); ++i)
            store.storeBody(ids.at(i), raws.at(i));
    }
    print(QStringLiteral("messages=%1\nbytes=%2\nimport_s=%3").arg(uid).arg(bytes).arg(t.elapsed() / 1000.0));

    // Index: the whole backlog, as the background indexer or the first search does it.
    t.restart();
    QString error;
    if (!LocalSearch::catchUp(store, f.accountId, &error)) {
        print(QStringLiteral("error=%1").arg(error));
        return 1;
    }
    const double indexS = t.elapsed() / 1000.0;
    print(QStringLiteral("index_s=%1\nindex_msgs_per_s=%2\nindex_mb_per_s=%3")
              .arg(indexS)
              .arg(indexS > 0 ? uid / indexS : 0, 0, 'f', 0)
              .arg(indexS > 0 ? bytes / 1e6 / indexS : 0, 0, 'f', 1));

    return filterBench(store, folder, p.value(typed));
}
