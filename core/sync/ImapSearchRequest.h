// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The server's half of a search (core/search/README.md), sans-IO: the UID
// SEARCH command for a SearchQuery and what to do with its answer, so the
// operation (ImapSearchOp) and the scripted-transcript tests share it.
//
//   UID SEARCH [RETURN (ALL)] CHARSET UTF-8 [UID <set>] <keys>
//
// RFC 3501 §6.4.4 / RFC 9051 §6.4.4: the keys; CHARSET UTF-8 whenever a word
// is searched (RFC 9051 §6.4.4 requires servers to take it). RETURN (ALL)
// asks for an ESEARCH answer (RFC 4731 §3.1: one compact UID set instead of
// every number) where ESEARCH or IMAP4rev2 is offered; a BAD to it falls back
// to the plain form once (ImapSyntaxFallback). A BAD, or NO [BADCHARSET], to
// CHARSET is searched again without it when every word is US-ASCII (which
// every server must take), and is otherwise a clear failure. The words go as
// typed: a server may not fold accents (the local index does).
#include "imap/ImapCommand.h"
#include "imap/ImapSessionResult.h"
#include "search/SearchQuery.h"

#include <QList>

namespace carteiro {

class ImapSearchRequest
{
public:
    // `scope` empty: the whole mailbox; otherwise only these UIDs (the ones
    // the local index cannot answer for).
    ImapSearchRequest(SearchQuery query, QList<quint32> scope = {});

    // The command to send now; `esearch`: the server offers ESEARCH or IMAP4rev2.
    ImapCommand command(bool esearch) const;
    // The search keys alone ("FROM \"joao\" BODY \"aula\""), for the inspector and tests.
    QByteArray keys() const;
    enum class Next { Done, Again, Failed };
    // The tagged answer to command(): Done (uids()), Again (send command()
    // once more: without CHARSET now), Failed (error()).
    Next answered(const ImapCompletion &c);
    QList<quint32> uids() const { return m_uids; }
    QString error() const { return m_error; }
    // What the user should know (CHARSET refused and searched without it).
    QString note() const { return m_note; }
    bool usesCharset() const { return m_charset; }

private:
    bool asciiOnly() const;

    SearchQuery m_query;
    QList<quint32> m_scope;
    bool m_charset = true;
    QList<quint32> m_uids;
    QString m_error, m_note;
};

} // namespace carteiro
