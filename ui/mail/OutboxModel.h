// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Outbox folder's rows: one per message in the durable outbox
// (OutboxEngine::changed), newest first, as the engine published them.
// Columns: State (word + icon), To, Subject, Account, Attempts, When (the
// send-at time while held, the next try while Deferred, the time sent once
// sent) and Last reply (the server's own words). The model is fed plain
// records; it never talks to the engine.
#include "engine/MailRecords.h" // OutboxEntry

#include <QAbstractTableModel>
#include <QHash>

namespace carteiro {

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, ToColumn, SubjectColumn, AccountColumn, AttemptsColumn, WhenColumn, ReplyColumn,
                  ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64, the outbox id
        StateRole,                 // int (OutboxEntry::State)
        NeedsAttentionRole,        // bool: Failed, PossiblySent, or sent but not filed
    };

    explicit OutboxModel(QObject *parent = nullptr);

    // Replaces the rows (the engine publishes the whole list after each change).
    void setEntries(const QList<OutboxEntry> &entries);
    // Account ids -> names for the Account column.
    void setAccountNames(const QHash<QString, QString> &names);

    const OutboxEntry *entry(qint64 id) const;
    const OutboxEntry &entryAt(int row) const { return m_entries.at(row); }
    QModelIndex indexForId(qint64 id) const;
    // How many rows need the user (Failed, PossiblySent, sent but not filed).
    int attentionCount() const;

    // Translated state words ("Queued", "Possibly sent"...) and their icons.
    static QString stateName(const OutboxEntry &entry);
    static QIcon stateIcon(const OutboxEntry &entry);
    static bool needsAttention(const OutboxEntry &entry);
    // Sent, but the APPEND to Sent failed: the copy waits here for Retry.
    static bool notFiled(const OutboxEntry &entry);
    // What the When column says, and a sentence for its tooltip.
    static QString whenText(const OutboxEntry &entry);
    static QString whenExplained(const OutboxEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxEntry> m_entries;
    QHash<QString, QString> m_accountNames;
};

} // namespace carteiro
