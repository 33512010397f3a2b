#pragma once
// The Session tab: greeting, capabilities offered (and which ones Carteiro
// used), authentication mechanism, TLS state and the result (message accepted
// with its queue id). The send flow calls setSmtpSummary() when a submission
// ends; IMAP and POP3 fill a SessionSummaryInfo themselves.
#include "inspector/SessionSummaryInfo.h"

#include <QWidget>

class QTextBrowser;

namespace carteiro {

class SmtpSession;

class SessionSummary : public QWidget
{
    Q_OBJECT
public:
    explicit SessionSummary(QWidget *parent = nullptr);

    void setSummary(const SessionSummaryInfo &info);
    void setSmtpSummary(const SmtpSession &session, const TlsDetails &tls, const QString &server = {});
    void clear();

    SessionSummaryInfo summary() const { return m_info; }
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

    // The data of an SMTP session, without a widget (also for tests).
    static SessionSummaryInfo fromSmtp(const SmtpSession &session, const TlsDetails &tls,
                                       const QString &server = {});
    // Is an offered capability line ("AUTH PLAIN LOGIN", "SIZE 41943040") one
    // of the used extensions ("AUTH PLAIN", "SIZE")? Compared by keyword.
    static bool isUsed(const QString &offered, const QStringList &used);

private:
    QString toHtml(const SessionSummaryInfo &info) const;

    QTextBrowser *m_browser = nullptr;
    SessionSummaryInfo m_info;
};

} // namespace carteiro
