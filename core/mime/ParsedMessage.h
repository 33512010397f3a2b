// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One raw message read once for every view that shows it: the MIME tree with
// byte ranges (the inspector's MIME tab) and the display content (the reader:
// sanitised headers, the chosen body part decoded to Unicode, attachments).
// Built by MessageParser on a worker thread; immutable once built, so the GUI
// thread and any worker may hold the same one through a shared pointer.
#include "mime/MessageContent.h"
#include "mime/MimeNode.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace carteiro {

class ParsedMessage;
using ParsedMessagePtr = std::shared_ptr<const ParsedMessage>;

class ParsedMessage
{
public:
    // Reads raw on the calling thread (MimeTree once, then MessageContent from
    // that tree). Never fails: treeError() and content().error() say what could
    // not be read, and the content is then the raw text shown as plain text.
    static ParsedMessagePtr parse(qint64 messageId, const QByteArray &raw, quint64 ticket = 0);

    qint64 messageId() const { return m_messageId; }
    quint64 ticket() const { return m_ticket; } // MessageParser::open()'s number for this request
    const QByteArray &raw() const { return m_content.raw(); }
    // The MIME structure; nullopt when it could not be read (treeError says why).
    const std::optional<MimeNode> &tree() const { return m_tree; }
    QString treeError() const { return m_treeError; }
    const MessageContent &content() const { return m_content; }

private:
    ParsedMessage() = default;

    qint64 m_messageId = -1;
    quint64 m_ticket = 0;
    std::optional<MimeNode> m_tree;
    QString m_treeError;
    MessageContent m_content;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::ParsedMessagePtr)
