// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSyntaxFallback.h"

namespace carteiro {

std::optional<ImapCommand> ImapSyntaxFallback::onBad(const ImapCommand &sent, const QByteArray &serverText,
                                                     QByteArray *note)
{
    if (!sent.baseForm || sent.extendedSyntax.isEmpty())
        return std::nullopt;
    QList<QByteArray> names;
    for (const QByteArray &c : sent.extendedSyntax) {
        m_refused.insert(c.toUpper());
        names << c.toUpper();
    }
    *note = sent.verb + " with " + names.join('/') + " syntax refused with BAD (" + serverText.left(120) +
            "): sent once more as the base command; not used again on this connection";
    return *sent.baseForm;
}

bool ImapSyntaxFallback::retryBaseForm(ImapRequest &request, const QByteArray &serverText,
                                       ImapCommandQueue &queue, QList<QByteArray> *notes)
{
    QByteArray note;
    std::optional<ImapCommand> base = onBad(request.command, serverText, &note);
    if (!base)
        return false;
    notes->append(note);
    request.command = std::move(*base);
    request.tag.clear();
    queue.pushFront(std::move(request));
    return true;
}

bool ImapSyntaxFallback::refused(QByteArrayView capability) const
{
    return !m_refused.isEmpty() && m_refused.contains(capability.toByteArray().toUpper());
}

} // namespace carteiro
