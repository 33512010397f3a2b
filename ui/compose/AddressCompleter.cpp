// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/AddressCompleter.h"

#include "engine/ContactsEngine.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace carteiro {

AddressCompleter::AddressCompleter(QLineEdit *edit, ContactsEngine *contacts)
    : QObject(edit), m_edit(edit), m_contacts(contacts), m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // ranked here, not filtered again
    m_completer->setMaxVisibleItems(kLimit);
    m_completer->popup()->setAccessibleName(tr("Address suggestions"));
    connect(edit, &QLineEdit::textEdited, this, &AddressCompleter::update);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.row()); });
    if (contacts) // new mail harvested while typing: the next keystroke sees it
        connect(contacts, &ContactsEngine::changed, this, [this] {
            if (m_completer->popup()->isVisible())
                update();
        });
}

void AddressCompleter::update()
{
    m_offered.clear();
    m_model->clear();
    if (!m_contacts) {
        m_completer->popup()->hide();
        return;
    }
    const QString text = m_edit->text().left(m_edit->cursorPosition());
    const QString piece = text.mid(AddressCompletion::currentPieceStart(text));
    m_offered = m_contacts->completion().complete(piece, kLimit);
    for (const CompletionEntry &e : std::as_const(m_offered)) {
        auto *item = new QStandardItem;
        if (e.isGroup()) {
            item->setText(tr("%1 (group of %n)", nullptr, int(e.members.size())).arg(e.name));
            item->setToolTip(e.insertText());
        } else {
            item->setText(e.insertText());
        }
        m_model->appendRow(item);
    }
    if (m_offered.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    m_completer->popup()->setCurrentIndex(m_model->index(0, 0));
}

void AddressCompleter::choose(int row)
{
    if (row < 0 || row >= m_offered.size())
        return;
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    const QString before = text.left(cursor);
    const qsizetype start = AddressCompletion::currentPieceStart(before);
    QString after = text.mid(cursor);
    // The rest of the recipient being typed goes too (up to its separator).
    const qsizetype next = after.indexOf(QLatin1Char(','));
    after = next < 0 ? QString() : after.mid(next + 1).trimmed();
    const QString inserted = m_offered.at(row).insertText() + QStringLiteral(", ");
    const QString result = before.left(start) + inserted + after;
    m_edit->setText(result);
    m_edit->setCursorPosition(int(start + inserted.size()));
    m_completer->popup()->hide();
}

} // namespace carteiro
