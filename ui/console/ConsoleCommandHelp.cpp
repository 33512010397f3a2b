// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleCommandHelp.h"

#include "console/ConsoleLineEdit.h"
#include "trace/CommandCatalog.h"

#include <QCompleter>
#include <QLabel>
#include <QStandardItemModel>


namespace carteiro {

ConsoleCommandHelp::ConsoleCommandHelp(ConsoleLineEdit *input, QLabel *help, QObject *parent)
    : QObject(parent), m_input(input), m_help(help), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setCompletionRole(VerbRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_input->setCompleter(m_completer);
    connect(m_input, &QLineEdit::textChanged, this, &ConsoleCommandHelp::updateHelp);
}

void ConsoleCommandHelp::setContext(Protocol protocol, const QString &state)
{
    if (protocol == m_protocol && state == m_state && m_model->rowCount() > 0)
        return;
    m_protocol = protocol;
    m_state = state;
    m_model->clear();
    for (const CommandInfo &c : CommandCatalog::commandsFor(protocol, state)) {
        QString shown = QStringLiteral("%1 \u2014 %2 (%3)").arg(c.verb, c.summary, c.source);
        if (c.obsolete)
            shown += QLatin1Char(' ') + tr("[obsolete]");
        auto *item = new QStandardItem(shown);
        item->setData(c.verb, VerbRole);
        item->setData(c.obsolete, ObsoleteRole);
        item->setToolTip(c.note.isEmpty() ? c.syntax : c.syntax + QLatin1Char('\n') + c.note);
        if (c.obsolete)
            item->setForeground(QColor(Qt::gray));
        m_model->appendRow(item);
    }
    updateHelp();
}

QString ConsoleCommandHelp::helpFor(const QString &typed) const
{
    const QString verb = typed.trimmed().section(QLatin1Char(' '), 0, 0);
    if (verb.isEmpty())
        return {};
    std::optional<CommandInfo> c = CommandCatalog::find(m_protocol, verb);
    if (!c && m_protocol == Protocol::Imap) // the student typed a tag of their own
        c = CommandCatalog::find(m_protocol, typed.trimmed().section(QLatin1Char(' '), 1, 1));
    if (!c)
        return {};
    QString text = QStringLiteral("%1 \u2014 %2 (%3)").arg(c->syntax, c->summary, c->source);
    if (c->obsolete)
        text += QLatin1Char(' ') + tr("[obsolete]");
    if (!c->note.isEmpty())
        text += QStringLiteral(" \u2014 ") + c->note;
    return text;
}

void ConsoleCommandHelp::updateHelp()
{
    const QString text = helpFor(m_input->text());
    m_help->setText(text);
    m_help->setVisible(!text.isEmpty());
}

} // namespace carteiro
