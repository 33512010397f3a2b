// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What carteiro-cli fetch prints, the same for IMAP, POP3 and local mailboxes
// (FetchCommand.cpp, FetchLocal.cpp): one line or JSON object per message,
// a message's exact bytes, or its MIME tree.
#include "engine/MailRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace carteiro::cli {

struct FetchRequest
{
    enum class What { List, Raw, MimeTree, Folders } what = What::List;
    bool json = false;
    QString folder = QStringLiteral("INBOX");
    QString id; // UID (IMAP), UIDL (POP3), or a local mailbox's key
};

void writeRaw(const QByteArray &bytes);
// An RFC 5322 date as ISO 8601; `fallback` (or the text as it is) when unreadable.
QString isoDate(const QString &rfc5322, const QDateTime &fallback);
// One message per line, as --list prints it (JSON or tab-separated text).
void printEntry(const QJsonObject &entry, bool json);
// --raw or --mime-tree of one message's bytes: the exit code.
int printMessage(const QByteArray &raw, const FetchRequest &req);
// The --list fields read from a header block (from, to, subject, date), as
// for POP3 and local mailboxes; the caller adds the id, size and flags.
QJsonObject headerEntry(const QByteArray &headers);
// The --list fields of a row the engine published (IMAP or POP3): uid or uidl,
// from, to, subject, date (ISO 8601), size and flags.
QJsonObject rowEntry(const StoredMessage &m);

} // namespace carteiro::cli
