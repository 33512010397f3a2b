// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Command help for the console's input line: completion of the command names
// valid in the current protocol and state (CommandCatalog), each shown with its
// one-line explanation and RFC section, obsolete ones marked; and a help line
// under the input with the syntax of the command being typed.
#include "trace/TraceEvent.h"

#include <QObject>
#include <QString>

class QCompleter;
class QLabel;
class QStandardItemModel;

namespace carteiro {

class ConsoleLineEdit;

class ConsoleCommandHelp : public QObject
{
    Q_OBJECT
public:
    static constexpr int VerbRole = Qt::UserRole + 1;     // what completion inserts
    static constexpr int ObsoleteRole = Qt::UserRole + 2; // bool

    ConsoleCommandHelp(ConsoleLineEdit *input, QLabel *help, QObject *parent = nullptr);

    // The protocol and console state whose commands are offered.
    void setContext(Protocol protocol, const QString &state);
    QStandardItemModel *model() const { return m_model; }
    QCompleter *completer() const { return m_completer; }
    // "MAIL FROM:<reverse-path> [SP mail-parameters] - Starts a mail transaction (RFC 5321 §4.1.1.2)"
    QString helpFor(const QString &typed) const;

private:
    void updateHelp();

    ConsoleLineEdit *m_input;
    QLabel *m_help;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    Protocol m_protocol = Protocol::Smtp;
    QString m_state;
};

} // namespace carteiro
