// SPDX-License-Identifier: GPL-3.0-or-later
// bench_contacts: what address completion costs (tests/bench/README.md,
// "Contacts"). Run by hand: build/tests/bench_contacts [MESSAGES] [RUNS].
//  1. Harvest: MESSAGES generated message rows (5000 correspondents) stored as
//     a sync stores them (upsertMessages, chunks of 500), then harvested
//     (harvestAddresses, chunks of 500); the ratio harvest / store says what
//     the harvest adds to a sync.
//  2. Completion per keystroke ("j", "jo", "joa", "joao", ... over every
//     address): AddressCompletion in memory, accents folded, beside the naive
//     peer, an SQLite LIKE query on addresses_seen (no folding) in the same run.
#include "engine/AddressCompletion.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace carteiro;

namespace {

const char *kFirst[] = {"João", "Maria", "José", "Ana", "Antônio", "Francisca", "Carlos", "Conceição", "Paulo", "Lúcia"};
const char *kLast[] = {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Araújo", "Gonçalves", "Ribeiro"};

QString person(int i)
{
    return QString::fromUtf8(kFirst[i % 10]) + QLatin1Char(' ') + QString::fromUtf8(kLast[(i / 10) % 10])
           + QStringLiteral(" %1").arg(i / 100);
}

QString address(int i)
{
    return QStringLiteral("p%1.%2@escola%3.br").arg(i).arg(QString::fromLatin1(kLast[(i / 10) % 10]).toLower()).arg(i % 7);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int messages = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    QTemporaryDir dir;
    MailStore store(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    StoredFolder f;
    f.accountId = QStringLiteral("bench");
    f.name = QStringLiteral("INBOX");
    const qint64 folder = store.upsertFolder(f);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer t;
    t.start();
    for (int start = 0; start < messages; start += 500) {
        QList<StoredMessage> chunk;
        for (int i = start; i < qMin(messages, start + 500); ++i) {
            StoredMessage m;
            m.uid = quint32(i + 1);
            m.envelopeKnown = true;
            m.date = now.addSecs(-i * 60);
            m.fromName = person(i % 5000);
            m.fromAddress = address(i % 5000);
            m.to = QStringLiteral("Eu <eu@escola.br>, %1 <%2>").arg(person((i * 7) % 5000), address((i * 7) % 5000));
            m.subject = QStringLiteral("Assunto %1").arg(i);
            chunk << m;
        }
        store.upsertMessages(folder, chunk);
    }
    const double storeMs = t.nsecsElapsed() / 1e6;
    t.restart();
    int taken = 0, total = 0;
    while ((taken = store.harvestAddresses(500)) > 0)
        total += taken;
    const double harvestMs = t.nsecsElapsed() / 1e6;
    std::printf("harvest: %d messages stored in %.0f ms, harvested in %.0f ms (%.0f messages/s); harvest/store = %.2f\n",
                total, storeMs, harvestMs, total / (harvestMs / 1000.0), harvestMs / storeMs);

    const QList<SeenAddress> seen = store.seenAddresses(20000);
    AddressCompletion completion;
    t.restart();
    completion.setData(seen, {}, {});
    std::printf("completion data: %lld addresses loaded in %.1f ms\n", qlonglong(completion.size()), t.nsecsElapsed() / 1e6);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
    db.setDatabaseName(dir.filePath(QStringLiteral("bench.sqlite")));
    db.open();
    QSqlQuery peer(db);
    peer.prepare(QStringLiteral("SELECT address, name FROM addresses_seen WHERE address LIKE ? OR name LIKE ?"
                                " OR name LIKE ? ORDER BY written * 4 + received DESC LIMIT 12"));
    const QStringList typed = {QStringLiteral("j"), QStringLiteral("jo"), QStringLiteral("joa"), QStringLiteral("joao"),
                               QStringLiteral("s"), QStringLiteral("si"), QStringLiteral("sil"), QStringLiteral("silv")};
    QList<double> ours, theirs;
    int hitsOurs = 0, hitsPeer = 0;
    for (int r = 0; r < runs; ++r)
        for (const QString &q : typed) {
            t.restart();
            hitsOurs += int(completion.complete(q).size());
            ours << t.nsecsElapsed() / 1e3;
            t.restart();
            peer.addBindValue(q + QLatin1Char('%'));
            peer.addBindValue(q + QLatin1Char('%'));
            peer.addBindValue(QStringLiteral("% ") + q + QLatin1Char('%'));
            if (!peer.exec())
                std::fprintf(stderr, "peer: %s\n", qPrintable(peer.lastError().text()));
            while (peer.next())
                ++hitsPeer;
            theirs << t.nsecsElapsed() / 1e3;
        }
    std::printf("per keystroke over %lld addresses: ours %.0f us (median), SQLite LIKE peer %.0f us; ours/peer = %.2f"
                " (hits %d vs %d: the peer finds no \"João\" for \"joao\")\n",
                qlonglong(completion.size()), median(ours), median(theirs), median(ours) / median(theirs), hitsOurs,
                hitsPeer);
    return 0;
}
