// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapCommandQueue.h"

namespace carteiro {

ImapRequest ImapCommandQueue::make(ImapCommand command, bool internal)
{
    ImapRequest r;
    r.id = m_nextId++;
    r.internal = internal;
    r.result.id = r.id;
    r.result.kind = command.kind;
    r.command = std::move(command);
    return r;
}

quint64 ImapCommandQueue::add(ImapCommand command)
{
    m_waiting.push_back(make(std::move(command), false));
    return m_waiting.back().id;
}

bool ImapCommandQueue::canSendHead(int maxInFlight) const
{
    if (m_waiting.empty())
        return false;
    if (m_inFlight.empty())
        return true;
    return !m_waiting.front().command.barrier && !m_inFlight.back().command.barrier &&
           int(m_inFlight.size()) < maxInFlight;
}

ImapRequest ImapCommandQueue::takeHead()
{
    ImapRequest r = std::move(m_waiting.front());
    m_waiting.pop_front();
    return r;
}

ImapRequest &ImapCommandQueue::send(ImapRequest r)
{
    r.tag = "a" + QByteArray::number(m_nextTag++);
    m_inFlight.push_back(std::move(r));
    return m_inFlight.back();
}

std::optional<ImapRequest> ImapCommandQueue::takeByTag(const QByteArray &tag)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->tag == tag) {
            ImapRequest r = std::move(*it);
            m_inFlight.erase(it);
            return r;
        }
    }
    return std::nullopt;
}

ImapRequest *ImapCommandQueue::inFlight(quint64 id)
{
    for (ImapRequest &r : m_inFlight)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::optional<ImapCompletion> ImapCommandQueue::cancel(quint64 id)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (it->id == id) {
            ImapCompletion c = it->result;
            c.cancelled = true;
            m_waiting.erase(it);
            return c;
        }
    }
    if (ImapRequest *r = inFlight(id))
        r->cancelled = true;
    return std::nullopt;
}

QList<ImapCompletion> ImapCommandQueue::drain(const QString &why)
{
    QList<ImapCompletion> out;
    for (std::deque<ImapRequest> *list : {&m_inFlight, &m_waiting}) {
        for (ImapRequest &r : *list) {
            if (r.internal)
                continue;
            r.result.ok = false;
            r.result.text = why;
            out.append(r.result);
        }
        list->clear();
    }
    return out;
}

ImapCompletion *ImapCommandQueue::collector(std::initializer_list<ImapCommand::Kind> kinds)
{
    for (ImapRequest &q : m_inFlight)
        for (const ImapCommand::Kind k : kinds)
            if (q.command.kind == k)
                return &q.result;
    return nullptr;
}

bool ImapCommandQueue::largeLiteralsInFlight() const
{
    for (const ImapRequest &r : m_inFlight)
        if (r.command.largeLiterals)
            return true;
    return false;
}

void ImapCommandQueue::expandMove(ImapRequest &r, bool hasMove, bool hasUidPlus)
{
    const ImapSequenceSet uids = r.moveUids;
    const QString mailbox = r.command.mailbox;
    r.moveUids = {};
    if (hasMove)
        return;
    r.command = ImapCommand::uidCopy(uids, mailbox);
    r.then.append(ImapCommand::uidStore(uids, ImapCommand::StoreMode::Add, {"\\Deleted"}));
    // Without UIDPLUS only a plain EXPUNGE exists, which also removes other
    // messages already marked \Deleted: the price of a server without MOVE.
    r.then.append(hasUidPlus ? ImapCommand::uidExpunge(uids) : ImapCommand::expunge());
    r.command.barrier = true;
    for (ImapCommand &c : r.then)
        c.barrier = true;
}

} // namespace carteiro
