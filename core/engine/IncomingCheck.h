// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Test connection" for the server an account reads with: IMAP (connect, TLS,
// CAPABILITY, LOGIN/AUTHENTICATE, LOGOUT: RFC 3501 §6.1.1, §6.1.3, §6.2) or POP3
// (connect, STLS, CAPA, USER/PASS or AUTH, UIDL/LIST, QUIT: RFC 1939, RFC 2449,
// RFC 2595), nothing read or changed. Each step that passed is one line of
// `steps`; a failure is in plain words (PlainError), the protocol step in the
// inspector (the exchange goes through the TraceHub like any other).
#include "account/AccountSettings.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace carteiro {

class ImapConnection;
class Pop3RetrieveJob;
class TraceHub;

struct IncomingCheckResult
{
    bool ok = false;
    QString protocol;  // "IMAP" or "POP3"
    QStringList steps; // what passed, one line each, translated
    QString error;     // plain words with a next step; empty when ok
    QString rawError;  // "STEP: words" as the inspector shows it
};

class IncomingCheck : public QObject
{
    Q_OBJECT
public:
    IncomingCheck(TraceHub *hub, const AccountSettings &account, const QString &password, QObject *parent = nullptr);
    ~IncomingCheck() override;

    // False when the account reads from no server (then nothing starts).
    static bool canCheck(const AccountSettings &account);
    void start();
    void cancel();
    const IncomingCheckResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const carteiro::IncomingCheckResult &result);

private:
    void startImap();
    void startPop3();
    void fail(const QString &raw);
    void finish();

    TraceHub *m_hub;
    AccountSettings m_account;
    QString m_password;
    ImapConnection *m_imap = nullptr;
    Pop3RetrieveJob *m_pop3 = nullptr;
    IncomingCheckResult m_result;
    bool m_done = false;
};

} // namespace carteiro

Q_DECLARE_METATYPE(carteiro::IncomingCheckResult)
