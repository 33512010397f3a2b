// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one finished command reports: the server's verdict and words, its
// response code (TRYCREATE, APPENDUID, COPYUID ...) and the data it gathered.
#include "imap/ImapCommand.h"
#include "imap/ImapMailboxState.h"
#include "imap/ImapResponse.h"

namespace carteiro {

struct ImapCompletion
{
    quint64 id = 0;
    ImapCommand::Kind kind = ImapCommand::Kind::Noop;
    bool ok = false;
    bool cancelled = false;
    ImapResponse::Status status = ImapResponse::Status::None; // None: never answered
    ImapResponseCode code;          // TRYCREATE, APPENDUID, COPYUID ...
    QString text;                   // the server's words, or our reason
    QList<ImapListEntry> list;      // LIST
    QList<ImapStatusData> statuses; // STATUS, LIST-STATUS
    QList<quint32> uids;            // SEARCH
    ImapMailboxState mailbox;       // SELECT / EXAMINE
};

} // namespace carteiro
