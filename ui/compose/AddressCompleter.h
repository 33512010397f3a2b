// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Completion for a To / Cc / Bcc line: as the user types a recipient (the
// text after the last comma), a popup offers the best matches from
// ContactsEngine's AddressCompletion (addresses seen in mail or written to,
// contacts, groups); choosing one replaces just that recipient, and a group
// brings in all its members. The field keeps its own checking (AddressField).
#include "engine/AddressCompletion.h"

#include <QObject>
#include <QPointer>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace carteiro {

class ContactsEngine;

class AddressCompleter : public QObject
{
    Q_OBJECT
public:
    AddressCompleter(QLineEdit *edit, ContactsEngine *contacts);

    // What is offered now (for tests and the popup).
    const QList<CompletionEntry> &offered() const { return m_offered; }
    QCompleter *completer() const { return m_completer; }
    // Offers completions for the recipient being typed (called on every edit).
    void update();
    // Puts the offered entry `row` in place of the recipient being typed.
    void choose(int row);

    static constexpr int kLimit = 12;

private:
    QLineEdit *m_edit;
    QPointer<ContactsEngine> m_contacts;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QList<CompletionEntry> m_offered;
};

} // namespace carteiro
