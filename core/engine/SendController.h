#pragma once
// Runs one submission or connection test at a time on a worker thread (see
// SendWorker) and reports on the GUI thread: state, progress, result. The GUI
// never blocks: start() returns at once, cancel() is a queued request.
#include "engine/IncomingCheck.h"
#include "engine/SendResult.h"

#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

namespace carteiro {

class SendWorker;
class StepGate;
class TraceHub;

class SendController : public QObject
{
    Q_OBJECT
public:
    explicit SendController(TraceHub *hub, QObject *parent = nullptr);
    ~SendController() override;

    // Both return false (and do nothing) while another job is running.
    bool send(const MessageDraft &draft, const AccountSettings &account, const QString &password);
    // EHLO, STARTTLS, AUTH (when a password is given), NOOP, QUIT.
    bool testConnection(const AccountSettings &account, const QString &password);
    // The server the account reads with (IMAP or POP3): connect, TLS,
    // capabilities, login, LOGOUT/QUIT (IncomingCheck); incomingTestFinished reports.
    bool testIncoming(const AccountSettings &account, const QString &password);
    // Files a message that was sent but not filed (result.unfiledMessage) in the
    // account's Sent folder again; filingFinished() reports. False while busy.
    bool retryFiling(const SendResult &unfiled, const AccountSettings &account, const QString &password);
    void cancel();
    // Files sent mail over the account's own IMAP connection (the GUI passes
    // its account engines' AccountEngine::fileInSent); unset, a SentFiler
    // connection is opened for it (carteiro-cli).
    using FilingDone = std::function<void(bool filed, const QString &folder, quint32 uid, const QString &error)>;
    using SentFiling = std::function<void(const AccountSettings &, const QByteArray &message, FilingDone done)>;
    void setSentFiling(SentFiling filing);
    // Step mode: the next submission (not a connection test) runs with its
    // channel held by `gate`, which moves to the worker thread here. Deleting the
    // gate (deleteLater) before that send disarms it.
    void stepNextSend(StepGate *gate);
    bool isBusy() const { return m_busy; }
    // The thread the composing and the network run on (never the GUI thread).
    const QThread *workerThread() const { return &m_thread; }
    // The last SIZE limit each account's server announced (0: none known).
    qint64 knownSizeLimit(const QString &accountId) const { return m_sizeLimits.value(accountId); }

Q_SIGNALS:
    void started(bool connectionTest);
    void stateChanged(const QString &state);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const carteiro::SendResult &result);
    void filingFinished(const carteiro::SendResult &result);
    void incomingTestFinished(const carteiro::IncomingCheckResult &result);

private:
    bool begin(const MessageDraft &draft, const AccountSettings &account, const QString &password,
               bool testOnly);

    QThread m_thread;
    SendWorker *m_worker = nullptr;
    TraceHub *m_hub;
    QPointer<IncomingCheck> m_check; // lives on m_thread while it runs
    SentFiling m_filing;
    bool m_busy = false;
    QString m_accountId;
    QHash<QString, qint64> m_sizeLimits;
};

} // namespace carteiro
