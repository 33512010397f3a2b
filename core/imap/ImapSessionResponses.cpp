// SPDX-License-Identifier: GPL-3.0-or-later
// ImapSession (ImapSession.cpp): what the server answers once the session
// is set up. Untagged status responses (RFC 3501 §7.1) with their codes,
// untagged data (§7.2-7.4) attached to the command that asked for it, and
// tagged completions (§7.1) ending a command.
#include "imap/ImapSession.h"

#include <QCoreApplication>

namespace carteiro {

namespace {
struct TrImap { Q_DECLARE_TR_FUNCTIONS(Imap) };
QString str(const QByteArray &b) { return QString::fromUtf8(b.left(200)); }
} // namespace

void ImapSession::onUntaggedStatus(const ImapResponse &r, Output &out)
{
    if (r.status == ImapResponse::Status::Bye) {
        // RFC 3501 §7.1.5: expected during LOGOUT, otherwise the server is leaving.
        if (m_state != State::Logout)
            fail(out, QString::fromLatin1(stateName(m_state)),
                 TrImap::tr("the server closed the connection: %1").arg(str(r.text)));
        return;
    }
    if (r.code.name == "CAPABILITY" && (m_authenticated || m_state == State::Capability ||
                                        m_state == State::Greeting)) {
        m_caps = r.code.args;
        m_capsFresh = true;
    }
    if (r.code.name == "ALERT") {
        // tests/README.md, case 5: an alert from before TLS is never shown as the server's word.
        if (trusted())
            out.alerts.append(QString::fromUtf8(r.text));
        else
            out.notes.append("untrusted [ALERT] before TLS ignored: " + r.text.left(200));
    }
    if (!m_authenticated)
        return;
    (m_selecting.name.isEmpty() ? m_mailbox : m_selecting).applyCode(r.code);
    if (r.code.name == "COPYUID") // RFC 6851 §4.3: where MOVE put the messages, for the operation
        out.data.append(r);
    if (r.status != ImapResponse::Status::Ok)
        out.notes.append(QByteArray("server says: ") + r.raw.left(200));
}

void ImapSession::onUntagged(const ImapResponse &r, Output &out)
{
    if (r.isStatus()) {
        onUntaggedStatus(r, out);
        return;
    }
    if (r.keyword == "CAPABILITY") {
        // Before authentication we trust CAPABILITY only as the answer we asked for.
        if (m_authenticated || m_state == State::Capability) {
            m_caps = r.atoms;
            m_capsFresh = true;
        }
        return;
    }
    if (!m_authenticated) {
        // tests/README.md, case 4: no folder, count or message from an unauthenticated phase.
        out.notes.append("ignored untagged " + r.keyword + " before authentication");
        return;
    }
    if (r.keyword == "ENABLED") {
        for (const QByteArray &a : r.atoms)
            m_enabled.insert(a.toUpper());
        return;
    }
    (m_selecting.name.isEmpty() ? m_mailbox : m_selecting).applyUntagged(r);
    // Attach list-like data to the oldest command that asked for it.
    auto attach = [&](std::initializer_list<ImapCommand::Kind> kinds) { return m_commands.collector(kinds); };
    if (r.keyword == "LIST") {
        if (ImapCompletion *c = attach({ImapCommand::Kind::List}))
            c->list.append(r.list);
    } else if (r.keyword == "LSUB") {
        if (ImapCompletion *c = attach({ImapCommand::Kind::Lsub}))
            c->list.append(r.list);
    } else if (r.keyword == "STATUS") {
        if (ImapCompletion *c = attach({ImapCommand::Kind::Status, ImapCommand::Kind::List}))
            c->statuses.append(r.statusData);
    } else if (r.keyword == "SEARCH") {
        if (ImapCompletion *c = attach({ImapCommand::Kind::Search}))
            c->uids += r.numbers;
    } else if (r.keyword == "ESEARCH") {
        if (ImapCompletion *c = attach({ImapCommand::Kind::Search}))
            if (r.uidSet)
                c->uids += r.uidSet->toList(1000000).value_or(QList<quint32>());
    }
    out.data.append(r);
}

void ImapSession::onTagged(const ImapResponse &resp, Output &out)
{
    std::optional<ImapRequest> taken = m_commands.takeByTag(resp.tag);
    if (!taken) {
        fail(out, QString::fromLatin1(stateName(m_state)),
             TrImap::tr("the server answered a command we never sent: %1").arg(str(resp.raw)));
        return;
    }
    ImapRequest &r = *taken;
    if (m_awaitingId == r.id)
        m_awaitingId = 0;
    if (resp.code.name == "ALERT" && trusted())
        out.alerts.append(QString::fromUtf8(resp.text));
    if (resp.code.name == "CAPABILITY" && m_authenticated) {
        m_caps = resp.code.args;
        m_capsFresh = true;
    }
    r.result.status = resp.status;
    r.result.code = resp.code;
    r.result.text = QString::fromUtf8(resp.text);
    r.result.ok = resp.status == ImapResponse::Status::Ok;
    if (resp.status == ImapResponse::Status::Bad && !r.internal && !r.cancelled &&
        m_fallback.retryBaseForm(r, resp.text, m_commands, &out.notes))
        return;
    if (r.internal) {
        onSetupDone(r, resp, out);
        return;
    }
    using K = ImapCommand::Kind;
    switch (r.command.kind) {
    case K::Select:
    case K::Examine:
        if (r.result.ok) {
            m_selecting.applyCode(resp.code);
            const quint32 known = m_knownUidValidity.value(m_selecting.name, 0);
            if (known != 0 && known != m_selecting.uidValidity) {
                // RFC 3501 §2.3.1.1: every UID we cached for this mailbox is void.
                m_selecting.uidValidityChanged = true;
                m_selecting.previousUidValidity = known;
                out.notes.append("UIDVALIDITY of " + m_selecting.name.toUtf8() + " changed from " +
                                 QByteArray::number(known) + " to " +
                                 QByteArray::number(m_selecting.uidValidity) + ": cache rebuilt");
            }
            m_knownUidValidity.insert(m_selecting.name, m_selecting.uidValidity);
            m_mailbox = m_selecting;
            r.result.mailbox = m_mailbox;
            setState(State::Selected, out);
        } else {
            m_mailbox = {}; // RFC 3501 §6.3.1: a failed SELECT leaves nothing selected
            setState(State::Authenticated, out);
        }
        m_selecting = {};
        break;
    case K::Close:
    case K::Unselect:
        if (r.result.ok) {
            m_mailbox = {};
            setState(State::Authenticated, out);
        }
        break;
    case K::Idle:
        m_idleId = 0;
        m_idleAcked = m_doneSent = m_doneWanted = false;
        setState(m_mailbox.name.isEmpty() ? State::Authenticated : State::Selected, out);
        break;
    case K::Logout:
        setState(State::Done, out);
        out.close = true;
        break;
    default:
        break;
    }
    if (r.result.ok && !r.then.isEmpty() && !r.cancelled) {
        // Next step of a MOVE fallback: ahead of everything else queued.
        r.command = r.then.takeFirst();
        r.tag.clear();
        m_commands.pushFront(std::move(r));
        return;
    }
    complete(r, out);
}

void ImapSession::complete(ImapRequest &r, Output &out)
{
    if (r.cancelled) {
        r.result.cancelled = true;
        r.result.ok = false;
    }
    out.completions.append(r.result);
}

} // namespace carteiro
