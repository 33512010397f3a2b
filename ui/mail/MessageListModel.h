// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The message list: a flat table over plain StoredMessage records, fed by a
// controller (it never talks to the store or the network).
//
// Built for a million rows (tests/bench/README.md, "Qt views"): the records live in one
// vector in arrival order; the view order is a vector of record indexes sorted
// on keys computed once when a record enters (date in ms, case-folded subject
// without Re:/Fwd:, case-folded sender, size, marker bits). Ties keep ascending
// store id order in both directions, so a sort is stable and repeatable.
// No QVariant caches: data() formats on demand.
//
// Lazy envelopes (Trojitá's lesson): placeholder records (envelopeKnown=false)
// show "Loading…", and the UIDs of the placeholders a view actually asks to
// paint are collected and reported in one debounced envelopesWanted().
//
// Rows still on their way (setExpectedCount): the server's message count is
// known from SELECT before the rows are fetched; the rows not yet held show
// as "loading" placeholders after the real ones, and each record that arrives
// takes one placeholder's place. A placeholder is no message: it cannot be
// selected, dragged or opened, and sorting leaves the placeholders last.
//
// The quick filter (setQuickFilter, MessageListModelFilter.cpp): only the
// records whose sender, recipients or subject hold every word typed stay in
// the view order, with case and accents folded; the text searched is folded
// once per record when the filter is first used. Typing more letters narrows
// the rows already shown without sorting again.
//
// Threading (setThreaded): the order becomes threads (ThreadBuilder) ordered
// by their newest message in the sort direction, replies indented by DepthRole.
#include "engine/MailRecords.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QTimer>

#include <functional>
#include <utility>
#include <vector>

namespace carteiro {

class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FlagColumn, AttachmentColumn, FromColumn, SubjectColumn, DateColumn, SizeColumn, ColumnCount };
    enum Role {
        MessageIdRole = Qt::UserRole + 1, // qint64, the store id
        UidRole,                          // quint32
        FlagsRole,                        // quint32, MessageFlag bits
        UnreadRole,                       // bool: no \Seen
        FlaggedRole,                      // bool: \Flagged
        HasAttachmentsRole,               // bool
        DepthRole,                        // int: 0, or the reply depth when threaded
        EnvelopeKnownRole,                // bool: false for a placeholder
        SortKeyRole,                      // the precomputed key of the column (tests, debugging)
        LoadingRole,                      // bool: a row counted by the server, not yet fetched
    };

    explicit MessageListModel(QObject *parent = nullptr);

    // Replaces everything (one reset). Pass an rvalue to move the records in.
    void setMessages(QList<StoredMessage> messages);
    // A chunk from the sync: new ids are inserted at their sorted place (small
    // chunks) or appended and merged in one layout change (large chunks); known
    // ids are updated in place and moved when their sort key changed. No reset:
    // persistent indexes (selection, current row) follow their message.
    void upsert(const QList<StoredMessage> &messages);
    void remove(const QList<qint64> &ids);
    // Flag changes (FETCH FLAGS, RFC 3501 §7.4.2) for messages already listed.
    void updateFlags(qint64 id, quint32 flags);
    void updateFlags(const QHash<qint64, quint32> &flagsById);
    void clear();

    // The open folder holds `count` messages on the server (SELECT's EXISTS,
    // RFC 3501 §7.3.1): rows past the records held show as placeholders.
    void setExpectedCount(qint64 count);
    // The sync ended or failed: the placeholders left go.
    void loadingFinished();
    int loadingRows() const { return m_loading; }

    // Threads on/off; the current sort column/order is kept for when it is off.
    void setThreaded(bool threaded);
    bool isThreaded() const { return m_threaded; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Debounce of envelopesWanted (ms); 0 still batches until the event loop runs.
    void setEnvelopeRequestDelay(int ms) { m_wantTimer.setInterval(ms); }
    // Placeholders already reported are not reported again until this is called
    // (e.g. after a failed fetch) or their envelope arrives.
    void forgetEnvelopeRequests();

    // Sender, recipients and subject must hold every word of `text` (case and
    // accents folded: "joao" finds "João"); empty shows every row. One reset.
    void setQuickFilter(const QString &text);
    bool isFiltered() const { return !m_filterWords.isEmpty(); }

    int messageCount() const { return int(m_records.size()); }
    int shownCount() const { return int(m_order.size()); } // rows passing the quick filter
    QModelIndex indexForId(qint64 id, int column = 0) const;
    const StoredMessage *message(const QModelIndex &index) const;
    qint64 messageId(int row) const;

    // Subject without reply/forward prefixes: "Re: RES: Fwd: Hi" -> "Hi".
    static QString strippedSubject(const QString &subject);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    // Placeholders the views asked to show, in ascending UID order.
    void envelopesWanted(const QList<quint32> &uids);

private:
    void upsertRecords(const QList<StoredMessage> &messages);
    void updateLoadingRows(); // placeholders = expected count - records held
    QVariant loadingData(int column, int role) const;
    static QString senderOf(const StoredMessage &m); // display name, else address
    void computeKeys(int record);
    void reserveFor(size_t needed);
    std::pair<quint64, quint64> primaryKey(int record) const; // 128-bit inline key
    bool lessRecord(int a, int b) const; // the view order, as a strict weak order
    void sortAll();                      // m_order from scratch (flat or threaded)
    void relayout(const std::function<void()> &reorder);
    void ensureViewRows() const;
    int viewRowOf(int record) const;
    int sortedInsertPosition(int record, int skipRow = -1) const;
    void repositionOrUpdate(const std::vector<int> &records, bool keysChanged);
    void requestEnvelope(int record) const;
    void flushEnvelopeRequests();
    QString displayDate(const StoredMessage &m) const;
    // The quick filter (MessageListModelFilter.cpp).
    void computeFilterKey(int record);
    bool matchesFilter(int record) const;
    void applyFilter(); // drops the hidden records from m_order

    std::vector<StoredMessage> m_records; // arrival order
    std::vector<qint64> m_dateKeys;       // per record: Date (else INTERNALDATE) in ms
    std::vector<QString> m_subjectKeys;   // case-folded, prefixes stripped (shares when equal)
    std::vector<QString> m_fromKeys;      // case-folded display name or address
    std::vector<int> m_depth;             // per record; empty when not threaded
    std::vector<QString> m_filterKeys;    // per record: the folded text the quick filter reads; empty when off
    std::vector<quint8> m_hidden;         // per record: left out by the quick filter; empty when off
    QStringList m_filterWords;            // folded; empty: no filter
    mutable std::vector<quint8> m_requested; // per record: envelope already asked for
    std::vector<int> m_order;             // view row -> record
    mutable std::vector<int> m_viewRow;   // record -> view row (rebuilt lazily)
    mutable bool m_viewRowDirty = true;
    QHash<qint64, int> m_byId;            // store id -> record
    qint64 m_expected = 0;                // the server's count; 0: none announced
    int m_loading = 0;                    // placeholder rows, after the m_order rows

    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_threaded = false;

    mutable QList<quint32> m_wanted;
    mutable QTimer m_wantTimer;
    QFont m_bold;
    QFont m_loadingFont; // italic: the light "loading" look
};

} // namespace carteiro
