// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/ParsedMessage.h"

#include "mime/MimeTree.h"

namespace carteiro {

ParsedMessagePtr ParsedMessage::parse(qint64 messageId, const QByteArray &raw, quint64 ticket)
{
    // std::make_shared cannot reach the private constructor.
    std::shared_ptr<ParsedMessage> message(new ParsedMessage);
    message->m_messageId = messageId;
    message->m_ticket = ticket;
    message->m_tree = MimeTree::parse(raw, &message->m_treeError);
    message->m_content = MessageContent::fromTree(
        raw, message->m_tree ? &*message->m_tree : nullptr, message->m_treeError);
    return message;
}

} // namespace carteiro
