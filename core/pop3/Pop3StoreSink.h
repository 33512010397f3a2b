// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A MessageSink that files POP3 mail into a folder of the local store
// (MailStore::addLocalMessage: row and body in one transaction, fsynced commit),
// so "true" means durable and the retrieve job may send DELE (RFC 1939 §6).
// A UIDL the folder already holds counts as stored: no second row.
// Used on the thread that opened the MailStore.
#include "pop3/MessageSink.h"

#include <QSet>

namespace carteiro {

class MailStore;

class Pop3StoreSink : public MessageSink
{
public:
    Pop3StoreSink(MailStore *store, qint64 folderId) : m_store(store), m_folderId(folderId) {}

    bool storeMessage(const QByteArray &uidl, const QByteArray &raw, QString *error) override;

    // The UIDLs the folder holds: Pop3RetrieveJob::Options::knownUidls for the next run.
    QSet<QByteArray> storedUidls() const;
    qint64 folderId() const { return m_folderId; }

private:
    MailStore *m_store;
    qint64 m_folderId;
};

} // namespace carteiro
