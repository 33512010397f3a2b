// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
// The store's records of a message's journey (store/JourneyRecords.h), read
// and written through a connection of its own to the store's file, so the
// journey touches nothing of MailStore's API. The tables are MailStore's
// schema (StoreSchema.cpp, "The message's journey"): open() migrates the file
// first unless told it already is (a worker whose MailStore is open).
// Bound to the thread that opened it, like MailStore.
#include "store/JourneyRecords.h"

#include <QList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace carteiro {

class JourneyStore
{
public:
    explicit JourneyStore(QString path);
    ~JourneyStore();
    JourneyStore(const JourneyStore &) = delete;
    JourneyStore &operator=(const JourneyStore &) = delete;

    // False with error() set when the file is not a store Carteiro can read.
    bool open(bool migrate = true);
    QString error() const { return m_error; } // translated, names what failed

    bool recordSubmission(const SubmissionRecord &record);
    QList<SubmissionRecord> submissions(const QByteArray &messageId) const; // oldest first
    std::optional<FetchRecord> fetchRecord(qint64 messageId) const;
    QList<FetchRecord> fetchRecords(const QByteArray &messageId) const; // every copy with that Message-ID

private:
    QString m_path;
    QString m_connection;
    bool m_added = false;
    mutable QString m_error;
    // recordSubmission()'s statement, prepared once: an outbox flush records
    // one row per message sent.
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace carteiro
