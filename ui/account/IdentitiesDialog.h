// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Account settings > Identities and signatures: the account's From identities
// (the first is the account's own name and address), each with a Reply-To and
// a signature in plain text and, for formatted messages, in HTML; and whether
// replies put the signature above or below the quote. OK refuses an identity
// that is not valid (an address without @, a bad Reply-To) and names it.
#include "account/Identity.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace carteiro {

class IdentitiesDialog : public QDialog
{
    Q_OBJECT
public:
    IdentitiesDialog(const QList<Identity> &identities, bool signatureAboveQuote, QWidget *parent = nullptr);

    QList<Identity> identities() const; // the edits as they are now
    bool signatureAboveQuote() const;
    void addIdentity();
    void removeCurrent();
    void accept() override;

    // For tests and accessibility.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *replyToEdit() const { return m_replyTo; }
    QPlainTextEdit *signatureEdit() const { return m_signature; }
    QPlainTextEdit *signatureHtmlEdit() const { return m_signatureHtml; }
    QCheckBox *aboveQuoteCheck() const { return m_above; }
    QLabel *errorLabel() const { return m_error; }

private:
    void store();      // the form into m_identities[m_current]
    void showIdentity(int row); // m_identities[row] into the form
    QString label(int row) const;

    QList<Identity> m_identities;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name, *m_address, *m_replyTo;
    QPlainTextEdit *m_signature, *m_signatureHtml;
    QCheckBox *m_above;
    QLabel *m_error;
    QPushButton *m_remove;
};

} // namespace carteiro
