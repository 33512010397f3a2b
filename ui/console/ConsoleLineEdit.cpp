// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleLineEdit.h"

#include <QCompleter>
#include <QAbstractItemView>
#include <QKeyEvent>

namespace carteiro {

ConsoleLineEdit::ConsoleLineEdit(QWidget *parent) : QLineEdit(parent) {}

void ConsoleLineEdit::addHistory(const QString &entry)
{
    if (!entry.isEmpty() && (m_history.isEmpty() || m_history.last() != entry))
        m_history << entry;
    m_position = m_history.size();
    m_draft.clear();
}

void ConsoleLineEdit::keyPressEvent(QKeyEvent *event)
{
    const bool popup = completer() && completer()->popup() && completer()->popup()->isVisible();
    if (!popup && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        if (m_position == m_history.size())
            m_draft = text();
        if (event->key() == Qt::Key_Up && m_position > 0)
            --m_position;
        else if (event->key() == Qt::Key_Down && m_position < m_history.size())
            ++m_position;
        setText(m_position < m_history.size() ? m_history[m_position] : m_draft);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace carteiro
