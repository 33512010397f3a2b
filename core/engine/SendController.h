#pragma once
// Runs one submission or connection test at a time on a worker thread (see
// SendWorker) and reports on the GUI thread: state, progress, result. The GUI
// never blocks: start() returns at once, cancel() is a queued request.
#include "engine/SendResult.h"

#include "account/AccountSettings.h"
#include "mime/MessageDraft.h"

#include <QObject>
#include <QThread>

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
    // Files a message that was sent but not filed (result.unfiledMessage) in the
    // account's Sent folder again; filingFinished() reports. False while busy.
    bool retryFiling(const SendResult &unfiled, const AccountSettings &account, const QString &password);
    void cancel();
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

private:
    bool begin(const MessageDraft &draft, const AccountSettings &account, const QString &password,
               bool testOnly);

    QThread m_thread;
    SendWorker *m_worker = nullptr;
    bool m_busy = false;
    QString m_accountId;
    QHash<QString, qint64> m_sizeLimits;
};

} // namespace carteiro
