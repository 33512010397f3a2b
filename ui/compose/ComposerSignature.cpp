// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/ComposerSignature.h"

#include <QTextCursor>
#include <QTextEdit>

namespace carteiro {

namespace {
bool useHtml(const Identity &identity, bool formatted)
{
    return formatted && !identity.signatureHtml.trimmed().isEmpty();
}
} // namespace

void ComposerSignature::insertAt(int position, const Identity &identity, bool formatted, const QString &before,
                                 const QString &after)
{
    QTextCursor c(m_body->document());
    c.setPosition(position);
    c.insertText(before);
    const int start = c.position();
    if (useHtml(identity, formatted)) {
        c.insertText(QStringLiteral("-- \n"));
        c.insertHtml(identity.signatureHtml);
    } else {
        c.insertText(Signature::block(identity.signature));
    }
    const int end = c.position();
    c.insertText(after);
    m_block = m_body->toPlainText().mid(start, end - start);
}

void ComposerSignature::place(const Identity &identity, Signature::Placement placement, bool formatted)
{
    m_block.clear();
    if (Signature::block(identity.signature).isEmpty() && !useHtml(identity, formatted))
        return;
    const QString text = m_body->toPlainText();
    if (text.trimmed().isEmpty()) {
        insertAt(int(text.size()), identity, formatted, QStringLiteral("\n\n"), QString());
    } else if (placement == Signature::Placement::AboveQuote) {
        // A reply's text starts with the empty lines the answer goes on.
        int lead = 0;
        while (lead < text.size() && text.at(lead) == QLatin1Char('\n'))
            ++lead;
        QTextCursor c(m_body->document());
        c.setPosition(0);
        c.setPosition(lead, QTextCursor::KeepAnchor);
        c.removeSelectedText();
        insertAt(0, identity, formatted, QStringLiteral("\n\n"), QStringLiteral("\n\n"));
    } else {
        insertAt(int(text.size()), identity, formatted, text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n"),
                 QString());
    }
    m_body->moveCursor(QTextCursor::Start);
}

void ComposerSignature::switchTo(const Identity &identity, Signature::Placement placement, bool formatted)
{
    if (m_block.isEmpty()) {
        const int cursor = m_body->textCursor().position();
        place(identity, placement, formatted);
        QTextCursor c = m_body->textCursor();
        c.setPosition(qMin(cursor, int(m_body->toPlainText().size())));
        m_body->setTextCursor(c);
        return;
    }
    const QString text = m_body->toPlainText();
    const qsizetype at = text.lastIndexOf(m_block);
    if (at < 0)
        return; // edited by the user: theirs now
    QTextCursor c(m_body->document());
    c.setPosition(int(at));
    c.setPosition(int(at + m_block.size()), QTextCursor::KeepAnchor);
    c.removeSelectedText();
    m_block.clear();
    if (Signature::block(identity.signature).isEmpty() && !useHtml(identity, formatted)) {
        // No signature any more: the empty line before the old one goes too.
        QTextCursor back(m_body->document());
        back.setPosition(int(at));
        for (int i = 0; i < 2 && back.position() > 0; ++i) {
            back.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
            if (!back.selectedText().startsWith(QChar::ParagraphSeparator))
                break;
            back.removeSelectedText();
        }
        return;
    }
    insertAt(int(at), identity, formatted, QString(), QString());
}

void ComposerSignature::adopt(const Identity &identity)
{
    const QString b = Signature::block(identity.signature);
    m_block = !b.isEmpty() && m_body->toPlainText().contains(b) ? b : QString();
}

bool ComposerSignature::isOnlySignature() const
{
    const QString text = m_body->toPlainText().trimmed();
    return !m_block.isEmpty() && text == m_block.trimmed();
}

} // namespace carteiro
