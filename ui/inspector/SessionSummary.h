// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Session tab: greeting, capabilities offered (and which ones Carteiro
// used), authentication mechanism, TLS state and the result (message accepted
// with its queue id). The engine builds the SessionSummaryInfo
// (engine/SmtpSessionSummary.h for SMTP); this widget only shows it.
#include "trace/SessionSummaryInfo.h"

#include <QWidget>

class QTextBrowser;

namespace carteiro {

class SessionSummary : public QWidget
{
    Q_OBJECT
public:
    explicit SessionSummary(QWidget *parent = nullptr);

    void setSummary(const SessionSummaryInfo &info);
    void clear();

    SessionSummaryInfo summary() const { return m_info; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QString toHtml(const SessionSummaryInfo &info) const;

    QTextBrowser *m_browser = nullptr;
    SessionSummaryInfo m_info;
};

} // namespace carteiro
