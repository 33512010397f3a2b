// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session's commands: those waiting to be written and the FIFO of those in
// flight (pipelining, RFC 3501 §5.5), with ids, tags (a1, a2, ...) and the
// barrier rule: a command that changes what later ones mean (SELECT, IDLE,
// STARTTLS, LOGIN, MOVE steps ...) is never in flight beside another.
#include "imap/ImapCommand.h"
#include "imap/ImapSessionResult.h"

#include <deque>
#include <initializer_list>
#include <optional>

namespace carteiro {

struct ImapRequest
{
    quint64 id = 0;
    ImapCommand command;
    QList<ImapCommand> then;  // MOVE fallback: later steps, sent one after another
    ImapSequenceSet moveUids; // MOVE: decided when sent, once capabilities are known
    bool internal = false;    // setup commands (CAPABILITY, STARTTLS, LOGIN ...)
    bool cancelled = false;
    QByteArray tag;
    int literalAt = -1;       // a synchronizing literal waits for "+": its piece
    ImapCompletion result;
};

class ImapCommandQueue
{
public:
    ImapRequest make(ImapCommand command, bool internal);
    quint64 add(ImapCommand command);
    ImapRequest &lastWaiting() { return m_waiting.back(); }
    bool hasWaiting() const { return !m_waiting.empty(); }
    int waitingCount() const { return int(m_waiting.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    // True when the next waiting command may be written now.
    bool canSendHead(int maxInFlight) const;
    ImapRequest takeHead();
    void pushFront(ImapRequest r) { m_waiting.push_front(std::move(r)); }
    // Tags it and puts it in flight; the reference stays valid until it is taken.
    ImapRequest &send(ImapRequest r);
    std::optional<ImapRequest> takeByTag(const QByteArray &tag);
    ImapRequest *inFlight(quint64 id);
    // A waiting command is dropped (its completion returned); one in flight is marked.
    std::optional<ImapCompletion> cancel(quint64 id);
    // Everything ends with `why` (connection lost, protocol error).
    QList<ImapCompletion> drain(const QString &why);
    // Where untagged LIST/STATUS/SEARCH data of the oldest matching command goes.
    ImapCompletion *collector(std::initializer_list<ImapCommand::Kind> kinds);
    bool largeLiteralsInFlight() const;
    // UID MOVE becomes UID COPY + UID STORE \Deleted + (UID) EXPUNGE without MOVE.
    static void expandMove(ImapRequest &r, bool hasMove, bool hasUidPlus);

private:
    quint64 m_nextId = 1;
    quint64 m_nextTag = 1;
    std::deque<ImapRequest> m_waiting;
    std::deque<ImapRequest> m_inFlight;
};

} // namespace carteiro
