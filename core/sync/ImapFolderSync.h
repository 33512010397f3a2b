// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings ONE folder of ONE account in the store up to date over an
// already-ready ImapConnection:
//   SELECT/EXAMINE, with QRESYNC (RFC 7162 §3.2.5) when the store knows the
//   folder's UIDVALIDITY and HIGHESTMODSEQ, else CONDSTORE (§3.1.8), else plain;
//   a changed UIDVALIDITY (RFC 3501 §2.3.1.1) rebuilds the folder's cache
//   (tests/README.md, case 24);
//   expunged mail from VANISHED (EARLIER), or by comparing the server's UID list
//   (UID SEARCH ALL) with the store;
//   changed flags from the QRESYNC SELECT, UID FETCH (FLAGS) (CHANGEDSINCE), or a
//   full UID FETCH (FLAGS) compared with the store;
//   new mail: the list items in pipelined UID FETCH chunks, newest first, one
//   store transaction per chunk (tests/bench/README.md); the first chunk holds
//   only the rows a list shows at once (Options::firstChunk), the next ones
//   grow to Options::chunk (chunkPlan);
//   then the sync state (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ).
// Nothing is written before the server accepted the SELECT.
#include "imap/ImapConnection.h"
#include "store/MailStore.h"
#include "sync/ImapMessageRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace carteiro {

class ImapFolderSync : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Selecting, ListingUids, FetchingFlags, FetchingHeaders, Done, Failed, Cancelled };
    static const char *stateName(State state);

    struct Options
    {
        bool readOnly = false;   // EXAMINE instead of SELECT (RFC 3501 §6.3.2)
        bool useQresync = true;  // when the session enabled it
        bool useCondstore = true;
        quint32 chunk = 500;     // UIDs per UID FETCH
        // UIDs in the FIRST UID FETCH: the rows that fill the visible list, so
        // they arrive before the rest is asked for. 0: as `chunk`.
        quint32 firstChunk = 0;
    };

    // The sizes of the UID FETCH chunks for `count` new messages: `first`
    // (clamped to 1..chunk; 0 means `chunk`), then doubling up to `chunk`.
    // E.g. 1200 with first 50, chunk 500: 50 100 200 400 450.
    static QList<quint32> chunkPlan(qsizetype count, quint32 first, quint32 chunk);

    struct Stats
    {
        qint64 total = 0;     // messages of the folder in the store at the end
        qint64 added = 0;     // new rows
        qint64 changed = 0;   // rows whose flags changed
        qint64 removed = 0;   // rows removed (expunged on the server)
        qint64 newUnseen = 0; // added rows without \Seen
        bool rebuilt = false; // UIDVALIDITY changed: the cache was dropped first
        bool qresync = false; // the SELECT used QRESYNC
        qint64 selectMs = 0, headersMs = 0; // wall time of SELECT and of the header fetch
    };

    ImapFolderSync(ImapConnection *connection, MailStore *store, qint64 folderId, Options options,
                   QObject *parent = nullptr);
    ImapFolderSync(ImapConnection *connection, MailStore *store, qint64 folderId,
                   QObject *parent = nullptr)
        : ImapFolderSync(connection, store, folderId, Options(), parent)
    {
    }
    ~ImapFolderSync() override;

    void start();
    void cancel();

    State state() const { return m_state; }
    qint64 folderId() const { return m_folderId; }
    const Stats &stats() const { return m_stats; }
    QString errorMessage() const { return m_error; }

Q_SIGNALS:
    void stateChanged(const QString &state);
    // The server accepted the SELECT: it holds `exists` messages (RFC 3501
    // §7.3.1 EXISTS), known before any row is fetched, so a list can show
    // that many rows at once.
    void folderCountKnown(qint64 folderId, qint64 exists);
    void progress(qint64 folderId, qint64 known, qint64 total);
    void chunkStored(qint64 folderId, int count);
    // What was written, for whoever shows it (no reading back): the new rows
    // with their store ids, the UIDs whose flags changed, the UIDs about to be
    // removed (expunged on the server; their rows are still there to read).
    void rowsStored(qint64 folderId, const QList<carteiro::StoredMessage> &rows);
    void flagsStored(qint64 folderId, const QList<quint32> &uids);
    void removingUids(qint64 folderId, const QList<quint32> &uids);
    void finished(bool ok, const QString &error);

private:
    void setState(State s);
    void fail(const QString &message);
    void onUntagged(const ImapResponse &r);
    void onJobFinished(quint64 job, const ImapCompletion &c);
    void onSelected(const ImapCompletion &c);
    void listUids();
    void onUids(const ImapCompletion &c);
    void fetchFlags();
    void onFlags();
    void fetchHeaders();
    void submitChunks(qsizetype count); // the next `count` waiting chunks, pipelined
    void onChunk(quint64 job, const ImapCompletion &c);
    bool applyPendingChanges(bool allFlags); // allFlags: every message's FLAGS came (compare with all rows)
    void complete();

    ImapConnection *m_conn;
    MailStore *m_store;
    qint64 m_folderId;
    Options m_options;
    State m_state = State::Idle;
    QString m_name;
    QString m_error;
    Stats m_stats;
    QList<QMetaObject::Connection> m_links;

    quint32 m_storedValidity = 0;
    quint64 m_storedModSeq = 0;
    QList<quint32> m_storedUids; // ascending
    quint32 m_maxUid = 0;
    quint32 m_newFrom = 1; // UIDNEXT of the last complete sync: nothing below it is new
    ImapMailboxState m_mailbox;
    bool m_condstore = false;
    bool m_fullUidList = false;

    quint64 m_selectJob = 0, m_searchJob = 0, m_flagsJob = 0;
    bool m_fullFlags = false;
    QHash<quint64, QList<quint32>> m_chunks; // job -> the UIDs it asked for
    QList<QList<quint32>> m_waitingChunks;   // not asked for yet (behind the first chunk)
    QList<quint32> m_newUids;                // descending
    QHash<quint32, StoredMessage> m_rows;    // fetched, not yet written
    ImapMessageRow::WordCache m_words;      // decoded names, shared by the fetches
    QHash<quint32, MailStore::FlagUpdate> m_flagUpdates;
    QList<quint32> m_vanished;
    qint64 m_fetched = 0;
    QElapsedTimer m_clock;
};

} // namespace carteiro
