// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The local store (SQLite through Qt Sql): folders, message metadata, cached
// bodies, POP3 mail, the outbox and drafts. WAL journal; schema migrations by
// PRAGMA user_version; one transaction per written chunk. A MailStore is bound
// to the thread that opened it (Qt Sql connections are): open one per thread on
// the same file; WAL lets readers and the writer work at once.
// The UI never sees SQL: every question is a method here.
#include "mime/ContactCard.h"
#include "store/PendingAction.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace carteiro {

struct SearchQuery;

class MailStore
{
public:
    // `path` is a file name; ":memory:" gives a private in-memory store (tests).
    explicit MailStore(QString path);
    ~MailStore();
    MailStore(const MailStore &) = delete;
    MailStore &operator=(const MailStore &) = delete;

    // Creates or migrates the schema. False with error() set when the file is
    // not a database, is from a newer Carteiro, or cannot be written.
    bool open();
    bool isOpen() const;
    QString error() const { return m_error; } // names what failed, translated
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The default place: <AppDataLocation>/carteiro.sqlite
    static QString defaultPath();

    // --- folders --------------------------------------------------------
    // With total/unread counts unless told not to (Without: both 0, and no
    // message is read; counting is most of the cost on a large folder).
    enum class Counts { With, Without };
    QList<StoredFolder> folders(const QString &accountId, Counts counts = Counts::With) const;
    std::optional<StoredFolder> folder(qint64 folderId, Counts counts = Counts::With) const;
    std::optional<StoredFolder> folderByName(const QString &accountId, const QString &name,
                                             Counts counts = Counts::With) const;
    // Inserts or updates by (accountId, name); keeps the sync state unless the
    // record carries one. Returns the folder id, 0 on failure.
    qint64 upsertFolder(const StoredFolder &folder);
    // After a LIST: every non-local folder of the account not named is removed
    // with its messages. One transaction.
    bool retainFolders(const QString &accountId, const QStringList &names);
    bool renameFolder(qint64 folderId, const QString &newName, const QByteArray &wireName);
    bool removeFolder(qint64 folderId);
    // A folder's own switches (issue 12): in the server's subscription list,
    // and "Keep messages for offline use".
    enum class FolderSwitch { Subscribed, KeepOffline };
    bool setFolderSwitch(qint64 folderId, FolderSwitch which, bool on);
    // After LSUB / LIST (SUBSCRIBED): exactly the named folders of the account are subscribed.
    bool setSubscriptions(const QString &accountId, const QStringList &subscribed);
    bool setSyncState(qint64 folderId, quint32 uidValidity, quint32 uidNext, quint64 highestModSeq);
    // UIDVALIDITY changed (RFC 3501 §2.3.1.1): every cached message and body of
    // the folder is dropped and the new UIDVALIDITY recorded; the outbox,
    // drafts and other folders are untouched (tests/README.md, case 24).
    bool resetFolder(qint64 folderId, quint32 newUidValidity);

    // --- messages -------------------------------------------------------
    // Inserts or updates by (folderId, uid) (or (folderId, uidl) when uid is 0)
    // in ONE transaction: one call per fetched chunk. A row with
    // envelopeKnown=false never overwrites known envelope fields.
    // With `ids`, the store id of each row, in order.
    bool upsertMessages(qint64 folderId, const QList<StoredMessage> &messages, QList<qint64> *ids = nullptr);
    // FLAGS / MODSEQ updates from FETCH (one transaction).
    struct FlagUpdate { quint32 uid = 0; quint32 flags = 0; QList<QByteArray> keywords; quint64 modSeq = 0; };
    bool updateFlags(qint64 folderId, const QList<FlagUpdate> &updates);
    bool setFlags(qint64 messageId, quint32 flags);
    // EXPUNGE / VANISHED, and local deletes.
    bool removeMessages(qint64 folderId, const QList<quint32> &uids);
    bool removeMessage(qint64 messageId);
    // Every row of the folder, in no particular order (the list model sorts).
    QList<StoredMessage> messages(qint64 folderId) const;
    // Rows of the folder with a store id above `afterId` (rows added since), by id.
    QList<StoredMessage> messagesAfter(qint64 folderId, qint64 afterId) const;
    // At most `limit` rows without \Seen (nor \Deleted), the newest first (new-mail notices).
    QList<StoredMessage> newestUnseen(qint64 folderId, int limit) const;
    std::optional<StoredMessage> message(qint64 messageId) const;
    std::optional<StoredMessage> messageByUid(qint64 folderId, quint32 uid) const;
    QList<quint32> uids(qint64 folderId) const; // ascending
    // UIDs whose envelope is not known yet (placeholders), ascending.
    QList<quint32> uidsWithoutEnvelope(qint64 folderId) const;

    // --- bodies ---------------------------------------------------------
    // The whole raw message, cached on demand.
    bool storeBody(qint64 messageId, const QByteArray &raw);
    std::optional<QByteArray> body(qint64 messageId) const;
    // One part (BODY[section]) when only that was fetched.
    bool storePart(qint64 messageId, const QByteArray &section, const QByteArray &bytes);
    std::optional<QByteArray> part(qint64 messageId, const QByteArray &section) const;

    // --- POP3 -----------------------------------------------------------
    bool hasUidl(qint64 folderId, const QByteArray &uidl) const;
    QList<QByteArray> uidls(qint64 folderId) const;
    // Parses the headers of `raw` for the list row, stores row and body in one
    // transaction with a durable commit. Returns the message id, 0 on failure.
    qint64 addLocalMessage(qint64 folderId, const QByteArray &uidl, const QByteArray &raw,
                           quint32 flags = 0);

    // --- the durable outbox (MailStoreOutbox.cpp) ------------------------
    // Every write below is a durable commit (core/engine/README.md, "The
    // durable outbox"). Reading never fails on odd column contents: a state or
    // stage number this version does not know is shown as Failed, with a
    // lastError naming the value.
    qint64 addOutbox(const OutboxEntry &entry); // every field but id; the new id, 0 on failure
    // The mutable fields of one entry (state, stage, attempts, replies, times,
    // queue id, filing): false when the row is gone.
    bool saveOutbox(const OutboxEntry &entry);
    // The same for several entries in ONE transaction (one commit for a batch
    // going to Sending; a message's Sent with the next one's DotSent).
    bool saveOutbox(const QList<OutboxEntry> &entries);
    bool updateOutbox(qint64 id, OutboxEntry::State state, const QString &lastError = {});
    bool removeOutbox(qint64 id);
    bool removeOutbox(const QList<qint64> &ids); // one transaction
    // Delete / drop: refused (false, error() says why) while the entry is Sending.
    bool removeOutboxUnlessSending(qint64 id);
    // Undo send / Edit: deletes the entry atomically unless it is Sending or
    // later (Sent, Filed), and returns it (with draftPayload, without raw).
    std::optional<OutboxEntry> takeBackOutbox(qint64 id);
    // Oldest first. Without raw the list is cheap (what the UI shows).
    QList<OutboxEntry> outbox(const QString &accountId = {}, bool withRaw = true) const;
    std::optional<OutboxEntry> outboxEntry(qint64 id, bool withRaw = true) const;
    // The exact bytes of several entries in one query (id -> raw); an id no
    // longer in the outbox is absent. For a batch about to be sent.
    QHash<qint64, QByteArray> outboxRaw(const QList<qint64> &ids) const;

    // --- drafts (MailStoreDrafts.cpp) -----------------------------------
    qint64 saveDraft(const DraftEntry &draft); // id 0 = new; returns the id
    bool removeDraft(qint64 id);
    QList<DraftEntry> drafts(const QString &accountId = {}) const;

    // --- contacts (MailStoreContacts.cpp) --------------------------------
    // Counts the addresses of up to `limit` messages not harvested yet (From,
    // To, Cc seen; To and Cc of a Sent folder written to) and marks them, in
    // one transaction. Returns how many messages it took, -1 on failure.
    int harvestAddresses(int limit);
    // The recipients of a message the user sent, counted once per Message-ID
    // (the copy later synced from Sent is not counted again).
    bool noteWrittenTo(const QList<MailAddress> &recipients, const QByteArray &messageId, const QDateTime &when);
    QList<SeenAddress> seenAddresses(int limit) const; // the most used first
    qint64 saveContact(const ContactCard &contact);    // id 0 = new; the id, 0 on failure
    bool removeContact(qint64 id);
    QList<ContactCard> contacts() const;               // by name
    qint64 saveGroup(const ContactGroup &group);
    bool removeGroup(qint64 id);
    QList<ContactGroup> groups() const;
    // vCard import, one transaction: a card with the UID (else the first
    // address) of a stored one updates it (addresses merged), others are added;
    // groups likewise by UID or name. *added / *updated count cards and groups.
    bool importContacts(const QList<ContactCard> &contacts, const QList<ContactGroup> &groups, int *added,
                        int *updated);

    // --- IMAP actions waiting for the server (MailStorePending.cpp) -----
    qint64 addPendingAction(const PendingAction &action); // durable before it returns; the id
    bool removePendingAction(qint64 id);
    QList<PendingAction> pendingActions(const QString &accountId) const; // oldest first

    // --- search (MailStoreSearch.cpp, core/search/README.md) -------------
    // Rows waiting for the full-text index (new rows, new envelopes, new
    // bodies), of one account or, with an empty id, of all.
    qint64 searchBacklog(const QString &accountId = {}) const;
    // Indexes up to `limit` waiting rows (one transaction; the text is
    // extracted before it begins). The number indexed, -1 on failure (error()).
    int indexForSearch(const QString &accountId, int limit);
    // Rows of these folders that match `query`, newest first, at most
    // `limit` (0: no limit); rows marked \Deleted are left out.
    QList<StoredMessage> searchMessages(const SearchQuery &query, const QList<qint64> &folderIds, int limit,
                                        bool *ok = nullptr) const;
    // UIDs of the folder the index cannot answer for: the envelope unknown
    // or, with `bodies`, the body not cached. Ascending.
    QList<quint32> uidsNotIndexed(qint64 folderId, bool bodies) const;

private:
    class Transaction;
    bool migrate();
    bool fail(const QString &what, const QString &detail) const;
    bool failQuery(const QString &what, const QSqlQuery &query) const;
    // Deletes the row `id` of `table` (one of ours) in a transaction of its own.
    bool deleteRow(const char *table, qint64 id, const QString &what);
    QSqlDatabase database() const;
    bool exec(const char *sql) const; // m_lastSqlError on failure
    static QString upsertSql(const char *conflictColumn, bool returningId);
    bool bindAndUpsert(QSqlQuery &byUid, QSqlQuery &byUidl, qint64 folderId, const StoredMessage &m,
                       qint64 *id) const;
    QList<quint32> uidList(qint64 folderId, bool onlyWithoutEnvelope) const;
    QList<OutboxEntry> readOutbox(const QString &where, const QVariant &value, bool withRaw,
                                  bool *ok = nullptr) const;
    bool bindAndSaveOutbox(QSqlQuery &q, const OutboxEntry &e, const QString &what);

    QString m_path;
    QString m_connection;
    bool m_added = false; // the named connection exists (added by open(), on the opening thread)
    mutable QString m_error;
    mutable QString m_lastSqlError;
};

} // namespace carteiro
