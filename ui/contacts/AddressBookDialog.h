// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tools > Address book: contacts (name, addresses, phones, organisation,
// note) and groups (a name and its members) in one list with a filter that
// folds accents and case; a form to edit the one selected; New contact, New
// group, Delete; Import and Export vCard (mime/VCard.h). Every write goes
// through ContactsEngine (the store, off the GUI thread); what is wrong with
// an entry, or with a file, is named under the form and nothing is saved.
// Unsaved edits are saved when another entry is chosen (or kept, with the
// reason shown, when they cannot be).
#include "mime/ContactCard.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace carteiro {

class ContactsEngine;

class AddressBookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddressBookDialog(ContactsEngine *engine, QWidget *parent = nullptr);

    void showContact(qint64 id);
    void showGroup(qint64 id);
    void newContact();
    void newGroup();
    // Saves the form; false (and the reason shown) when it is not valid.
    bool saveCurrent();
    void deleteCurrent(); // without asking (the button asks first)
    void importFile(const QString &path);
    void exportFile(const QString &path);

    // For tests and accessibility.
    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *emailsEdit() const { return m_emails; }
    QLineEdit *phonesEdit() const { return m_phones; }
    QLineEdit *organizationEdit() const { return m_org; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *groupNameEdit() const { return m_groupName; }
    QPlainTextEdit *membersEdit() const { return m_members; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *statusLabel() const { return m_status; }

private:
    enum Kind { Contact = 1, Group = 2 };
    void rebuild();
    void load(int kind, qint64 id);
    void onCurrentChanged();
    void showProblem(const QString &text);

    ContactsEngine *m_engine;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QStackedWidget *m_forms;
    QLineEdit *m_name, *m_phones, *m_org, *m_groupName;
    QPlainTextEdit *m_emails, *m_note, *m_members;
    QLabel *m_problem, *m_status;
    QPushButton *m_delete, *m_save;
    int m_kind = 0;    // what the form holds: Contact, Group, 0 = nothing
    qint64 m_id = 0;   // its id (0: new, not saved yet)
    QString m_uid;
    bool m_dirty = false;
    bool m_loading = false;
    QString m_selectAfterSave; // the saved entry's name, selected when the list comes back
};

} // namespace carteiro
