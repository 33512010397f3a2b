// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A To/Cc/Bcc line: addresses separated by commas or semicolons, each checked
// with MailAddress::parse as the user types. A bad address (CR, LF, NUL, no @,
// two addresses glued together...) shows the parser's words right under the
// field and the composer refuses to send (tests/README.md, case 13). While the
// user is still typing, nothing is said (an address is incomplete until it is
// finished): the words show when the field is left, when the text is set by
// the program, or on send (revealProblem); a fix hides them at once.
#include "mime/MailAddress.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace carteiro {

class AddressField : public QWidget
{
    Q_OBJECT
public:
    explicit AddressField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    // The parsed addresses; empty when the field is empty or invalid.
    QList<MailAddress> addresses() const { return m_addresses; }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    // Shows the problem under the field now (on send, on leaving the field).
    void revealProblem();
    bool problemShown() const;

    // Splits "A <a@x>, \"Silva, Ana\" <ana@y>; b@z" and groups as an RFC 5322
    // address list (mime/AddressList.h), then parses each piece; every bad one
    // is named in *error, one per line.
    static QList<MailAddress> parseList(const QString &text, QString *error);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    void revalidate(bool typing = false);

    QLineEdit *m_edit;
    QLabel *m_errorLabel;
    QList<MailAddress> m_addresses;
    QString m_error;
};

} // namespace carteiro
