// Fuzz entry points for records read back from the store (FuzzTargets.h):
// outbox rows whose columns hold whatever a damaged or foreign file holds, and
// saved drafts (DraftCodec) as arbitrary bytes.
#include "FuzzInput.h"
#include "FuzzTargets.h"

#include "mime/DraftCodec.h"
#include "store/MailStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <cstring>
#include <memory>

namespace carteiro::fuzz {

namespace {

// The outbox columns a row is written with (core/store/MailStore.cpp, schema v1).
constexpr const char *kOutboxColumns[] = {"account", "state", "raw", "envelope_from", "recipients", "subject",
                                          "last_error", "attempts", "created", "updated"};

// One store for the whole run (opening one per input would measure SQLite, not
// the reader), and a second connection that writes rows the store's own code
// never would.
struct OutboxFixture
{
    QString path;
    std::unique_ptr<MailStore> store;
    QString raw = QStringLiteral("carteiro-fuzz-raw");
    bool ok = false;

    OutboxFixture()
    {
        const QString dir = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        path = QStringLiteral("%1/carteiro-fuzz-outbox-%2.sqlite").arg(dir).arg(QCoreApplication::applicationPid());
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        store = std::make_unique<MailStore>(path);
        if (!store->open())
            return;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    ~OutboxFixture()
    {
        store.reset();
        QSqlDatabase::database(raw, false).close();
        QSqlDatabase::removeDatabase(raw);
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }
};

// A value of the kind the input picks: NULL, integers small and huge, text
// (not necessarily UTF-8), blobs, reals (NaN and infinities too).
QVariant columnValue(InputReader &in, QString *expr)
{
    *expr = QStringLiteral("?");
    switch (in.byte() % 7) {
    case 0:
        return QVariant();
    case 1:
        return QVariant(qint64(in.number(8)));
    case 2:
        return QVariant(qint64(qint8(in.byte())));
    case 3:
        *expr = QStringLiteral("CAST(? AS TEXT)"); // the bytes as TEXT, valid UTF-8 or not
        return QVariant(in.take(in.byte()));
    case 4:
        return QVariant(in.take(in.byte()));
    case 5: {
        const quint64 bits = in.number(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return QVariant(d);
    }
    default:
        return QVariant(QString::fromUtf8(in.take(in.byte() % 32)));
    }
}

} // namespace

int outboxRecords(const uint8_t *data, size_t size)
{
    static OutboxFixture fixture;
    check(fixture.ok);
    QSqlDatabase db = QSqlDatabase::database(fixture.raw, false);
    InputReader in(bytes(data, size));
    QSqlQuery q(db);
    check(q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("DELETE FROM outbox")));
    int rows = 0;
    const int wanted = 1 + in.byte() % 8;
    for (int r = 0; r < wanted && !in.atEnd(); ++r) {
        QStringList names, exprs;
        QVariantList values;
        const quint16 present = quint16(in.number(2));
        for (int c = 0; c < 10; ++c) {
            if (!(present & (1 << c)))
                continue; // the column's default (or NOT NULL refused)
            QString expr;
            values.append(columnValue(in, &expr));
            names.append(QLatin1String(kOutboxColumns[c]));
            exprs.append(expr);
        }
        if (present & (1 << 10)) { // an id of the input's choosing
            names.append(QStringLiteral("id"));
            exprs.append(QStringLiteral("?"));
            values.append(QVariant(qint64(in.number(8))));
        }
        if (names.isEmpty())
            continue;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO outbox (%1) VALUES (%2)")
                           .arg(names.join(QLatin1Char(',')), exprs.join(QLatin1Char(','))));
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (insert.exec())
            ++rows; // a NOT NULL column left out or a duplicate id is refused: not a row
    }
    check(q.exec(QStringLiteral("COMMIT")));

    const QList<OutboxEntry> all = fixture.store->outbox();
    check(all.size() == rows);
    for (qsizetype i = 1; i < all.size(); ++i)
        check(all[i].id > all[i - 1].id);
    qsizetype touched = 0;
    for (const OutboxEntry &e : all) {
        touched += e.raw.size() + e.envelopeFrom.size() + e.subject.size() + e.lastError.size();
        for (const QByteArray &rcpt : e.recipients)
            touched += rcpt.size();
        touched += e.created.isValid() ? e.created.toString(Qt::ISODate).size() : 0;
        touched += e.updated.isValid() ? e.updated.toString(Qt::ISODate).size() : 0;
    }
    check(touched >= 0);
    if (!all.isEmpty()) // the per-account read (a BLOB account matches no text: fine)
        check(fixture.store->outbox(all.first().accountId).size() <= all.size());
    return 0;
}

int draftRecord(const uint8_t *data, size_t size)
{
    // A saved draft is read back as it is; one that decodes must save and read
    // again unchanged (autosave writes back what it read).
    QString error;
    const auto saved = DraftCodec::decode(bytes(data, size), &error);
    if (!saved) {
        check(!error.isEmpty());
        return 0;
    }
    const QByteArray once = DraftCodec::encode(*saved);
    QString again;
    const auto reread = DraftCodec::decode(once, &again);
    check(reread.has_value());
    check(DraftCodec::encode(*reread) == once);
    return 0;
}

} // namespace carteiro::fuzz
