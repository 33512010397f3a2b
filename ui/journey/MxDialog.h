// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "How does mail reach this domain?": the MX lookup of a domain (engine/
// MxLookup.h) shown and explained - the mail servers by preference, the
// implicit MX of RFC 5321 §5.1 when there is none, a null MX, "no such domain".
// Opened from the composer's recipient fields; another domain can be typed.
#include "engine/MxLookup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace carteiro {

class MxDialog : public QWidget
{
    Q_OBJECT
public:
    explicit MxDialog(QWidget *parent = nullptr);
    void lookup(const QString &domainOrAddress);
    QLineEdit *domainField() const { return m_domain; }
    QTextBrowser *answer() const { return m_answer; }
    MxLookup *mxLookup() const { return m_lookup; }
    // The answer as lines of text (the console prints these).
    static QStringList describe(const MxResult &result);

Q_SIGNALS:
    void answered(const carteiro::MxResult &result);

private:
    void showResult(const MxResult &result);

    QLineEdit *m_domain;
    QPushButton *m_go;
    QTextBrowser *m_answer;
    MxLookup *m_lookup;
};

} // namespace carteiro
