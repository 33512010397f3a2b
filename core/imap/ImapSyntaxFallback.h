// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an IMAP session does when a server answers an extension's syntax with
// BAD although it advertised the extension (or the client assumed it): the
// base command (ImapCommand::baseForm) goes once instead, and the
// capabilities behind that syntax count as absent for the rest of the
// connection, so no later command earns the same BAD (RFC 3501 §7.1.3: BAD is
// a protocol-level error in the command, not a refusal of its meaning).
#include "imap/ImapCommand.h"
#include "imap/ImapCommandQueue.h"

#include <QByteArray>
#include <QSet>
#include <optional>

namespace carteiro {

class ImapSyntaxFallback
{
public:
    // For a tagged BAD to `sent`: the command to send instead, or nullopt when
    // it has no base form. *note says what happened, for the inspector.
    std::optional<ImapCommand> onBad(const ImapCommand &sent, const QByteArray &serverText,
                                     QByteArray *note);
    // onBad() for a request answered BAD: when it has a base form, that goes first
    // in the queue under the same id (its caller gets the base command's answer)
    // and a note is added. False when the BAD is the request's answer.
    bool retryBaseForm(ImapRequest &request, const QByteArray &serverText, ImapCommandQueue &queue,
                       QList<QByteArray> *notes);
    // True when a BAD showed that the server does not take this capability's syntax.
    bool refused(QByteArrayView capability) const;
    const QSet<QByteArray> &refusedCapabilities() const { return m_refused; }

private:
    QSet<QByteArray> m_refused; // upper case
};

} // namespace carteiro
